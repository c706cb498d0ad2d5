/**
 * Scanners type a whole code a few milliseconds per key and end it with Enter; people need ten
 * times longer per key. A scan is a burst of at least MIN_CODE_LENGTH keys, ended by Enter, that
 * came at no more than MAX_AVERAGE_KEY_GAP_MS per key on average.
 *
 * The average, not each gap, decides, because a key's time stamp is when the browser took it from
 * the system (on Windows, when its main thread got round to it). A busy store PC holds a scan's
 * keys back for a moment and then hands them over all at once: one long gap, then none. Judged gap
 * by gap, that scan would be cut in two and its tail taken for the whole code.
 */
const MAX_AVERAGE_KEY_GAP_MS = 50;
const MIN_CODE_LENGTH = 4;

/**
 * A pause this long ends a burst. It spans the hold-ups of a busy machine, and is shorter than a
 * person takes to go from the keyboard to a scanner's trigger, so keys typed before a scan are
 * not taken as part of its code.
 */
const BURST_PAUSE_MS = 300;

/** What the detection needs of a keydown event. */
export interface KeyPress {
  key: string;
  /** The event's time stamp, in milliseconds. */
  timeStamp: number;
  /** Held down and repeating: scanners never hold a key. */
  repeat: boolean;
  /** Control, Alt or Meta held: a shortcut, which no scanner types. */
  withShortcutModifier: boolean;
}

/**
 * `burst-started`: this key may be the first of a scan, so the caller notes the page as it was
 * before it. `scanned`: this Enter ended a scan of `code`. `none`: anything else.
 */
export type KeyOutcome = { kind: 'burst-started' } | { kind: 'scanned'; code: string } | { kind: 'none' };

/** Follows keydown events one at a time and tells the scans among them from typing. */
export class ScanDetector {
  private code = '';
  private firstKeyAt = 0;
  private lastKeyAt = Number.NEGATIVE_INFINITY;

  keyDown(press: KeyPress): KeyOutcome {
    // A scanner types capitals with Shift; Shift alone adds nothing to the code.
    if (press.key === 'Shift') return { kind: 'none' };
    const paused = press.timeStamp - this.lastKeyAt > BURST_PAUSE_MS;
    if (press.key === 'Enter') {
      const code = paused ? '' : this.code;
      const burstTook = press.timeStamp - this.firstKeyAt;
      this.forget();
      if (code.length < MIN_CODE_LENGTH) return { kind: 'none' };
      return burstTook / code.length <= MAX_AVERAGE_KEY_GAP_MS ? { kind: 'scanned', code } : { kind: 'none' };
    }
    if (press.key.length !== 1 || press.repeat || press.withShortcutModifier) {
      this.forget();
      return { kind: 'none' };
    }
    this.lastKeyAt = press.timeStamp;
    if (paused) {
      this.code = press.key;
      this.firstKeyAt = press.timeStamp;
      return { kind: 'burst-started' };
    }
    this.code += press.key;
    return { kind: 'none' };
  }

  /** After this, the next key can only start a burst. */
  private forget() {
    this.code = '';
    this.lastKeyAt = Number.NEGATIVE_INFINITY;
  }
}
