import { Alert, Group, NativeSelect, Stack, Text } from '@mantine/core';
import type { KindSpec } from '../../../shared/import/fields';
import type { FieldMapping, ImportProfile, LocaleOptions } from '../../../shared/import/profile';
import { LookupFiles } from './LookupFiles';
import { buildProfile, missingRequired, type MappingDraft } from './mapping';
import { MappingTable } from './MappingTable';
import { ProfileBar } from './ProfileBar';

/** Step 2: which column fills which field, how numbers and dates are written, and saved mappings. */
export function MappingStep({
  spec,
  header,
  firstRow,
  draft,
  onDraft,
  lookupFiles,
  onLookupFile,
}: {
  spec: KindSpec;
  header: readonly string[];
  firstRow: readonly string[] | undefined;
  draft: MappingDraft;
  onDraft: (draft: MappingDraft) => void;
  lookupFiles: Record<string, { fileId: string; name: string }>;
  onLookupFile: (table: string, file: { fileId: string; name: string }) => void;
}) {
  const missing = missingRequired(spec, draft.fields);

  function setField(key: string, mapping: FieldMapping) {
    onDraft({ ...draft, fields: { ...draft.fields, [key]: mapping } });
  }

  function setLocale(change: Partial<LocaleOptions>) {
    onDraft({ ...draft, locale: { ...draft.locale, ...change } });
  }

  function load(profile: ImportProfile) {
    onDraft({
      kind: draft.kind,
      fields: profile.fields,
      locale: profile.locale ?? draft.locale,
      lookups: profile.lookups,
    });
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Columns whose names Backroom recognised are already chosen; check them against the first row. Fields marked *
        are required.
      </Text>
      <ProfileBar kind={spec.kind} profileToSave={(name) => buildProfile(draft, name)} onLoad={load} />
      <Group gap="md">
        <NativeSelect
          label="Dates are written"
          value={draft.locale.dateOrder}
          onChange={(event) => setLocale({ dateOrder: event.currentTarget.value as LocaleOptions['dateOrder'] })}
          data={[
            { value: 'ymd', label: 'Year first (2026-12-31)' },
            { value: 'dmy', label: 'Day first (31/12/2026)' },
            { value: 'mdy', label: 'Month first (12/31/2026)' },
          ]}
        />
        <NativeSelect
          label="Decimal mark"
          value={draft.locale.decimal}
          onChange={(event) => setLocale({ decimal: event.currentTarget.value as LocaleOptions['decimal'] })}
          data={[
            { value: '.', label: 'Point (1,234.50)' },
            { value: ',', label: 'Comma (1.234,50)' },
          ]}
        />
      </Group>
      {draft.lookups && Object.keys(draft.lookups).length > 0 && (
        <LookupFiles lookups={draft.lookups} files={lookupFiles} onFile={onLookupFile} />
      )}
      {missing.length > 0 && (
        <Alert color="orange" title="Required fields are not mapped" role="alert">
          Choose a column or a fixed value for {missing.join(', ')} to go on.
        </Alert>
      )}
      <MappingTable
        fields={spec.fields}
        header={header}
        firstRow={firstRow}
        mapping={draft.fields}
        onChange={setField}
      />
    </Stack>
  );
}
