/**
 * The @mentions of a message's plain text: where they are to highlight them, and the one being
 * typed at the caret to offer names for it. Usernames are letters, digits, dot, dash and
 * underscore; an `@` inside a word (an email address) mentions nobody.
 */
const MENTION = /(^|[^A-Za-z0-9._-])@([A-Za-z0-9._-]+)/g;
const USERNAME_CHAR = /[A-Za-z0-9._-]/;

export interface TextSegment {
  text: string;
  /** The username mentioned, for a segment that is a mention. */
  mention: string | null;
}

/**
 * The text cut into plain runs and the mentions the host recognised (`mentioned`, any case). A
 * sentence's full stop after a name is not part of it.
 */
export function mentionSegments(body: string, mentioned: readonly string[]): TextSegment[] {
  const known = new Set(mentioned.map((name) => name.toLowerCase()));
  const segments: TextSegment[] = [];
  let plainFrom = 0;
  for (const match of body.matchAll(MENTION)) {
    const name = recognised(match[2]!, known);
    if (!name) continue;
    const start = match.index + match[1]!.length;
    if (start > plainFrom) segments.push({ text: body.slice(plainFrom, start), mention: null });
    segments.push({ text: `@${name}`, mention: name });
    plainFrom = start + 1 + name.length;
  }
  if (plainFrom < body.length) segments.push({ text: body.slice(plainFrom), mention: null });
  return segments;
}

function recognised(word: string, known: Set<string>): string | null {
  for (let name = word; name.length > 0; name = name.slice(0, -1)) {
    if (known.has(name.toLowerCase())) return name;
    if (!/[.-]$/.test(name)) return null;
  }
  return null;
}

export interface MentionQuery {
  /** Where the `@` stands. */
  start: number;
  /** What follows it up to the caret. */
  prefix: string;
}

/** The mention being typed just before the caret, or null when the caret is not in one. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  let at = caret;
  while (at > 0 && USERNAME_CHAR.test(text[at - 1]!)) at -= 1;
  if (at === 0 || text[at - 1] !== '@') return null;
  const start = at - 1;
  if (start > 0 && USERNAME_CHAR.test(text[start - 1]!)) return null;
  return { start, prefix: text.slice(at, caret) };
}

/** The text with the mention being typed completed to `@username ` and the caret after it. */
export function completeMention(
  text: string,
  query: MentionQuery,
  caret: number,
  username: string,
): { text: string; caret: number } {
  const inserted = `@${username} `;
  const rest = text.slice(caret).replace(/^[A-Za-z0-9._-]*\s?/, '');
  return { text: text.slice(0, query.start) + inserted + rest, caret: query.start + inserted.length };
}
