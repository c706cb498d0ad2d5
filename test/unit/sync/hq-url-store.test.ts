import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HQ_URL_FILE, hqUrlStore } from '../../../electron/sync/hq-url-store';
import { noSecretBox } from '../../../electron/sync/secret-box';
import { AppError } from '../../../shared/errors';
import { aesSecretBox } from '../../helpers/aes-secret-box';

const URL_WITH_PASSWORD = 'postgres://backroom:Tr0ub4dor-hq@hq.example.com:5432/chain';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'backroom-hq-url-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function refusalOf(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error instanceof AppError ? { code: error.code, details: error.details } : error;
  }
  return null;
}

describe('head office’s saved address', () => {
  it('is kept encrypted: the file holds neither the address nor the password, and reads back whole', () => {
    const store = hqUrlStore({ directory: folder, secretBox: aesSecretBox(), environment: () => ({}) });
    expect(store.resolve()).toEqual({ url: null, source: 'none', problem: null });
    store.save(URL_WITH_PASSWORD);
    const onDisk = readFileSync(join(folder, HQ_URL_FILE));
    for (const secret of ['Tr0ub4dor-hq', 'hq.example.com', 'postgres://', 'backroom'])
      expect(onDisk.includes(Buffer.from(secret)), secret).toBe(false);
    expect(statSync(join(folder, HQ_URL_FILE)).mode & 0o777).toBe(0o600);
    expect(store.resolve()).toEqual({ url: URL_WITH_PASSWORD, source: 'stored', problem: null });
    store.forget();
    expect(store.resolve()).toEqual({ url: null, source: 'none', problem: null });
  });

  it('gives way to BACKROOM_HQ_URL, which cannot be overwritten from here', () => {
    const environment: NodeJS.ProcessEnv = {};
    const store = hqUrlStore({ directory: folder, secretBox: aesSecretBox(), environment: () => environment });
    store.save(URL_WITH_PASSWORD);
    environment.BACKROOM_HQ_URL = 'postgres://ops@hq.internal/chain';
    expect(store.resolve()).toEqual({ url: 'postgres://ops@hq.internal/chain', source: 'environment', problem: null });
    expect(refusalOf(() => store.save('postgres://x@y/z'))).toEqual({
      code: 'CONFLICT',
      details: { reason: 'set-by-environment', variable: 'BACKROOM_HQ_URL' },
    });
    delete environment.BACKROOM_HQ_URL;
    expect(store.resolve().url).toBe(URL_WITH_PASSWORD);
  });

  it('is refused with a typed error where nothing can encrypt it, and nothing is written', () => {
    const store = hqUrlStore({ directory: folder, secretBox: noSecretBox, environment: () => ({}) });
    expect(store.refusal()).toEqual({ reason: 'no-secret-storage', variable: 'BACKROOM_HQ_URL' });
    expect(refusalOf(() => store.save(URL_WITH_PASSWORD))).toEqual({
      code: 'CONFLICT',
      details: { reason: 'no-secret-storage', variable: 'BACKROOM_HQ_URL' },
    });
    expect(store.resolve()).toEqual({ url: null, source: 'none', problem: null });
  });

  it('says so when the saved address cannot be read here (another key, or browser mode)', () => {
    hqUrlStore({ directory: folder, secretBox: aesSecretBox(), environment: () => ({}) }).save(URL_WITH_PASSWORD);
    const otherKey = hqUrlStore({ directory: folder, secretBox: aesSecretBox(), environment: () => ({}) }).resolve();
    expect(otherKey).toMatchObject({ url: null, source: 'stored' });
    expect(otherKey.problem).toMatch(/cannot be decrypted/);
    const browserMode = hqUrlStore({ directory: folder, secretBox: noSecretBox, environment: () => ({}) }).resolve();
    expect(browserMode).toMatchObject({ url: null, source: 'stored' });
    expect(browserMode.problem).toMatch(/BACKROOM_HQ_URL/);
  });

  it('rejects a tampered file instead of reading a wrong address', () => {
    const box = aesSecretBox();
    const store = hqUrlStore({ directory: folder, secretBox: box, environment: () => ({}) });
    store.save(URL_WITH_PASSWORD);
    const path = join(folder, HQ_URL_FILE);
    const bytes = readFileSync(path);
    bytes[bytes.length - 1]! ^= 1;
    writeFileSync(path, bytes);
    expect(store.resolve()).toMatchObject({ url: null, source: 'stored' });
  });
});
