/**
 * Files a run creates before they are complete (the marked copy's temporary file). A run stopped
 * with Ctrl+C or `kill` removes them before it ends, so nothing half-written is left behind.
 */
import { rmSync } from 'node:fs';

const pending = new Set<string>();

export function trackTemporary(path: string): void {
  pending.add(path);
}

export function releaseTemporary(path: string): void {
  pending.delete(path);
}

export function removeTemporaryFilesSync(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

export interface SignalTarget {
  once(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): never | void;
}

/** The exit codes a shell reports for these signals (128 + signal number). */
const SIGNAL_EXIT_CODES: [NodeJS.Signals, number][] = [
  ['SIGHUP', 129],
  ['SIGINT', 130],
  ['SIGTERM', 143],
];

export function removeTemporaryFilesOnSignals(target: SignalTarget): void {
  for (const [signal, code] of SIGNAL_EXIT_CODES) {
    target.once(signal, () => {
      removeTemporaryFilesSync();
      target.exit(code);
    });
  }
}
