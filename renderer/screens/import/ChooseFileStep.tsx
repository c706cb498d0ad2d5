import { Group, NativeSelect, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { ImportKind, KindSpec } from '../../../shared/import/fields';
import { uploadFile } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FileDropZone } from './FileDropZone';
import { SourceRowsTable } from './SourceRowsTable';

export interface UploadedFile {
  fileId: string;
  name: string;
}

type Inspected = ChannelOutput<'imports.inspect'>;

/** Step 1: what the file holds, the file itself (uploaded at once) and how it reads. */
export function ChooseFileStep({
  kinds,
  kind,
  onKind,
  file,
  onFile,
  inspected,
  inspectError,
}: {
  kinds: readonly KindSpec[];
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  file: UploadedFile | null;
  onFile: (file: UploadedFile | null) => void;
  inspected: Inspected | undefined;
  inspectError: unknown;
}) {
  const [sent, setSent] = useState({ done: 0, total: 0 });
  const upload = useMutation({
    mutationFn: (picked: File) => uploadFile(picked, (done, total) => setSent({ done, total })),
    meta: { errorsShownInline: true },
  });

  function pick(picked: File) {
    onFile(null);
    upload.mutate(picked, { onSuccess: (fileId) => onFile({ fileId, name: picked.name }) });
  }

  return (
    <Stack gap="md">
      <NativeSelect
        label="What to import"
        description="Each kind has its own fields; the next step maps the file's columns to them."
        value={kind}
        onChange={(event) => onKind(event.currentTarget.value as ImportKind)}
        data={kinds.map((spec) => ({ value: spec.kind, label: spec.label }))}
        maw={360}
        data-autofocus
      />
      <FileDropZone label="File to import" disabled={upload.isPending} onFile={pick} />
      {upload.isPending && (
        <Stack gap={4}>
          <Progress value={sent.total > 0 ? (sent.done / sent.total) * 100 : 0} aria-label="Upload progress" />
          <Text size="sm" c="dimmed" aria-live="polite">
            Uploading {upload.variables.name}…
          </Text>
        </Stack>
      )}
      <ErrorAlert error={upload.error ?? inspectError} />
      {file && !inspected && !inspectError && <Skeleton height={120} aria-label="Reading the file" />}
      {file && inspected && (
        <Stack gap="xs">
          <Group gap="lg" aria-label="How the file reads" role="group">
            <Text size="sm">
              <b>{file.name}</b>
            </Text>
            <Text size="sm">Format: {inspected.format.toUpperCase()}</Text>
            {inspected.encoding && <Text size="sm">Encoding: {inspected.encoding}</Text>}
            {inspected.delimiter && <Text size="sm">Delimiter: {describeDelimiter(inspected.delimiter)}</Text>}
            <Text size="sm">{inspected.header.length} columns</Text>
          </Group>
          <SourceRowsTable header={inspected.header} rows={inspected.rows} />
        </Stack>
      )}
      {!file && !upload.isPending && (
        <Text size="sm" c="dimmed">
          Nothing is saved until the last step: you will see how the columns map and how the first rows will be stored
          first.
        </Text>
      )}
    </Stack>
  );
}

function describeDelimiter(delimiter: string): string {
  if (delimiter === '\t') return 'tab';
  if (delimiter === ',') return 'comma (,)';
  if (delimiter === ';') return 'semicolon (;)';
  return `“${delimiter}”`;
}
