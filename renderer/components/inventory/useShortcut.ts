import { useHotkeys } from '@mantine/hooks';

/**
 * A page's keyboard shortcut ("n", "alt+s"). Letters alone never fire while someone types in a
 * field; `inFields` shortcuts (with a modifier, like Alt+S to save) do. Neither fires from inside an
 * open dialog, whose own keys come first. Alt shortcuts match the physical key, so Alt+S works on
 * keyboards where Alt+S types a character.
 */
export function useShortcut(
  hotkey: string,
  handler: () => void,
  { enabled = true, inFields = false }: { enabled?: boolean; inFields?: boolean } = {},
): void {
  useHotkeys(
    [
      [
        hotkey,
        (event) => {
          if (!enabled) return;
          if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
          handler();
        },
        { usePhysicalKeys: hotkey.includes('alt+'), preventDefault: enabled },
      ],
    ],
    inFields ? [] : ['INPUT', 'TEXTAREA', 'SELECT'],
  );
}
