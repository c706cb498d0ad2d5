import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { startProcess } from '../../workers/locate';
import { fromThreadError } from '../../workers/protocol';
import type { QueryLabReply, QueryLabTask } from '../../workers/query-lab';
import { removeScratch } from './index-lab';

/**
 * Runs query-lab work in a process of its own and kills that process when the run overruns its
 * limit or is cancelled: SQLite cannot be interrupted from outside a statement through
 * better-sqlite3, and ending a thread leaves its statement running in native code, so only a
 * process really stops a runaway. The caller (a reader thread) only awaits, and stays free
 * meanwhile. One finished process is kept warm for the next run.
 */

/** Cancels travel by name to every thread of the app: the run may be on any reader thread. */
const CANCEL_CHANNEL = 'backroom.query-lab.cancel';

interface QueryProcess {
  child: ChildProcess;
  databasePath: string;
  ready: Promise<void>;
}

let warm: QueryProcess | null = null;
const stoppers = new Map<string, () => void>();
let listener: BroadcastChannel | null = null;

function listenForCancels(): void {
  if (listener) return;
  listener = new BroadcastChannel(CANCEL_CHANNEL);
  listener.unref();
  listener.onmessage = (event) => {
    const runId = ((event as { data?: { runId?: unknown } }).data ?? {}).runId;
    if (typeof runId === 'string') stoppers.get(runId)?.();
  };
}

/** Asks whichever thread runs `runId` to stop it; a run that already ended is left as it was. */
export function cancelQueryLabRun(runId: string): void {
  const sender = new BroadcastChannel(CANCEL_CHANNEL);
  sender.postMessage({ runId });
  sender.close();
}

/** An idle process keeps nothing alive: neither its owner's thread nor the app at exit. */
function idle(child: ChildProcess): void {
  child.unref();
  (child.channel as { unref?: () => void } | undefined)?.unref?.();
}

function busy(child: ChildProcess): void {
  child.ref();
  (child.channel as { ref?: () => void } | undefined)?.ref?.();
}

function startQueryProcess(databasePath: string): QueryProcess {
  const child = startProcess({ role: 'query-lab', databasePath });
  const ready = new Promise<void>((resolve, reject) => {
    const started = (message: QueryLabReply) => {
      if (message.type !== 'ready') return;
      child.off('message', started);
      resolve();
    };
    child.on('message', started);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The query-lab process could not start (exit code ${code}).`)));
  });
  const forget = () => {
    if (warm?.child === child) warm = null;
  };
  child.on('error', forget).on('exit', forget);
  return { child, databasePath, ready };
}

function takeProcess(databasePath: string): QueryProcess {
  const kept = warm?.databasePath === databasePath && warm.child.exitCode === null ? warm : null;
  if (warm && !kept) warm.child.kill('SIGKILL');
  warm = null;
  return kept ?? startQueryProcess(databasePath);
}

/** A fresh path in the temp folder for a scratch copy of the file. */
export function scratchPathFor(): string {
  return join(tmpdir(), `backroom-index-lab-${randomUUID()}.sqlite`);
}

function stoppedError(reason: 'timeout' | 'cancelled', limitMs: number): AppError {
  return reason === 'timeout'
    ? new AppError('CONFLICT', `The query ran longer than ${limitMs / 1000} s and was stopped.`, {
        stopped: 'timeout',
        limitMs,
      })
    : new AppError('CONFLICT', 'The query was cancelled.', { stopped: 'cancelled' });
}

export async function runInQueryProcess<T>(
  databasePath: string,
  task: QueryLabTask,
  options: { timeoutMs: number; runId?: string },
): Promise<T> {
  listenForCancels();
  if (options.runId && stoppers.has(options.runId)) throw new AppError('CONFLICT', 'That run is already going.');
  const worker = takeProcess(databasePath);
  const { child } = worker;
  busy(child);
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      if (options.runId) stoppers.delete(options.runId);
      child.off('message', answered).off('error', failed).off('exit', exited);
    };
    const stop = (reason: 'timeout' | 'cancelled') => {
      if (settled) return;
      settle();
      child.once('exit', () => {
        // The index lab's copy outlives a killed process; it goes here.
        if (task.type === 'indexLab') removeScratch(task.scratchPath);
      });
      child.kill('SIGKILL');
      reject(stoppedError(reason, options.timeoutMs));
    };
    function answered(reply: QueryLabReply): void {
      if (reply.type !== 'answer') return;
      settle();
      idle(child);
      if (warm) child.kill('SIGKILL');
      else warm = worker;
      if (reply.ok) resolve(reply.value as T);
      else reject(fromThreadError(reply.error));
    }
    function failed(error: Error): void {
      settle();
      reject(error);
    }
    function exited(code: number | null): void {
      settle();
      reject(new Error(`The query-lab process stopped (exit code ${code}).`));
    }
    child.on('message', answered).on('error', failed).on('exit', exited);
    if (options.runId) stoppers.set(options.runId, () => stop('cancelled'));
    // The limit counts from the moment the process can run the query, not from its start-up.
    worker.ready.then(
      () => {
        if (settled) return;
        timer = setTimeout(() => stop('timeout'), options.timeoutMs);
        child.send(task);
      },
      (error: Error) => {
        if (settled) return;
        settle();
        reject(error);
      },
    );
  });
}
