import { describe, expect, it } from 'vitest';
import { ProgressMeter } from '../../../electron/jobs/progress';

/** A clock the test moves by hand, so rates and times left are exact. */
function meterAt(): { meter: ProgressMeter; advance(ms: number): void } {
  let now = 0;
  return { meter: new ProgressMeter(() => now), advance: (ms) => (now += ms) };
}

describe('job progress', () => {
  it('measures rows per second and the time left in the phase', () => {
    const { meter, advance } = meterAt();
    meter.update({ phase: 'orders', done: 0, total: 10_000 });
    advance(2_000);
    meter.update({ phase: 'orders', done: 4_000, total: 10_000 });
    expect(meter.current).toEqual({
      phase: 'orders',
      done: 4_000,
      total: 10_000,
      unit: 'rows',
      ratePerSecond: 2_000,
      rateUnit: 'rows',
      etaSeconds: 3,
    });
  });

  it('counts a streamed file in bytes but still rates it in rows', () => {
    const { meter, advance } = meterAt();
    meter.update({ phase: 'reading', unit: 'bytes', rows: 0, done: 0, total: 1_000_000 });
    advance(4_000);
    meter.update({ phase: 'reading', unit: 'bytes', rows: 30_000, done: 250_000, total: 1_000_000 });
    expect(meter.current).toMatchObject({
      unit: 'bytes',
      done: 250_000,
      ratePerSecond: 7_500,
      rateUnit: 'rows',
      etaSeconds: 12,
    });
  });

  it('rates a phase that only copies bytes in bytes per second', () => {
    const { meter, advance } = meterAt();
    meter.update({ phase: 'extract', unit: 'bytes', done: 0, total: 1_000_000 });
    advance(2_000);
    meter.update({ phase: 'extract', unit: 'bytes', done: 300_000, total: 1_000_000 });
    expect(meter.current).toMatchObject({ unit: 'bytes', ratePerSecond: 150_000, rateUnit: 'bytes' });
  });

  it('starts the clock again when the phase changes', () => {
    const { meter, advance } = meterAt();
    meter.update({ phase: 'customers', done: 0, total: 100 });
    advance(10_000);
    meter.update({ phase: 'customers', done: 100, total: 100 });
    expect(meter.update({ phase: 'orders', done: 0, total: 50 })).toBe(true);
    advance(1_000);
    meter.update({ phase: 'orders', done: 10, total: 50 });
    expect(meter.current).toMatchObject({ ratePerSecond: 10, etaSeconds: 4 });
  });
});
