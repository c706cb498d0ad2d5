/**
 * "912 kB", "4.5 GB" (decimal units, as file managers show them), the number written as `locale`
 * writes it ("4,5 GB" in German): the person's in a screen, the runtime's default when absent.
 */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${number.format(value)} ${units[unit]}`;
}
