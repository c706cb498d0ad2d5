import type { SyncStatus } from '../../shared/contract/sync';
import { AppError } from '../../shared/errors';
import type { AuthedContext, Handler, HandlerRegistry } from '../host/context';
import type { SyncJobInput } from '../jobs/sync-job';
import { retryDelayMs } from '../sync/backoff';
import { connectHq, redactUrl } from '../sync/hq-connection';
import { configuredHqUrl, HQ_URL_VARIABLE } from '../sync/hq-url';
import { pendingCount, readSyncRecord } from '../sync/sync-record';

function requireHqUrl(): string {
  const url = configuredHqUrl();
  if (url === null) {
    throw new AppError(
      'VALIDATION',
      `Head office is not set up on this machine: set ${HQ_URL_VARIABLE} and restart Backroom.`,
    );
  }
  return url;
}

const status: Handler<'sync.status'> = (_input, ctx) => {
  const url = configuredHqUrl();
  const record = readSyncRecord(ctx.sql);
  const retryAt =
    record.failures > 0 && record.lastAttemptAt !== null
      ? new Date(Date.parse(record.lastAttemptAt) + retryDelayMs(record.failures)).toISOString()
      : null;
  const answer: SyncStatus = {
    configured: url !== null,
    target: url === null ? null : redactUrl(url),
    pending: pendingCount(ctx.sql),
    lastSuccessAt: record.lastSuccessAt,
    lastAttemptAt: record.lastAttemptAt,
    lastError: record.lastError,
    failures: record.failures,
    retryAt,
  };
  return answer;
};

const testConnection: Handler<'sync.testConnection'> = async () => {
  const url = requireHqUrl();
  try {
    const hq = await connectHq(url);
    try {
      const { rows } = await hq.query<{ version: string }>('SHOW server_version');
      return { ok: true, message: `Connected to PostgreSQL ${rows[0]!.version}; head office's schema is up to date.` };
    } finally {
      await hq.end().catch(() => undefined);
    }
  } catch (error) {
    return {
      ok: false,
      message: `Cannot reach head office: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
};

function startJob(ctx: AuthedContext, kind: 'sync' | 'sync.reconcile'): { jobId: number } {
  const input: SyncJobInput = { hqUrl: requireHqUrl() };
  const jobId = ctx.jobs.start(kind, input, ctx.actor);
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  return { jobId };
}

export const syncHandlers = {
  'sync.status': status,
  'sync.testConnection': testConnection,
  'sync.run': (_input, ctx) => startJob(ctx, 'sync'),
  'sync.reconcile': (_input, ctx) => startJob(ctx, 'sync.reconcile'),
} satisfies Partial<HandlerRegistry>;
