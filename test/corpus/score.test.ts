/**
 * The corpus scorer: per-workbook scores by the rules of report-format.md, summed per family, and
 * reports of metamorphic variants mapped back to the original cells.
 */
import type { Finding, Report } from '../../src/core/report';
import { mappedBack, score, summarize, type Scored } from './score';

const finding = (cell: string, check: Finding['check'], severity: Finding['severity'] = 'error'): Finding => ({ sheet: 'S', cell, check, severity, message: 'Angka 1' });
const report = (findings: Finding[], extra: object = {}): Report => ({ file: 'x.xlsx', year: 2024, tables: [], findings, ...extra });

const truth = {
  file: 'x.xlsx',
  items: [
    { sheet: 'S', cell: 'E7', check: 'capaian', severity: 'error' as const, accept: ['capaian', 'ratio'] },
    { sheet: 'S', cell: 'D9', check: 'sum', severity: 'error' as const, accept: ['sum'] },
    { sheet: 'S', cell: 'D10', check: 'sum', severity: 'may' as const },
    { sheet: 'S', cell: 'F7', check: 'ratio', severity: 'rounding' as const },
  ],
};

it('counts an error cell as found only with an accepted check at error or warning', () => {
  const s = score(report([finding('E7', 'ratio', 'warning'), finding('D9', 'difference'), finding('D10', 'sum'), finding('F7', 'ratio', 'info')]), truth);
  expect({ found: s.found, errors: s.errors, missed: s.missed.map((m) => m.cell), alarms: s.falseAlarms.length }).toEqual({ found: 1, errors: 2, missed: ['D9'], alarms: 0 });
});

it('counts loud findings on unlisted and rounding cells as false alarms', () => {
  const s = score(report([finding('F7', 'ratio', 'warning'), finding('A1', 'year'), finding('B2', 'format', 'info')]), truth);
  expect({ alarms: s.falseAlarms.map((f) => f.cell), rounding: s.roundingAlarms.map((f) => f.cell) }).toEqual({ alarms: ['F7', 'A1'], rounding: ['F7'] });
});

it('sums a family: recall over all error cells, twin alarms max and mean, coverage when reported', () => {
  const twinTruth = { file: 't.xlsx', items: [truth.items[3]] };
  const scored: Scored[] = [
    { family: 'f', twin: false, file: 'x.xlsx', score: score(report([finding('E7', 'capaian')]), truth), coverage: { numericCells: 10, checkedCells: 8 } },
    { family: 'f', twin: true, file: 't1.xlsx', score: score(report([finding('A1', 'sum'), finding('A2', 'sum'), finding('F7', 'ratio')]), twinTruth), coverage: { numericCells: 10, checkedCells: 10 } },
    { family: 'f', twin: true, file: 't2.xlsx', score: score(report([]), twinTruth), coverage: null },
    { family: 'g', twin: true, file: 'g.xlsx', score: score(report([finding('A1', 'sum')]), twinTruth), coverage: null },
  ];
  expect(summarize('f', scored)).toEqual({
    family: 'f',
    workbooks: 3,
    errors: 2,
    found: 1,
    recall: 0.5,
    falseAlarmsWithErrors: 0,
    twinAlarmsMax: 3,
    twinAlarmsMean: 1.5,
    roundingAlarms: 1,
    coverage: 0.9,
  });
});

it('maps the cells of a variant report back to the original', () => {
  const moved = mappedBack(report([finding('G10', 'sum')]), (_sheet, cell) => (cell === 'G10' ? 'E7' : cell));
  expect(moved.findings.map((f) => f.cell)).toEqual(['E7']);
});
