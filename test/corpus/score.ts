/**
 * Scores check reports against truth files by the rules of docs/report-format.md ("Scoring against
 * a truth file") — per workbook with test/support/score.ts, the same scorer the fixture tests use —
 * and sums them up per family: recall over the error cells, false alarms on the error-free twins,
 * rounding alarms, and the checked share of numeric cells when the report gives `coverage`.
 */
import type { Report } from '../../src/core/report';
import { score, type Score, type Truth } from '../support/score';
import type { Variant } from './metamorphic';

export { score, type Score, type Truth };

export interface Coverage {
  numericCells: number;
  checkedCells: number;
}

/** The workbook-level coverage of a report, when the report carries one (issue 8 point 7). */
export function coverageOf(report: Report): Coverage | null {
  const c = (report as Report & { coverage?: Partial<Coverage> }).coverage;
  return c && typeof c.numericCells === 'number' && typeof c.checkedCells === 'number' ? { numericCells: c.numericCells, checkedCells: c.checkedCells } : null;
}

export interface Scored {
  family: string;
  twin: boolean;
  file: string;
  score: Score;
  coverage: Coverage | null;
}

export interface FamilySummary {
  family: string;
  workbooks: number;
  errors: number;
  found: number;
  recall: number;
  /** Error/warning findings on cells not listed as error or may, on the workbooks with errors. */
  falseAlarmsWithErrors: number;
  /** Error/warning findings per error-free twin. */
  twinAlarmsMax: number;
  twinAlarmsMean: number;
  roundingAlarms: number;
  /** Checked / numeric cells over the family, null when no report has coverage. */
  coverage: number | null;
}

export function summarize(family: string, scored: Scored[]): FamilySummary {
  const mine = scored.filter((s) => s.family === family);
  const twins = mine.filter((s) => s.twin);
  const withErrors = mine.filter((s) => !s.twin);
  const errors = mine.reduce((n, s) => n + s.score.errors, 0);
  const found = mine.reduce((n, s) => n + s.score.found, 0);
  const twinAlarms = twins.map((s) => s.score.falseAlarms.length);
  const covered = mine.map((s) => s.coverage).filter((c): c is Coverage => c !== null);
  const numeric = covered.reduce((n, c) => n + c.numericCells, 0);
  return {
    family,
    workbooks: mine.length,
    errors,
    found,
    recall: errors === 0 ? 1 : found / errors,
    falseAlarmsWithErrors: withErrors.reduce((n, s) => n + s.score.falseAlarms.length, 0),
    twinAlarmsMax: Math.max(0, ...twinAlarms),
    twinAlarmsMean: twinAlarms.length ? twinAlarms.reduce((a, b) => a + b, 0) / twinAlarms.length : 0,
    roundingAlarms: mine.reduce((n, s) => n + s.score.roundingAlarms.length, 0),
    coverage: covered.length ? (numeric === 0 ? 1 : covered.reduce((n, c) => n + c.checkedCells, 0) / numeric) : null,
  };
}

/** The report with every finding's cell mapped back to the original workbook (for a metamorphic variant). */
export function mappedBack(report: Report, back: Variant['back']): Report {
  return { ...report, findings: report.findings.map((f) => ({ ...f, cell: back(f.sheet, f.cell) })) };
}
