import { Kbd } from '@mantine/core';

/** A keyboard shortcut as shown next to the action it triggers: "Alt+S" becomes Alt + S. */
export function Shortcut({ keys }: { keys: string }) {
  const parts = keys.split('+');
  return (
    <span aria-hidden="true" style={{ whiteSpace: 'nowrap' }}>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && ' '}
          <Kbd size="xs">{part}</Kbd>
        </span>
      ))}
    </span>
  );
}
