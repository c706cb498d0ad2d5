/** A value with its object keys sorted, so two answers compare by content, not by key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

const MAX_SHOWN = 5;

/**
 * Throws unless two answers to one question are identical, row for row and figure for figure,
 * naming the question, the filter and the first rows that differ with the figures that differ:
 * timings of answers that disagree mean nothing.
 */
export function assertSameAnswer(
  question: string,
  filter: string,
  expected: { label: string; answer: unknown },
  actual: { label: string; answer: unknown },
): void {
  if (canonical(expected.answer) === canonical(actual.answer)) return;
  const rowsOf = (answer: unknown) => (Array.isArray(answer) ? (answer as unknown[]) : [answer]);
  const left = rowsOf(expected.answer);
  const right = rowsOf(actual.answer);
  const lines = [
    `${question} answers differ for ${filter}: ${expected.label} gave ${left.length} rows, ${actual.label} ${right.length}.`,
  ];
  let shown = 0;
  for (let i = 0; i < Math.max(left.length, right.length) && shown < MAX_SHOWN; i++) {
    if (canonical(left[i]) === canonical(right[i])) continue;
    shown++;
    const a = (left[i] ?? {}) as Record<string, unknown>;
    const b = (right[i] ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
      (key) => canonical(a[key]) !== canonical(b[key]),
    );
    lines.push(
      `  row ${i}: ${fields.map((key) => `${key} ${canonical(a[key])} vs ${canonical(b[key])}`).join('; ')}`,
      `    ${expected.label}: ${canonical(left[i])}`,
      `    ${actual.label}: ${canonical(right[i])}`,
    );
  }
  throw new Error(lines.join('\n'));
}
