/**
 * How the task pane checks a workbook it has read: in a Web Worker (dist/check-worker.js) where the
 * page can start one, else (tests in jsdom) on the page after letting it paint. Either way with
 * progress and cancel: cancelling terminates the worker, and the pane keeps what it showed before.
 */
import type { WorkbookModel } from '../../core/model/workbook';
import type { CheckOptions } from '../../core/options';
import { checkWorkbook, type CheckResult } from '../../core/periksa';
import { formatNumber } from '../../core/numbers/format';
import type { RecognizedTable } from '../../core/recognition/types';
import type { CheckReply, CheckRequest } from './protocol';

/** The check worker's script, next to taskpane.html (webpack entry "check-worker"). */
export const CHECK_WORKER_URL = 'check-worker.js';

export interface CheckRun {
  signal?: AbortSignal;
  /** What is happening, in Indonesian, for the progress line. */
  onProgress?(text: string): void;
}

export type Checker = (model: WorkbookModel, options: CheckOptions, run?: CheckRun) => Promise<CheckResult>;

/** The user stopped the check. */
export class CheckCancelled extends Error {
  constructor() {
    super('Pemeriksaan dihentikan.');
    this.name = 'CheckCancelled';
  }
}

/** The parts of a Worker the checker uses. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: CheckRequest): void;
  terminate(): void;
}

/** Lets the page paint (and handle a click on "Hentikan") between two steps. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function sheetsProgress(done: number, total: number): string {
  return `Memeriksa tabel… (${formatNumber(done)} dari ${formatNumber(total)} lembar terkirim)`;
}

/** Checks in a fresh worker per run; the worker ends with the run. */
export function workerChecker(createWorker: () => WorkerLike): Checker {
  return (model, options, run = {}) =>
    new Promise<CheckResult>((resolve, reject) => {
      if (run.signal?.aborted) {
        reject(new CheckCancelled());
        return;
      }
      const worker = createWorker();
      let settled = false;
      const finish = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        worker.terminate();
        run.signal?.removeEventListener('abort', cancel);
        outcome();
      };
      const cancel = (): void => finish(() => reject(new CheckCancelled()));
      run.signal?.addEventListener('abort', cancel);
      const total = model.sheets.length;
      const tables: RecognizedTable[] = [];
      worker.onmessage = ({ data }) => {
        if (data.kind === 'received') run.onProgress?.(data.sheets < total ? sheetsProgress(data.sheets, total) : 'Memeriksa tabel…');
        else if (data.kind === 'table') tables.push(data.table);
        else if (data.kind === 'done') finish(() => resolve({ report: data.report, recognition: { year: data.year, tables } }));
        else finish(() => reject(new Error(data.message)));
      };
      worker.onerror = (event) => finish(() => reject(new Error(event.message || 'Pemeriksa di latar belakang berhenti.')));
      void (async () => {
        worker.postMessage({ kind: 'start', name: model.name, options, sheets: total });
        run.onProgress?.(sheetsProgress(0, total));
        for (const sheet of model.sheets) {
          await nextTask();
          if (settled) return;
          worker.postMessage({ kind: 'sheet', sheet });
        }
      })();
    });
}

/** Checks on the page itself, after one paint; cancelling works until the check starts. */
export const inlineChecker: Checker = async (model, options, run = {}) => {
  run.onProgress?.('Memeriksa tabel…');
  await nextTask();
  if (run.signal?.aborted) throw new CheckCancelled();
  return checkWorkbook(model, options);
};

/** The worker where the page can start one, else on the page. */
export function defaultChecker(): Checker {
  if (typeof Worker === 'undefined') return inlineChecker;
  return workerChecker(() => new Worker(CHECK_WORKER_URL) as unknown as WorkerLike);
}
