import { Button, Group, Menu, Progress, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { EXPORT_LIST_CHANNELS, type ExportList, type ListExportFormat } from '../../shared/contract/exports';
import { useListExport, type ExportListFilters, type ExportState } from '../api/hooks/useExports';
import { formatCount } from '../lib/format';
import { progressPercent } from '../screens/jobs/job-labels';
import { useCan } from './inventory/useCan';

const FORMATS: { format: ListExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'Excel (.xlsx)' },
];

/**
 * "Export" for a list: every row that the screen's current filters match (not only the loaded
 * pages) to a CSV or Excel file, which downloads once written. `filters` is what the screen passes
 * to the list's channel, without cursor and limit. Shown only to those who may read the list.
 */
export function ExportButton<L extends ExportList>({ list, filters }: { list: L; filters: ExportListFilters<L> }) {
  const can = useCan();
  const exporter = useListExport(list);
  const { state } = exporter;
  useExportNotices(state);
  if (!can(EXPORT_LIST_CHANNELS[list])) return null;

  if (state.step === 'running' || state.step === 'downloading') {
    const measured = state.step === 'running' ? state.progress : { done: state.done, total: state.total };
    // A filtered list's length is known only at its end: until then the bar only shows it is moving.
    const known = measured !== null && measured.total > measured.done;
    const percent = progressPercent(measured);
    return (
      <Group gap="xs" wrap="nowrap" role="status" aria-label="Export running">
        <Progress
          value={known ? percent : 100}
          w={96}
          size="sm"
          striped={!known}
          animated
          aria-label="Export progress"
        />
        <Text size="xs" c="dimmed" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
          {state.step === 'running' ? runningText(state.progress) : `Downloading… ${Math.round(percent)}%`}
        </Text>
        {state.step === 'running' && (
          <Button size="compact-sm" variant="default" onClick={exporter.cancel} loading={exporter.cancelling}>
            Cancel
          </Button>
        )}
      </Group>
    );
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={state.step === 'starting'}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Every row these filters match</Menu.Label>
        {FORMATS.map(({ format, label }) => (
          <Menu.Item key={format} onClick={() => exporter.start(format, filters)}>
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** "1,200 of 5,000 rows · 24%", or "1,200 rows" while the total is not known. */
function runningText(progress: Extract<ExportState, { step: 'running' }>['progress']): string {
  if (!progress) return 'Starting…';
  if (progress.total <= progress.done) return `${formatCount(progress.done)} rows`;
  return `${formatCount(progress.done)} of ${formatCount(progress.total)} rows · ${Math.round(progressPercent(progress))}%`;
}

/** A toast when an export ends: the file's name and rows, why it failed, or that it was cancelled. */
function useExportNotices(state: ExportState) {
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => {
    const ended = latest.current;
    if (ended.step === 'done') {
      notifications.show({
        color: 'teal',
        title: 'Export ready',
        message: `${ended.result.name}: ${formatCount(ended.result.rows)} rows.`,
      });
    } else if (ended.step === 'failed') {
      notifications.show({ color: 'red', title: 'Export failed', message: ended.message });
    } else if (ended.step === 'cancelled') {
      notifications.show({ color: 'gray', title: 'Export cancelled', message: 'No file was written.' });
    }
  }, [state.step]);
}
