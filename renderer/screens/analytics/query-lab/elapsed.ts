/** How long a query took, "12.3 ms" or "12,3 ms" as `locale` writes it (the person's when absent). */
export function formatElapsed(ms: number, locale?: string): string {
  const tenths = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${tenths.format(ms)} ms`;
}
