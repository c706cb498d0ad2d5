import { Button, Group, Skeleton, Stack, Stepper, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ImportStartInput } from '../../../shared/contract';
import type { ImportKind } from '../../../shared/import/fields';
import { useImportKinds, useImportPreview, useInspectFile } from '../../api/hooks/useImports';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Shortcut } from '../../components/inventory/Shortcut';
import { useShortcut } from '../../components/inventory/useShortcut';
import { ChooseFileStep, type UploadedFile } from './ChooseFileStep';
import { buildProfile, missingRequired, startingLocale, type MappingDraft } from './mapping';
import { MappingStep } from './MappingStep';
import { DEFAULT_OPTIONS, OptionsStep, type ImportOptions } from './OptionsStep';
import { PreviewStep } from './PreviewStep';
import { RunStep, type StartedImport } from './RunStep';
import { describeRun } from './run-summary';

const LAST_STEP = 4;

/**
 * File → mapping → preview → options → run. Alt+N and Alt+B move between steps from anywhere,
 * and each step puts the cursor on its first control. Once the import has started the steps
 * before it are closed: "Import another file" begins again.
 */
export function ImportWizard() {
  const kinds = useImportKinds();
  const [active, setActive] = useState(0);
  const [kind, setKind] = useState<ImportKind>('products');
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [draftFor, setDraftFor] = useState('');
  const [lookupFiles, setLookupFiles] = useState<Record<string, UploadedFile>>({});
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_OPTIONS);
  const [started, setStarted] = useState<StartedImport | null>(null);
  const inspect = useInspectFile(file?.fileId ?? null);
  const spec = kinds.data?.kinds.find((item) => item.kind === kind);
  const profile = draft ? buildProfile(draft) : null;
  const lookups = Object.fromEntries(Object.entries(lookupFiles).map(([table, given]) => [table, given.fileId]));
  const lookupsMissing = Object.keys(draft?.lookups ?? {}).some((table) => !lookupFiles[table]);
  const preview = useImportPreview(
    active >= 2 && !lookupsMissing ? (file?.fileId ?? null) : null,
    profile,
    Object.keys(lookups).length > 0 ? lookups : undefined,
  );

  const canGoOn = [
    Boolean(file && inspect.data && spec),
    Boolean(spec && draft && missingRequired(spec, draft.fields).length === 0 && !lookupsMissing),
    Boolean(preview.data && !preview.isError && !preview.isFetching),
    true,
    false,
  ][active]!;

  function next() {
    if (!canGoOn) return;
    if (active === 0 && file && inspect.data) {
      const key = `${file.fileId}:${kind}`;
      if (draftFor !== key) {
        setDraft({ kind, fields: inspect.data.suggestions[kind] ?? {}, locale: startingLocale() });
        setDraftFor(key);
        setLookupFiles({});
        setOptions(DEFAULT_OPTIONS);
      }
    }
    setActive((step) => Math.min(LAST_STEP, step + 1));
  }

  function back() {
    if (started || active === 0) return;
    setActive((step) => step - 1);
  }

  function restart() {
    setActive(0);
    setFile(null);
    setDraft(null);
    setDraftFor('');
    setLookupFiles({});
    setOptions(DEFAULT_OPTIONS);
    setStarted(null);
  }

  useShortcut('alt+n', next, { inFields: true, enabled: canGoOn });
  useShortcut('alt+b', back, { inFields: true, enabled: active > 0 && !started });

  // Keyboard first: each step opens with the cursor on its first control.
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const step = body.current;
    const target =
      step?.querySelector<HTMLElement>('[data-autofocus]') ?? step?.querySelector<HTMLElement>('input, select, button');
    target?.focus();
  }, [active]);

  if (kinds.isPending) return <Skeleton height={240} aria-label="Loading import kinds" />;
  if (kinds.isError || !spec) return <ErrorAlert error={kinds.error} />;

  const startInput: ImportStartInput | null =
    file && profile
      ? {
          fileId: file.fileId,
          profile,
          ...(Object.keys(lookups).length > 0 ? { lookups } : {}),
          mode: options.mode,
          naturalKey: options.mode === 'insert' ? null : options.naturalKey,
          atomic: options.atomic,
          dryRun: options.dryRun,
          allowNew: options.allowNew,
          ...(options.storeId !== null ? { storeId: options.storeId } : {}),
        }
      : null;

  return (
    <Stack gap="lg">
      <Title order={2}>Import</Title>
      <Stepper
        active={active}
        onStepClick={(step) => !started && step < active && setActive(step)}
        allowNextStepsSelect={false}
        size="sm"
      >
        <Stepper.Step label="File" description="What and from where" />
        <Stepper.Step label="Mapping" description="Columns to fields" />
        <Stepper.Step label="Preview" description="As it will be stored" />
        <Stepper.Step label="Options" description="Existing records, problems" />
        <Stepper.Step label="Import" description="Run and result" />
      </Stepper>
      <div ref={body}>
        {active === 0 && (
          <ChooseFileStep
            kinds={kinds.data.kinds}
            kind={kind}
            onKind={setKind}
            file={file}
            onFile={setFile}
            inspected={inspect.data}
            inspectError={inspect.error}
          />
        )}
        {active === 1 && draft && inspect.data && (
          <MappingStep
            spec={spec}
            header={inspect.data.header}
            firstRow={inspect.data.rows[0]?.cells}
            draft={draft}
            onDraft={setDraft}
            lookupFiles={lookupFiles}
            onLookupFile={(table, given) => setLookupFiles((files) => ({ ...files, [table]: given }))}
          />
        )}
        {active === 2 && draft && (
          <PreviewStep
            spec={spec}
            mapping={draft.fields}
            source={inspect.data ?? { header: [], rows: [] }}
            preview={preview.data}
            loading={preview.isFetching}
            error={preview.error}
          />
        )}
        {active === 3 && <OptionsStep spec={spec} options={options} onOptions={setOptions} />}
        {active === 4 && file && startInput && (
          <RunStep
            input={startInput}
            summary={describeRun(file.name, spec, options)}
            fileName={file.name}
            started={started}
            onStarted={setStarted}
            onRestart={restart}
          />
        )}
      </div>
      {active < LAST_STEP && (
        <Group justify="space-between">
          <Button variant="default" onClick={back} disabled={active === 0} rightSection={<Shortcut keys="Alt+B" />}>
            Back
          </Button>
          <Button onClick={next} disabled={!canGoOn} rightSection={<Shortcut keys="Alt+N" />}>
            Next
          </Button>
        </Group>
      )}
      {active === LAST_STEP && !started && (
        <Group>
          <Button variant="default" onClick={back} rightSection={<Shortcut keys="Alt+B" />}>
            Back
          </Button>
        </Group>
      )}
    </Stack>
  );
}
