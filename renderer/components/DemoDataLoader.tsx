import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChannelOutput } from '../../shared/contract';
import { useLoadDemoData } from '../api/hooks/useDemo';
import { useTaskProgress } from '../api/hooks/useTaskProgress';
import { formatCount } from '../lib/format';

type DemoResult = ChannelOutput<'demo.loadData'>;

/**
 * Loads the demo dataset and shows how far it is. `children` are extra actions shown next to the
 * button (the first-run screen adds "Start empty"); they are disabled while loading.
 */
export function DemoDataLoader({
  onLoaded,
  children,
}: {
  onLoaded: (result: DemoResult) => void;
  children?: (disabled: boolean) => ReactNode;
}) {
  const loadDemoData = useLoadDemoData();
  const { progress, reset } = useTaskProgress('demo');

  function start() {
    reset();
    loadDemoData.mutate(undefined, { onSuccess: onLoaded });
  }

  const percent = progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : 0;

  return (
    <Stack gap="sm">
      {loadDemoData.isPending && (
        <Stack gap={4}>
          <Progress value={percent} animated aria-label="Demo data progress" />
          <Text size="sm" c="dimmed" aria-live="polite">
            {progress
              ? `${sentenceCase(progress.phase)} — ${formatCount(progress.done)} of ${formatCount(progress.total)}`
              : 'Starting…'}
          </Text>
        </Stack>
      )}
      <Group>
        <Button onClick={start} loading={loadDemoData.isPending}>
          Load demo data
        </Button>
        {children?.(loadDemoData.isPending)}
      </Group>
    </Stack>
  );
}

/** Phases arrive as the host names them ("customers"); shown as the start of a sentence. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
