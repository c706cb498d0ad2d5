import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export interface RunningBackroom {
  url: string;
  databasePath: string;
  stop(): Promise<void>;
}

/**
 * Starts browser mode the way `npm run serve` does (after the renderer build that `test:e2e`
 * runs first), on a fresh data file, and waits for the address it prints.
 */
export async function startBrowserMode(): Promise<RunningBackroom> {
  const folder = mkdtempSync(join(tmpdir(), 'backroom-e2e-'));
  const databasePath = join(folder, 'backroom.sqlite');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/host/serve.ts'], {
    env: { ...process.env, BACKROOM_DB: databasePath, BACKROOM_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open:\s+(http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${output}`)));
  });
  return {
    url,
    databasePath,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with its calls home switched off (this machine has no network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
