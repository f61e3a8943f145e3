/**
 * The fuzz harness's fixed-seed sample (seed from test/support/fast-check-seed.ts). The long run
 * is `npx tsx test/fuzz/long-run.ts 10000`.
 */
import fc from 'fast-check';
import { fuzzRun } from './harness';
import { fuzzBytes, fuzzWorkbook } from './workbooks';

it('every generated or damaged workbook ends in a report or a clear message', async () => {
  const outcomes = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(fuzzWorkbook, async (w) => {
      const outcome = await fuzzRun(await fuzzBytes(w));
      outcomes.set(outcome.kind, (outcomes.get(outcome.kind) ?? 0) + 1);
      expect(outcome).not.toMatchObject({ kind: 'crash' });
    }),
    { numRuns: 150 },
  );
  // The sample reaches both endings, so it exercises the checks and the refusals alike.
  expect(outcomes.get('report')).toBeGreaterThan(20);
  expect(outcomes.get('message')).toBeGreaterThan(20);
});
