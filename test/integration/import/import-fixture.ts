import type { ChannelInput, ImportResult, JobSummary } from '../../../shared/contract';
import { sqliteOf } from '../../../database/data-source';
import { openTestBackroom, setUpStoreTeam, type TestBackroom } from '../../helpers/backroom';

export interface ImportWorld {
  t: TestBackroom;
  admin: string;
  manager: string;
  clerk: string;
  /** Uploads text as a file through files.*, as the screen does; answers its fileId. */
  upload(text: string | Buffer, name?: string, token?: string): Promise<string>;
  /** Downloads an output (the rejects file) as text. */
  download(fileId: string, token?: string): Promise<string>;
  /** imports.start, then waits for the job and answers its record and the rejects file's id. */
  importFile(
    input: Omit<ChannelInput<'imports.start'>, 'fileId'> & { text: string },
    token?: string,
  ): Promise<{ job: JobSummary; result: ImportResult | null; rejectsFileId: string }>;
  /** Rows of a query against the live file. */
  rows<T>(sql: string, ...params: unknown[]): T[];
  dispose(): Promise<void>;
}

/** A store with an admin, a manager and a clerk, each logged in. */
export async function openImportWorld(): Promise<ImportWorld> {
  const t = await openTestBackroom();
  const { admin: session, manager, clerk } = await setUpStoreTeam(t, { manager: 'mona', clerk: 'carl' });
  const admin = session.token;

  const upload: ImportWorld['upload'] = async (text, name = 'data.csv', token = manager) => {
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
    const { fileId } = await t.ok('files.beginUpload', { name, size: bytes.length }, token);
    const chunk = 500_000;
    for (let offset = 0; offset < bytes.length; offset += chunk) {
      const data = bytes.subarray(offset, offset + chunk).toString('base64');
      await t.ok('files.uploadChunk', { fileId, offset, data }, token);
    }
    await t.ok('files.finishUpload', { fileId }, token);
    return fileId;
  };

  const download: ImportWorld['download'] = async (fileId, token = manager) => {
    const parts: Buffer[] = [];
    for (let offset = 0; ;) {
      const chunk = await t.ok('files.readChunk', { fileId, offset, length: 500_000 }, token);
      const bytes = Buffer.from(chunk.data, 'base64');
      if (bytes.length === 0) break;
      parts.push(bytes);
      offset += bytes.length;
    }
    return Buffer.concat(parts).toString('utf8');
  };

  return {
    t,
    admin,
    manager,
    clerk,
    upload,
    download,
    async importFile({ text, ...input }, token = manager) {
      const fileId = await upload(text, 'data.csv', token);
      const { jobId, rejectsFileId } = await t.ok('imports.start', { fileId, ...input }, token);
      const job = await t.endedJob(jobId, token);
      return { job, result: job.result as ImportResult | null, rejectsFileId };
    },
    rows<T>(text: string, ...params: unknown[]) {
      return sqliteOf(t.backroom.dataSource)
        .prepare(text)
        .all(...params) as T[];
    },
    dispose: () => t.dispose(),
  };
}
