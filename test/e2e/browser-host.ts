import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FirstRunPage } from './pages/first-run-page';

/** Eighteen months of a three-store chain take a minute and more to write on a busy machine. */
export const DEMO_LOAD_TIMEOUT_MS = 300_000;

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

export interface OpenStore {
  backroom: RunningBackroom;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * Browser mode on a fresh file, a browser, and a store made through the first-run screen by its
 * admin Grace Hopper, either empty or with the demo data loaded. Ready on the dashboard. The
 * browser speaks `locale` (and keeps `timezoneId`'s clock) when given, the machine's otherwise.
 */
export async function openNewStore(options: {
  demoData: boolean;
  locale?: string;
  timezoneId?: string;
}): Promise<OpenStore> {
  const backroom = await startBrowserMode();
  const browser = await launchChromium();
  const page = await browser.newPage({
    viewport: { width: 1360, height: 900 },
    locale: options.locale,
    timezoneId: options.timezoneId,
  });
  await page.goto(backroom.url);
  const firstRun = new FirstRunPage(page);
  await firstRun.createStore({
    name: 'Harbour Street Market',
    code: 'HSM',
    adminName: 'Grace Hopper',
    username: 'grace',
    password: 'a long store password',
  });
  if (options.demoData) await firstRun.loadDemoData();
  else await page.getByRole('button', { name: 'Start empty' }).click();
  await page
    .getByRole('link', { name: 'Inventory', exact: true })
    .waitFor({ timeout: options.demoData ? DEMO_LOAD_TIMEOUT_MS : 60_000 });
  return {
    backroom,
    browser,
    page,
    async close() {
      await browser.close();
      await backroom.stop();
    },
  };
}
