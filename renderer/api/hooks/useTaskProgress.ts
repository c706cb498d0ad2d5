import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/events';
import { onEvent } from '../client';

export type TaskProgress = EventPayload<'task.progress'>;

/** The latest progress report of one kind of long task (`demo`, imports), or null before the first one. */
export function useTaskProgress(task: string): { progress: TaskProgress | null; reset: () => void } {
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(
    () =>
      onEvent('task.progress', (payload) => {
        if (payload.task === task) setProgress(payload);
      }),
    [task],
  );
  return { progress, reset: () => setProgress(null) };
}
