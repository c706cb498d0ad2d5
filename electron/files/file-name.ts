const MAX_NAME_CHARS = 200;
/** Refused by Windows in a file name (control characters are left out too). */
const REFUSED = '<>:"|?*';

/**
 * The name a file is shown and saved under: its last path part only (a name never says where a
 * file lives), without characters that no file system takes, never empty, never hidden.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const allowed = [...last].filter((char) => char >= ' ' && char !== '\u007f' && !REFUSED.includes(char)).join('');
  const cleaned = allowed.trim().replace(/^\.+/, '').slice(0, MAX_NAME_CHARS).trim();
  return cleaned === '' ? 'file' : cleaned;
}
