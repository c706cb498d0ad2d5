import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  environmentOffsite,
  resolveOffsite,
  usableDestination,
  writeSavedOffsite,
} from '../../../electron/backup/offsite/offsite-config';
import { offsiteProblemOf } from '../../../electron/backup/offsite/offsite-errors';
import { offsiteSecretPath, saveOffsiteSecret } from '../../../electron/backup/offsite/secret-file';

const ENV = {
  BACKROOM_S3_ENDPOINT: 'https://s3.example.com',
  BACKROOM_S3_BUCKET: 'shop-backups',
  BACKROOM_S3_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  BACKROOM_S3_SECRET_ACCESS_KEY: 'from-the-environment',
};
const SAVED = {
  endpoint: 'http://minio.local:9000',
  region: 'eu-west-1',
  bucket: 'saved-bucket',
  prefix: 'store-2',
  accessKeyId: 'SAVEDKEY',
  pathStyle: true,
  savedBy: 1,
};

describe('where the bucket and its secret come from', () => {
  let folder: string;
  let sql: Database.Database;
  let databasePath: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'backroom-s3-config-'));
    databasePath = join(folder, 'backroom.sqlite');
    sql = new Database(databasePath);
    sql.exec('CREATE TABLE "settings" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)');
  });
  afterEach(() => {
    sql.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the environment with defaults, and says which variables are wrong when half set', () => {
    expect(environmentOffsite({})).toBeNull();
    expect(environmentOffsite(ENV)).toEqual({
      endpoint: 'https://s3.example.com',
      region: 'us-east-1',
      bucket: 'shop-backups',
      prefix: '',
      accessKeyId: 'AKIDEXAMPLE',
      pathStyle: true,
    });
    expect(environmentOffsite({ ...ENV, BACKROOM_S3_PATH_STYLE: 'false' })?.pathStyle).toBe(false);
    let error: unknown = null;
    try {
      environmentOffsite({ BACKROOM_S3_BUCKET: 'shop-backups' });
    } catch (caught) {
      error = caught;
    }
    expect(offsiteProblemOf(error)).toBe('notSetUp');
    expect((error as Error).message).toMatch(/check: endpoint, accessKeyId/);
  });

  it('prefers the saved bucket to the environment, and the saved secret to the variable', () => {
    expect(resolveOffsite(sql, databasePath, ENV)).toMatchObject({
      source: 'environment',
      secretAccessKey: 'from-the-environment',
    });
    writeSavedOffsite(sql, SAVED);
    const { savedBy: _, ...settings } = SAVED;
    expect(resolveOffsite(sql, databasePath, ENV)).toEqual({
      settings,
      source: 'saved',
      secretAccessKey: 'from-the-environment',
    });
    saveOffsiteSecret(databasePath, 'typed-on-the-screen');
    expect(resolveOffsite(sql, databasePath, ENV)?.secretAccessKey).toBe('typed-on-the-screen');
    expect(statSync(offsiteSecretPath(databasePath)).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(sql.prepare('SELECT * FROM "settings"').all())).not.toContain('typed-on-the-screen');
  });

  it('refuses to send without a bucket or without a secret, in words', () => {
    expect(() => usableDestination(resolveOffsite(sql, databasePath, {}))).toThrow(/No S3 destination is set up/);
    writeSavedOffsite(sql, SAVED);
    expect(() => usableDestination(resolveOffsite(sql, databasePath, {}))).toThrow(/BACKROOM_S3_SECRET_ACCESS_KEY/);
  });
});
