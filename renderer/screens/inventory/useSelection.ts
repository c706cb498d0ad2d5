import { useCallback, useState } from 'react';

/** Ticked ids; the toggles keep their identity so memoized rows do not re-render for nothing. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = useCallback(
    (id: number) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback(
    (ids: number[]) =>
      setSelected((current) => {
        const allTicked = ids.length > 0 && ids.every((id) => current.has(id));
        const next = new Set(current);
        for (const id of ids) {
          if (allTicked) next.delete(id);
          else next.add(id);
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, toggleAll, clear };
}
