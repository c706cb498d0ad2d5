export const PROBE_TIMEOUT_MS: number;

export interface ProbeResult {
  ok: boolean;
  timedOut: boolean;
  output: string;
}

export interface FileSystemReader {
  existsSync(file: string): boolean;
  readFileSync(file: string, encoding: 'utf8'): string;
}

export type ElectronAvailability = { available: true; binaryPath: string } | { available: false; reason: string };

export function missingDisplayReason(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null;
export function locateElectronBinary(
  electronDir: string,
  env: NodeJS.ProcessEnv,
  fileSystem?: FileSystemReader,
): string | null;
export function probeElectron(electronDir: string, env: NodeJS.ProcessEnv, timeoutMs?: number): ProbeResult;
export function checkElectron(options: {
  electronDir: string;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  locate?: (electronDir: string, env: NodeJS.ProcessEnv) => string | null;
  probe?: (electronDir: string, env: NodeJS.ProcessEnv) => ProbeResult;
}): ElectronAvailability;
