import type { SyncSettingsView, SyncStatus } from '../../shared/contract/sync';
import { AppError } from '../../shared/errors';
import type { AuthedContext, Handler, HandlerContext, HandlerRegistry } from '../host/context';
import type { SyncJobInput } from '../jobs/sync-job';
import { retryDelayMs } from '../sync/backoff';
import { redactUrl } from '../sync/hq-connection';
import { readSyncSettings, writeSyncSettings } from '../sync/hq-settings';
import { HQ_URL_VARIABLE, hqUrlParts } from '../sync/hq-url';
import { HQ_URL_REFUSAL_MESSAGES } from '../sync/hq-url-store';
import { probeHq } from '../sync/probe-hq';
import { pendingCount, readSyncRecord } from '../sync/sync-record';

function requireHqUrl(ctx: HandlerContext): string {
  const { url, problem } = ctx.hqUrls.resolve();
  if (url === null) {
    throw new AppError(
      'VALIDATION',
      problem ??
        `Head office is not set up on this machine: enter its address in the sync settings, or set ${HQ_URL_VARIABLE} and restart Backroom.`,
    );
  }
  return url;
}

/** Head office's address as a screen may see it: taken apart, never with its password. */
function settingsView(ctx: HandlerContext): SyncSettingsView {
  const { url, source, problem } = ctx.hqUrls.resolve();
  const parts = url === null ? null : hqUrlParts(url);
  const refusal = ctx.hqUrls.refusal();
  const note = problem ?? (refusal === null ? null : HQ_URL_REFUSAL_MESSAGES[refusal.reason]);
  return {
    connection: {
      source,
      target: url === null ? null : redactUrl(url),
      user: parts?.user ?? null,
      host: parts?.host ?? null,
      port: parts?.port ?? null,
      database: parts?.database ?? null,
      editable: refusal === null,
      note,
    },
    ...readSyncSettings(ctx.sql),
  };
}

const status: Handler<'sync.status'> = (_input, ctx) => {
  const { url } = ctx.hqUrls.resolve();
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

/** The address typed in the form when there is one (tested before it is saved), else the configured one. */
const testConnection: Handler<'sync.testConnection'> = (input, ctx) => probeHq(input.url ?? requireHqUrl(ctx));

const setSettings: Handler<'sync.setSettings'> = (input, ctx) => {
  writeSyncSettings(ctx.sql, input);
  ctx.audit.entity = 'sync-settings';
  ctx.audit.details = { ...input };
  return settingsView(ctx);
};

/** The audit row names where head office is, never the password. */
const setConnection: Handler<'sync.setConnection'> = (input, ctx) => {
  if (input.url === null) ctx.hqUrls.forget();
  else ctx.hqUrls.save(input.url);
  ctx.audit.entity = 'sync-connection';
  ctx.audit.details = { target: input.url === null ? null : redactUrl(input.url) };
  return settingsView(ctx);
};

function startJob(ctx: AuthedContext, kind: 'sync' | 'sync.reconcile'): { jobId: number } {
  const input: SyncJobInput = { hqUrl: requireHqUrl(ctx) };
  const jobId = ctx.jobs.start(kind, input, ctx.actor);
  ctx.audit.entity = 'job';
  ctx.audit.entityId = jobId;
  return { jobId };
}

/** Turned off, nothing leaves for head office; comparing with it (reconcile) reads only and stays open. */
const run: Handler<'sync.run'> = (_input, ctx) => {
  if (!readSyncSettings(ctx.sql).enabled) {
    throw new AppError('CONFLICT', 'Sync is turned off: turn it on in the sync settings first.');
  }
  return startJob(ctx, 'sync');
};

export const syncHandlers = {
  'sync.status': status,
  'sync.testConnection': testConnection,
  'sync.getSettings': (_input, ctx) => settingsView(ctx),
  'sync.setSettings': setSettings,
  'sync.setConnection': setConnection,
  'sync.run': run,
  'sync.reconcile': (_input, ctx) => startJob(ctx, 'sync.reconcile'),
} satisfies Partial<HandlerRegistry>;
