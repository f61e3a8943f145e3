/** The confirmation gate: a relation most rows break is a misreading, reported once for the column, not per row. */
import { checkWorkbook } from '../../../src/core/periksa';
import { MAX_BROKEN_SHARE, MIN_ROWS_TO_VOTE, numbersConfirm } from '../../../src/core/checks/confirm';
import { oneSheet, type CellSpec } from '../../support/grid-builder';
import { brief, loud } from './run';

const HEADER = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Realisasi (%)'];
const BUDGET: [number, number][] = [
  [36592500, 36274000],
  [244970000, 219899635],
  [13261200, 13000000],
  [86738800, 70000000],
  [150000000, 130000000],
  [50000000, 45000000],
];
const names = ['Rehabilitasi Sosial', 'Perlindungan Sosial', 'Pemberdayaan Sosial', 'Penanganan Fakir Miskin', 'Penanganan Bencana', 'Pengelolaan Taman Makam'];
const table = (pct: (p: number, r: number, i: number) => number): CellSpec[][] => [HEADER, ...BUDGET.map(([p, r], i) => [i + 1, `Program ${names[i]}`, p, r, pct(p, r, i)])];
const absorption = (p: number, r: number) => Math.round((r / p) * 10000) / 100;

describe('confirmation gate', () => {
  it('numbersConfirm: fewer than MIN_ROWS_TO_VOTE rows trust the header; otherwise at most half may break', () => {
    expect(MIN_ROWS_TO_VOTE).toBe(5);
    expect(MAX_BROKEN_SHARE).toBe(0.5);
    expect(numbersConfirm(4, 4)).toBe(true);
    expect(numbersConfirm(6, 3)).toBe(true);
    expect(numbersConfirm(6, 4)).toBe(false);
  });

  it('valid: a correct absorption column gives no finding', () => {
    expect(loud(checkWorkbook(oneSheet(table(absorption))).report.findings)).toEqual([]);
  });

  it('invalid: one wrong absorption among six rows is an error on that cell', () => {
    const model = oneSheet(table((p, r, i) => (i === 2 ? 75.49 : absorption(p, r))));
    expect(brief(loud(checkWorkbook(model).report.findings))).toEqual(['Lembar1!E4 ratio error']);
  });

  it('a "%" column that is a weight breaks absorption on every row: one note, no row errors — and it is checked as the share of the total pagu it is', () => {
    const total = BUDGET.reduce((a, [p]) => a + p, 0);
    const weight = (p: number) => Math.round((p / total) * 10000) / 100;
    const { report } = checkWorkbook(oneSheet(table((p) => weight(p))));
    expect(loud(report.findings)).toEqual([]);
    const note = report.findings.find((f) => f.check === 'ratio' && f.cell === 'E1');
    expect(note).toMatchObject({ severity: 'info' });
    expect(note!.message).toMatch(/^Kolom E "Realisasi \(%\)" tidak mengikuti rumus persentase .* pada 6 dari 6 baris/);
    expect(report.tables[0].coverage!.unchecked).toEqual([]);
    // A weight that is not its pagu's share is then an error, with the total in its message.
    const wrong = checkWorkbook(oneSheet(table((p, _r, i) => (i === 1 ? 50 : weight(p))))).report;
    expect(brief(loud(wrong.findings))).toEqual(['Lembar1!E3 ratio error']);
    expect(wrong.findings.find((f) => f.cell === 'E3')!.message).toContain('÷ jumlahnya 581.562.500 × 100');
  });
});
