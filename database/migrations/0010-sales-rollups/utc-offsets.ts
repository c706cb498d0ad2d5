/**
 * A time zone as the database can read it: the UTC offset in force from each instant on. SQLite
 * knows no IANA zones, yet triggers on every connection must read a store's local day and hour;
 * with these rows they take the latest transition at or before an instant and shift it with
 * date()/strftime(). Computed with Intl, the same source shared/local-day.ts reads.
 */

/** Transitions are searched over these years; outside them the nearest year's offset holds. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;
/** Clock changes are found by stepping a week at a time, then bisecting to the second. */
const STEP_SECONDS = 7 * 86_400;
/** The first row covers every instant before the search starts. */
export const SINCE_EVER = '0000-01-01T00:00:00.000Z';

export interface UtcOffsetTransition {
  /** The first instant (ISO-8601 UTC, milliseconds) at which `offsetSeconds` is in force. */
  fromAt: string;
  /** Local wall clock minus UTC, in seconds (a whole number of minutes for every modern zone). */
  offsetSeconds: number;
}

function offsetReader(zone: string): (second: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (second) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(second * 1000))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return wall / 1000 - second;
  };
}

/**
 * Every change of `zone`'s UTC offset between 1970 and 2100, oldest first, the first row reaching
 * back to the beginning of time. Two changes less than a week apart that cancel out would be
 * missed; no zone has had one since 1970 (a sale before 1970 takes the 1970 offset).
 */
export function utcOffsetTransitions(zone: string): UtcOffsetTransition[] {
  if (zone === 'UTC') return [{ fromAt: SINCE_EVER, offsetSeconds: 0 }];
  const offsetAt = offsetReader(zone);
  const end = Date.UTC(LAST_YEAR, 0, 1) / 1000;
  let at = Date.UTC(FIRST_YEAR, 0, 1) / 1000;
  let offset = offsetAt(at);
  const transitions: UtcOffsetTransition[] = [{ fromAt: SINCE_EVER, offsetSeconds: offset }];
  while (at < end) {
    const next = Math.min(at + STEP_SECONDS, end);
    if (offsetAt(next) === offset) {
      at = next;
      continue;
    }
    // Invariant: offsetAt(low) === offset !== offsetAt(high).
    let low = at;
    let high = next;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(middle) === offset) low = middle;
      else high = middle;
    }
    offset = offsetAt(high);
    transitions.push({ fromAt: new Date(high * 1000).toISOString(), offsetSeconds: offset });
    at = high;
  }
  return transitions;
}
