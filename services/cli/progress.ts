import cliProgress from 'cli-progress';
import type { ProgressStream } from './io.js';

export interface Progress {
  /** Counts `n` more items done. */
  add(n?: number): void;
  /** Ends the progress display (a bar is cleared; the command's own summary line follows). */
  done(): void;
}

export interface ProgressOptions {
  /** Nothing is shown for work that ends sooner than this. */
  afterMs?: number;
  /** How often a plain count line is printed when the stream is not a terminal. */
  everyMs?: number;
  now?: () => number;
}

/**
 * Progress of long work on stderr: a bar (cli-progress) on a terminal, a plain line with the count every few seconds
 * otherwise (a log file or a pipe has no use for redrawn bars). Work that ends within a second shows nothing.
 */
export const startProgress = (
  stream: ProgressStream,
  label: string,
  total: number,
  unit: string,
  options: ProgressOptions = {},
): Progress => {
  const { afterMs = 1_000, everyMs = 2_000, now = Date.now } = options;
  const started = now();
  let count = 0;
  let lastLine = started;
  let bar: cliProgress.SingleBar | null = null;
  let finished = false;
  const width = String(total).length;
  return {
    add(n = 1) {
      if (finished) return;
      count += n;
      const at = now();
      if (stream.isTTY) {
        if (!bar && at - started >= afterMs) {
          bar = new cliProgress.SingleBar(
            {
              stream,
              format: `claimwire: ${label} [{bar}] {percentage}% {value}/{total} ${unit} | {duration_formatted}, ETA {eta_formatted}`,
              clearOnComplete: true,
              hideCursor: true,
              etaBuffer: 50,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, count);
        } else bar?.update(count);
      } else if (at - lastLine >= everyMs && at - started >= afterMs) {
        lastLine = at;
        stream.write(
          `claimwire: ${label}: ${String(count).padStart(width)}/${total} ${unit} (${Math.floor((100 * count) / Math.max(total, 1))}%)\n`,
        );
      }
    },
    done() {
      if (finished) return;
      finished = true;
      bar?.stop();
    },
  };
};
