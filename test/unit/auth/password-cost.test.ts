import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PASSWORD_MODULE = fileURLToPath(new URL('../../../electron/services/auth/password.ts', import.meta.url));

/** Hashes a password in a fresh Node process with the given environment and prints the hash. */
function hashIn(env: NodeJS.ProcessEnv): string {
  const script = `import(${JSON.stringify(PASSWORD_MODULE)}).then(async (m) => process.stdout.write(await m.hashPassword('pw')))`;
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { env, encoding: 'utf8' });
}

describe('password hashing cost', () => {
  it('is scrypt at 2^17 outside the test runner, even when the test variable is set', () => {
    const { VITEST: _runner, ...outside } = process.env;
    expect(hashIn({ ...outside, BACKROOM_TEST_SCRYPT_LOG2_N: '12' })).toMatch(/^scrypt\$17\$8\$1\$/);
  });

  it('takes the lower cost the test run asks for under the test runner', () => {
    expect(hashIn({ ...process.env, BACKROOM_TEST_SCRYPT_LOG2_N: '12' })).toMatch(/^scrypt\$12\$8\$1\$/);
  });
});
