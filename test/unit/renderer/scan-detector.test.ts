import { describe, expect, it } from 'vitest';
import { ScanDetector, type KeyOutcome } from '../../../renderer/components/inventory/scan-detector';

const BARCODE = '4006381333931';

/** What the detector says to each of `keys`, pressed at their times in milliseconds. */
function press(detector: ScanDetector, keys: { key: string; at: number; repeat?: boolean }[]): KeyOutcome[] {
  return keys.map(({ key, at, repeat = false }) =>
    detector.keyDown({ key, timeStamp: at, repeat, withShortcutModifier: false }),
  );
}

/** `text` one key every `gapMs` from `startMs`, then Enter one gap after the last key. */
function typed(text: string, startMs: number, gapMs: number): { key: string; at: number }[] {
  return [...text, 'Enter'].map((key, index) => ({ key, at: startMs + index * gapMs }));
}

function scannedCode(outcomes: KeyOutcome[]): string | null {
  const last = outcomes.at(-1)!;
  return last.kind === 'scanned' ? last.code : null;
}

describe('telling a barcode scanner from typing', () => {
  it('takes a burst of keys a few milliseconds apart, ended by Enter, as a scan of the whole code', () => {
    const outcomes = press(new ScanDetector(), typed(BARCODE, 1_000, 4));
    expect(outcomes[0]).toEqual({ kind: 'burst-started' });
    expect(scannedCode(outcomes)).toBe(BARCODE);
  });

  it('takes a code a person types and enters as typing, even with two keys in quick succession', () => {
    const keys = typed('OAT1', 1_000, 120);
    keys[2]!.at = keys[1]!.at + 15;
    expect(scannedCode(press(new ScanDetector(), keys))).toBeNull();
  });

  it('reads the whole code when a busy machine holds the keys back mid-scan and then hands them over at once', () => {
    // The first five keys arrive as sent; the rest wait 200 ms and then come a fraction of a
    // millisecond apart, as they do when the browser's main thread was busy.
    const keys = [...BARCODE, 'Enter'].map((key, index) =>
      index < 5 ? { key, at: 1_000 + index * 4 } : { key, at: 1_216 + index * 0.1 },
    );
    const outcomes = press(new ScanDetector(), keys);
    expect(outcomes.filter((outcome) => outcome.kind === 'burst-started')).toHaveLength(1);
    expect(scannedCode(outcomes)).toBe(BARCODE);
  });

  it('leaves out what a person typed before picking up the scanner, and starts the burst at the scan', () => {
    const detector = new ScanDetector();
    expect(press(detector, [{ key: '5', at: 1_000 }])).toEqual([{ kind: 'burst-started' }]);
    const outcomes = press(detector, typed(BARCODE, 1_700, 4));
    expect(outcomes[0]).toEqual({ kind: 'burst-started' });
    expect(scannedCode(outcomes)).toBe(BARCODE);
  });

  it('takes keys that average slower than a scanner as typing, even when most come quickly', () => {
    const keys = typed('OAT1', 1_000, 4);
    for (const key of keys.slice(2)) key.at += 250;
    expect(scannedCode(press(new ScanDetector(), keys))).toBeNull();
  });

  it('takes an Enter pressed after a pause as a person pressing it, not the end of a scan', () => {
    const keys = typed(BARCODE, 1_000, 4);
    keys.at(-1)!.at += 400;
    expect(scannedCode(press(new ScanDetector(), keys))).toBeNull();
  });

  it('takes a key held down until it repeats, then Enter, as typing', () => {
    const keys = [
      { key: '0', at: 1_000 },
      ...Array.from({ length: 40 }, (_, index) => ({ key: '0', at: 1_500 + index * 33, repeat: true })),
      { key: 'Enter', at: 1_500 + 40 * 33 },
    ];
    expect(scannedCode(press(new ScanDetector(), keys))).toBeNull();
  });

  it('needs four characters for a code, and takes capitals typed with Shift as part of it', () => {
    expect(scannedCode(press(new ScanDetector(), typed('OAT', 1_000, 4)))).toBeNull();
    const withShift = [...'OA', 'Shift', ...'T-1', 'Enter'].map((key, index) => ({ key, at: 1_000 + index * 4 }));
    expect(scannedCode(press(new ScanDetector(), withShift))).toBe('OAT-1');
  });

  it('starts again after a shortcut or a key that types nothing', () => {
    const detector = new ScanDetector();
    press(detector, typed('4006', 1_000, 4).slice(0, -1));
    expect(detector.keyDown({ key: 'a', timeStamp: 1_020, repeat: false, withShortcutModifier: true })).toEqual({
      kind: 'none',
    });
    expect(scannedCode(press(detector, [{ key: 'Enter', at: 1_024 }]))).toBeNull();
    const afterBackspace = press(detector, [{ key: 'Backspace', at: 1_030 }, ...typed('381333931', 1_034, 4)]);
    expect(afterBackspace[1]).toEqual({ kind: 'burst-started' });
    expect(scannedCode(afterBackspace)).toBe('381333931');
  });
});
