import { formatBytes } from '../../shared/format-bytes';

/** The terminal writes its figures one way, whatever the machine's locale: counts and sizes alike. */
const CLI_LOCALE = 'en-US';
const integer = new Intl.NumberFormat(CLI_LOCALE);

export function formatCount(value: number): string {
  return integer.format(value);
}

/** "4.5 MB". */
export function formatSize(bytes: number): string {
  return formatBytes(bytes, CLI_LOCALE);
}

/** "850 ms", "7.3 s", "4 min 12 s". */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1_000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
