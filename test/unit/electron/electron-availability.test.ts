import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  checkElectron,
  locateElectronBinary,
  missingDisplayReason,
  probeElectron,
  type ProbeResult,
} from '../../../scripts/electron-availability.mjs';

const DESKTOP_ENV = { DISPLAY: ':0' };
const RUNS: ProbeResult = { ok: true, timedOut: false, output: 'v22.20.0\n' };
const DOWNLOAD_FAILS: ProbeResult = {
  ok: false,
  timedOut: false,
  output: 'Downloading Electron binary...\nTypeError: fetch failed\n    at node:internal/deps/undici/undici:1:1\n',
};

const temporaryDirs: string[] = [];
afterAll(() => temporaryDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fake node_modules/electron folder; `installed` writes path.txt and the binary it names. */
function electronPackage(installed: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'backroom-electron-'));
  temporaryDirs.push(dir);
  if (installed) {
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
  }
  return dir;
}

describe('missingDisplayReason', () => {
  it('needs X11 or Wayland on Linux', () => {
    expect(missingDisplayReason('linux', {})).toMatch(/no graphical display/);
    expect(missingDisplayReason('linux', { DISPLAY: ':0' })).toBeNull();
    expect(missingDisplayReason('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
  });

  it('assumes a display on Windows and macOS', () => {
    expect(missingDisplayReason('win32', {})).toBeNull();
    expect(missingDisplayReason('darwin', {})).toBeNull();
  });
});

describe('locateElectronBinary', () => {
  it('finds the executable path.txt names inside dist', () => {
    const dir = electronPackage(true);
    expect(locateElectronBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('is null before the binary was downloaded', () => {
    expect(locateElectronBinary(electronPackage(false), {})).toBeNull();
  });

  it('is null when path.txt names a binary that is gone', () => {
    const dir = electronPackage(false);
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(locateElectronBinary(dir, {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const override = electronPackage(true);
    expect(
      locateElectronBinary(electronPackage(false), { ELECTRON_OVERRIDE_DIST_PATH: path.join(override, 'dist') }),
    ).toBe(path.join(override, 'dist', 'electron'));
  });
});

describe('checkElectron', () => {
  it('launches the installed binary when it runs and a display is there', () => {
    const dir = electronPackage(true);
    const probe = vi.fn(() => RUNS);
    expect(checkElectron({ electronDir: dir, platform: 'linux', env: DESKTOP_ENV, probe })).toEqual({
      available: true,
      binaryPath: path.join(dir, 'dist', 'electron'),
    });
    expect(probe).toHaveBeenCalledOnce();
  });

  it('falls back without trying a download when there is no display', () => {
    const probe = vi.fn(() => RUNS);
    const result = checkElectron({ electronDir: electronPackage(false), platform: 'linux', env: {}, probe });
    expect(result).toEqual({
      available: false,
      reason: 'no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set',
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('falls back with the download error when the binary is missing and cannot be fetched', () => {
    const result = checkElectron({
      electronDir: electronPackage(false),
      platform: 'linux',
      env: DESKTOP_ENV,
      probe: () => DOWNLOAD_FAILS,
    });
    expect(result).toEqual({
      available: false,
      reason: 'the Electron binary is not installed and could not be downloaded: TypeError: fetch failed',
    });
  });

  it('uses the binary the probe downloaded', () => {
    const dir = electronPackage(false);
    const probe = () => {
      writeFileSync(path.join(dir, 'path.txt'), 'electron');
      mkdirSync(path.join(dir, 'dist'));
      writeFileSync(path.join(dir, 'dist', 'electron'), '');
      return RUNS;
    };
    expect(checkElectron({ electronDir: dir, platform: 'win32', env: {}, probe })).toEqual({
      available: true,
      binaryPath: path.join(dir, 'dist', 'electron'),
    });
  });

  it('falls back when an installed binary does not run', () => {
    const result = checkElectron({
      electronDir: electronPackage(true),
      platform: 'linux',
      env: DESKTOP_ENV,
      probe: () => ({
        ok: false,
        timedOut: false,
        output: 'electron: error while loading shared libraries: libnss3.so',
      }),
    });
    expect(result).toEqual({
      available: false,
      reason: 'the Electron binary does not run: electron: error while loading shared libraries: libnss3.so',
    });
  });

  it('falls back when Electron does not answer in time', () => {
    const result = checkElectron({
      electronDir: electronPackage(false),
      platform: 'darwin',
      env: {},
      probe: () => ({ ok: false, timedOut: true, output: '' }),
    });
    expect(result).toMatchObject({ available: false, reason: expect.stringMatching(/did not answer within \d+ s/) });
  });
});

describe('probeElectron', () => {
  it('runs the package cli.js as plain Node and reports its failure', () => {
    const dir = electronPackage(false);
    writeFileSync(
      path.join(dir, 'cli.js'),
      "if (process.env.ELECTRON_RUN_AS_NODE !== '1') process.exit(3);\nconsole.error('TypeError: fetch failed'); process.exit(1);",
    );
    expect(probeElectron(dir, {})).toEqual({ ok: false, timedOut: false, output: 'TypeError: fetch failed\n' });
  });

  it('reports success when cli.js answers --version', () => {
    const dir = electronPackage(false);
    writeFileSync(path.join(dir, 'cli.js'), "if (process.argv[2] === '--version') console.log('v22.20.0');");
    expect(probeElectron(dir, {})).toEqual({ ok: true, timedOut: false, output: 'v22.20.0\n' });
  });

  it('gives up after the timeout', () => {
    const dir = electronPackage(false);
    writeFileSync(path.join(dir, 'cli.js'), 'setTimeout(() => {}, 60_000);');
    expect(probeElectron(dir, {}, 200)).toMatchObject({ ok: false, timedOut: true });
  });
});
