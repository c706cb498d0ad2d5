import { Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ImportProfile } from '../../../shared/import/profile';
import { uploadFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * A loaded profile may join smaller files by key (a categories file for products' category names):
 * each is uploaded here, and the preview and the import read it with the main file.
 */
export function LookupFiles({
  lookups,
  files,
  onFile,
}: {
  lookups: NonNullable<ImportProfile['lookups']>;
  files: Record<string, { fileId: string; name: string }>;
  onFile: (table: string, file: { fileId: string; name: string }) => void;
}) {
  const upload = useMutation({
    mutationFn: async ({ table, file }: { table: string; file: File }) => ({
      table,
      uploaded: { fileId: await uploadFile(file), name: file.name },
    }),
    onSuccess: ({ table, uploaded }) => onFile(table, uploaded),
    meta: { errorsShownInline: true },
  });
  return (
    <Stack gap="xs">
      <Text size="sm">
        This mapping takes some fields from other files, matched by a key column. Pick each of them:
      </Text>
      {Object.entries(lookups).map(([table, join]) => (
        <Group key={table} gap="sm" data-testid={`lookup-${table}`}>
          <Text size="sm" w={260}>
            <b>{table}</b>: its “{join.key}” matches this file’s “{join.from}”
          </Text>
          <input
            type="file"
            aria-label={`Lookup file for ${table}`}
            accept=".csv,.txt,.tsv,.xlsx"
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) upload.mutate({ table, file });
            }}
          />
          <Text size="sm" c={files[table] ? 'teal' : 'dimmed'}>
            {files[table] ? `✓ ${files[table].name}` : 'not given yet'}
          </Text>
        </Group>
      ))}
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}
