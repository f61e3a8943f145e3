/**
 * The task pane's checker: the workbook goes to the check worker sheet by sheet, the worker's
 * session runs the real core checkWorkbook, progress is reported, and cancelling terminates the
 * worker. The fake worker below passes every message through structuredClone on a later task, as a
 * real Worker does, and runs the same session code dist/check-worker.js runs.
 */
import { checkWorkbook } from '../../src/core/periksa';
import { CheckCancelled, inlineChecker, workerChecker, type WorkerLike } from '../../src/taskpane/check/checker';
import { createCheckSession } from '../../src/taskpane/check/checkSession';
import type { CheckReply, CheckRequest } from '../../src/taskpane/check/protocol';
import { loadFixture } from '../support/fixtures';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: CheckRequest['kind'][] = [];
  terminated = false;
  private readonly session = createCheckSession((reply) =>
    setTimeout(() => !this.terminated && this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<CheckReply>), 0),
  );

  postMessage(message: CheckRequest): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    const copy = structuredClone(message);
    this.received.push(copy.kind);
    setTimeout(() => !this.terminated && this.session(copy), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('checking in the worker', () => {
  it('gives exactly the core result, sending one sheet per message, and ends the worker', async () => {
    const model = await loadFixture('tanjungpinang-2024');
    const workers: FakeWorker[] = [];
    const progress: string[] = [];
    const check = workerChecker(() => {
      workers.push(new FakeWorker());
      return workers[workers.length - 1];
    });
    const result = await check(model, { scale: 'PERMENDAGRI86' }, { onProgress: (t) => progress.push(t) });
    expect(result).toEqual(checkWorkbook(model, { scale: 'PERMENDAGRI86' }));
    expect(result.report.findings.length).toBeGreaterThan(0);
    expect(workers).toHaveLength(1);
    expect(workers[0].received).toEqual(['start', ...model.sheets.map(() => 'sheet')]);
    expect(workers[0].terminated).toBe(true);
    expect(progress[0]).toBe(`Memeriksa tabel… (0 dari ${model.sheets.length} lembar terkirim)`);
    expect(progress[progress.length - 1]).toBe('Memeriksa tabel…');
  });

  it('stops on cancel: the promise rejects with CheckCancelled and the worker is terminated', async () => {
    const model = await loadFixture('tanjungpinang-2024');
    const worker = new FakeWorker();
    const controller = new AbortController();
    const running = workerChecker(() => worker)(model, {}, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(CheckCancelled);
    expect(worker.terminated).toBe(true);
    expect(worker.received.length).toBeLessThan(model.sheets.length + 1);
  });

  it('passes on a failure inside the worker as an error', async () => {
    const worker = new FakeWorker();
    const running = workerChecker(() => worker)({ sheets: [] }, {});
    worker.onerror?.({ message: 'Uncaught RangeError: memori habis' } as ErrorEvent);
    await expect(running).rejects.toThrow('Uncaught RangeError: memori habis');
    expect(worker.terminated).toBe(true);
  });
});

describe('checking on the page (no Worker)', () => {
  it('gives the core result, and stops when cancelled before it starts', async () => {
    const model = await loadFixture('tarakan-2024');
    expect(await inlineChecker(model, {})).toEqual(checkWorkbook(model, {}));
    const controller = new AbortController();
    const running = inlineChecker(model, {}, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(CheckCancelled);
  });
});
