/**
 * The checker on the generated corpus (issue 8 point 8): for every family, recall over the injected
 * errors, error/warning findings on the error-free twins, and alarms on rounding-level cells,
 * against the thresholds of targets.ts; over the whole corpus, the issue's recall and coverage.
 * Generated in memory from fixed seeds: 7 families × 25 seeds × (workbook + twin) = 350 workbooks.
 */
import { checkWorkbook } from '../../src/core/periksa';
import { FAMILIES, generateCorpus } from './corpus';
import { coverageOf, score, summarize, type Scored } from './score';
import { ISSUE_TARGETS, SAMPLE_COUNT, SAMPLE_SEED, thresholdsFor } from './targets';

const scored: Scored[] = generateCorpus({ count: SAMPLE_COUNT, seed: SAMPLE_SEED }).map((g) => {
  const report = checkWorkbook(g.model).report;
  return { family: g.family, twin: g.twin, file: g.truth.file, score: score(report, g.truth), coverage: coverageOf(report) };
});

it('covers at least 300 workbooks from at least 6 families', () => {
  expect(new Set(scored.map((s) => s.family)).size).toBeGreaterThanOrEqual(6);
  expect(scored.length).toBeGreaterThanOrEqual(300);
});

it('finds at least 90 % of all injected errors and checks at least 90 % of the numbers', () => {
  const found = scored.reduce((n, s) => n + s.score.found, 0);
  const injected = scored.reduce((n, s) => n + s.score.found + s.score.missed.length, 0);
  const numeric = scored.reduce((n, s) => n + (s.coverage?.numericCells ?? 0), 0);
  const checked = scored.reduce((n, s) => n + (s.coverage?.checkedCells ?? 0), 0);
  expect({ recall: found / injected >= ISSUE_TARGETS.recall, coverage: checked / numeric >= 0.9 }).toEqual({ recall: true, coverage: true });
});

describe.each(FAMILIES.map((f) => f.id))('family %s', (family) => {
  const summary = summarize(family, scored);
  const limits = thresholdsFor(family);

  it(`finds at least ${(limits.recall * 100).toFixed(1)} % of the injected errors`, () => {
    expect(summary.recall).toBeGreaterThanOrEqual(limits.recall);
  });

  it(`raises at most ${limits.twinAlarmsMax} error/warning findings on any error-free twin`, () => {
    const worst = scored.filter((s) => s.family === family && s.twin).sort((a, b) => b.score.falseAlarms.length - a.score.falseAlarms.length)[0];
    const detail = worst.score.falseAlarms.slice(0, 5).map((f) => `${worst.file} ${f.cell} [${f.check}] ${f.message}`);
    expect({ max: summary.twinAlarmsMax <= limits.twinAlarmsMax, detail: summary.twinAlarmsMax <= limits.twinAlarmsMax ? [] : detail }).toEqual({ max: true, detail: [] });
  });

  it(`raises at most ${limits.roundingAlarms} error/warning findings on rounding-level cells`, () => {
    expect(summary.roundingAlarms).toBeLessThanOrEqual(limits.roundingAlarms);
  });
});
