/** A one-line progress bar on stderr while several files are checked (terminal only). */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** Shows that file `index` (0-based) of the total is being checked. */
  step(index: number, name: string): void;
  /** Removes the bar (before other output, and at the end). */
  clear(): void;
}

const WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

export function createProgress(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total < 2) return { step: () => undefined, clear: () => undefined };
  return {
    step(index, name) {
      const filled = Math.round((index / total) * WIDTH);
      const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
      stream.write(`${CLEAR_LINE}Memeriksa [${bar}] ${index + 1}/${total} ${name}`);
    },
    clear() {
      stream.write(CLEAR_LINE);
    },
  };
}
