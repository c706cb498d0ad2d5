import type { SeedProgress } from '../../database/seed';
import { formatCount, formatDuration } from './format';

export interface ProgressPrinter {
  update(progress: SeedProgress): void;
  /** Ends the current bar, so what follows starts on a new line. */
  finish(): void;
}

const BAR_WIDTH = 30;
const REDRAW_EVERY_MS = 100;

/**
 * Progress for a terminal: a bar redrawn in place at most ten times a second. For a pipe or a
 * log file: one plain line per phase and per tenth of it, so logs stay short and readable.
 */
export function progressPrinter(out: NodeJS.WritableStream & { isTTY?: boolean }): ProgressPrinter {
  return out.isTTY ? barPrinter(out) : linePrinter(out);
}

function describe({ phase, done, total }: SeedProgress): { percent: number; text: string } {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return {
    percent,
    text: `${phase.padEnd(11)} ${String(percent).padStart(3)}%  ${formatCount(done)} / ${formatCount(total)}`,
  };
}

function barPrinter(out: NodeJS.WritableStream): ProgressPrinter {
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress) {
      const now = performance.now();
      if (now - lastDraw < REDRAW_EVERY_MS && progress.done < progress.total) return;
      lastDraw = now;
      const { percent, text } = describe(progress);
      const filled = Math.round((percent / 100) * BAR_WIDTH);
      out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text}`);
      drawn = true;
    },
    finish() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}

/** Each line also says how long the run has taken so far, so a log shows where the time went. */
function linePrinter(out: NodeJS.WritableStream): ProgressPrinter {
  const started = performance.now();
  let phase = '';
  let lastTenth = -1;
  return {
    update(progress) {
      const tenth = progress.total === 0 ? 10 : Math.floor((progress.done / progress.total) * 10);
      if (progress.phase === phase && tenth === lastTenth) return;
      phase = progress.phase;
      lastTenth = tenth;
      out.write(`${describe(progress).text}  (${formatDuration(performance.now() - started)})\n`);
    },
    finish() {
      phase = '';
      lastTenth = -1;
    },
  };
}
