import { Paper, Stack, Text } from '@mantine/core';
import { useState, type DragEvent } from 'react';

/** File types the import reads; anything else is refused by the host with a clear reason. */
const ACCEPT = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A file picker that also takes a file dropped on it. The native input stays the control (Tab
 * reaches it, Space opens the picker), so the drop is a shortcut, never the only way.
 */
export function FileDropZone({
  label,
  disabled,
  onFile,
}: {
  label: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const [over, setOver] = useState(false);

  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-color-blue-5)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <Stack gap="xs" align="center">
        <Text fw={500}>Drop a CSV or Excel (.xlsx) file here, or pick one</Text>
        <input
          type="file"
          aria-label={label}
          accept={ACCEPT}
          disabled={disabled}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            // The same file picked again after a fix on disk must still count as a change.
            event.currentTarget.value = '';
          }}
        />
        <Text size="sm" c="dimmed" ta="center">
          The first row names the columns. Commas, semicolons or tabs, UTF-8 or Windows encoding: Backroom works out
          which.
        </Text>
      </Stack>
    </Paper>
  );
}
