import { useEffect, useState } from 'react';
import { useCurrentStaff } from '../../../api/hooks/useSession';
import type { CountLine } from './count-lines';

/**
 * A count takes a while and a tab can be closed by accident: the lines counted so far are kept in
 * this browser until the count is applied or discarded (per store, since counts are per store).
 */
export function useCountDraft() {
  const staff = useCurrentStaff();
  const key = `backroom.count.${staff.storeId}`;
  const [lines, setLines] = useState<CountLine[]>(() => readDraft(key));

  useEffect(() => {
    try {
      if (lines.length === 0) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify(lines));
    } catch {
      // Storage can be full or disabled; the count still works, it just does not survive a reload.
    }
  }, [key, lines]);

  return [lines, setLines] as const;
}

function readDraft(key: string): CountLine[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(stored) ? (stored as CountLine[]) : [];
  } catch {
    return [];
  }
}
