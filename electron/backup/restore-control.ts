import { AppError } from '../../shared/errors';
import type { Clock } from '../host/clock';
import type { EventSink } from '../host/events';
import type { Actor } from '../host/sessions';
import type { Unlock } from './decode';
import type { PassphraseKey } from './keys';
import { restoreInPlace, type LiveDatabase } from './restore-in-place';

/** Least time between two progress events of a restore, so the screens are not flooded. */
const EVENT_INTERVAL_MS = 200;

export interface RestoreRequest {
  /** The backup's name, as screens know it, and its path, which they never see. */
  name: string;
  backupPath: string;
  unlock: Unlock;
  /** Where the backup of the current database goes, sealed with this key when backups are encrypted. */
  safetyFolder: string;
  safetyKey?: PassphraseKey;
}

/** What the backups channel may do with the live database. */
export interface RestoreControl {
  /**
   * Starts a restore once the current call has answered; progress goes to `actor` as
   * `backup.restoring` events and the end to every session as `backup.restored`.
   */
  start(request: RestoreRequest, actor: Actor): void;
}

function refuse(): never {
  throw new AppError('CONFLICT', 'Restoring from inside Backroom is not available here; use the command line.');
}

/** For dispatchers without a live database to swap (reader threads, bare test dispatchers). */
export const restoreUnavailable: RestoreControl = { start: refuse };

/** One restore at a time, over the database `live` holds. */
export function restoreControl(deps: { live: LiveDatabase; events: EventSink; clock: Clock }): RestoreControl {
  let running = false;

  async function run(request: RestoreRequest, actor: Actor): Promise<void> {
    let lastEventMs = 0;
    let lastPhase = '';
    try {
      const restored = await restoreInPlace(deps.live, {
        backupPath: request.backupPath,
        unlock: request.unlock,
        safetyFolder: request.safetyFolder,
        safetyKey: request.safetyKey,
        now: deps.clock.now(),
        progress: ({ phase, done, total }) => {
          const nowMs = Date.now();
          if (phase === lastPhase && done < total && nowMs - lastEventMs < EVENT_INTERVAL_MS) return;
          lastEventMs = nowMs;
          lastPhase = phase;
          deps.events.emit('backup.restoring', { phase, done, total }, { staffId: actor.staffId });
        },
      });
      deps.events.emit(
        'backup.restored',
        { ok: true, name: request.name, safetyName: restored.safety.name, message: null },
        {},
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof AppError)) console.error(`Restoring ${request.name} failed`, error);
      deps.events.emit('backup.restored', { ok: false, name: request.name, safetyName: null, message }, {});
    } finally {
      running = false;
    }
  }

  return {
    start(request, actor) {
      if (running) throw new AppError('CONFLICT', 'A restore is already under way.');
      running = true;
      // After the call that asked has committed and answered: the restore closes the connection it ran on.
      setImmediate(() => void run(request, actor));
    },
  };
}
