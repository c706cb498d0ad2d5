/**
 * SQLite's tokens as far as a guard needs them: words, quoted identifiers, strings and single
 * punctuation marks, with comments and whitespace dropped. What hides in a comment never runs, and
 * what sits in a string is data, so the guard judges only what SQLite would read as code.
 */
export type SqlToken =
  | { kind: 'word'; text: string }
  | { kind: 'identifier'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'mark'; text: string };

const WORD = /[\p{L}\p{N}_$]/u;

export class UnterminatedSqlError extends Error {}

export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let at = 0;
  const closing = (open: string) => (open === '[' ? ']' : open);
  while (at < sql.length) {
    const char = sql[at]!;
    if (/\s/.test(char)) at += 1;
    else if (sql.startsWith('--', at)) {
      const end = sql.indexOf('\n', at);
      at = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', at)) {
      // SQLite ends a comment left open at the end of the text; nothing after it runs.
      const end = sql.indexOf('*/', at + 2);
      at = end < 0 ? sql.length : end + 2;
    } else if (char === "'" || char === '"' || char === '`' || char === '[') {
      const close = closing(char);
      let text = '';
      let cursor = at + 1;
      for (;;) {
        if (cursor >= sql.length) throw new UnterminatedSqlError(`A quote (${char}) is never closed.`);
        const next = sql[cursor]!;
        if (next === close && close !== ']' && sql[cursor + 1] === close) {
          text += close;
          cursor += 2;
        } else if (next === close) break;
        else {
          text += next;
          cursor += 1;
        }
      }
      tokens.push({ kind: char === "'" ? 'string' : 'identifier', text });
      at = cursor + 1;
    } else if (WORD.test(char)) {
      let end = at + 1;
      while (end < sql.length && WORD.test(sql[end]!)) end += 1;
      tokens.push({ kind: 'word', text: sql.slice(at, end) });
      at = end;
    } else {
      tokens.push({ kind: 'mark', text: char });
      at += 1;
    }
  }
  return tokens;
}

/** A word or identifier as SQLite compares names: without case. */
export function nameOf(token: SqlToken | undefined): string | null {
  return token && (token.kind === 'word' || token.kind === 'identifier') ? token.text.toLowerCase() : null;
}
