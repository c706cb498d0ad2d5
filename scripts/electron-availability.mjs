import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Decides whether `npm start` can open the desktop app here or must fall back to browser mode.
 * Electron downloads its binary on first launch, which fails offline, and a binary without a
 * display cannot open a window; both are normal on servers and in containers.
 */

/** Long enough for the one-time download on an ordinary connection, short enough not to stall a start. */
export const PROBE_TIMEOUT_MS = 60_000;

/** Why Electron cannot open a window on this system, or null when a display is there. */
export function missingDisplayReason(platform, env) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no graphical display: neither DISPLAY nor WAYLAND_DISPLAY is set';
}

/**
 * The Electron executable the electron package points at (path.txt names it inside dist/), or
 * null when it is not there. Mirrors node_modules/electron/index.js without its download side effect.
 */
export function locateElectronBinary(electronDir, env, fileSystem = { existsSync, readFileSync }) {
  const pathFile = path.join(electronDir, 'path.txt');
  const executable = fileSystem.existsSync(pathFile) ? fileSystem.readFileSync(pathFile, 'utf8') : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !executable) return null;
  const binary = override ? path.join(override, executable || 'electron') : path.join(electronDir, 'dist', executable);
  return fileSystem.existsSync(binary) ? binary : null;
}

/**
 * Runs Electron once as plain Node (`--version`), through the package's cli.js so a missing binary
 * is downloaded on the way. Needs no display; proves the binary exists and its libraries load.
 */
export function probeElectron(electronDir, env, timeoutMs = PROBE_TIMEOUT_MS) {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'cli.js'), '--version'], {
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return {
    ok: result.status === 0,
    timedOut: result.error?.code === 'ETIMEDOUT',
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`,
  };
}

/** The first line of an error report that says what went wrong, e.g. "TypeError: fetch failed". */
function firstErrorLine(output) {
  const lines = output.split('\n').map((line) => line.trim());
  return lines.find((line) => /error/i.test(line)) ?? lines.find((line) => line !== '') ?? 'no output';
}

/**
 * @returns {{ available: true, binaryPath: string } | { available: false, reason: string }}
 */
export function checkElectron({
  electronDir,
  platform = process.platform,
  env = process.env,
  locate = locateElectronBinary,
  probe = probeElectron,
}) {
  const noDisplay = missingDisplayReason(platform, env);
  if (noDisplay) return { available: false, reason: noDisplay };

  const wasInstalled = locate(electronDir, env) !== null;
  const probeResult = probe(electronDir, env);
  if (probeResult.timedOut) {
    return { available: false, reason: `Electron did not answer within ${PROBE_TIMEOUT_MS / 1000} s` };
  }
  if (!probeResult.ok) {
    const detail = firstErrorLine(probeResult.output);
    return {
      available: false,
      reason: wasInstalled
        ? `the Electron binary does not run: ${detail}`
        : `the Electron binary is not installed and could not be downloaded: ${detail}`,
    };
  }
  const binaryPath = locate(electronDir, env);
  if (!binaryPath) return { available: false, reason: 'the Electron binary is not where its package says it is' };
  return { available: true, binaryPath };
}
