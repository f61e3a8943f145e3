/** Formulas the sheet prints in its numbering row are checked on every row, also for columns no header word explains. */
import { sheet, workbook, type CellSpec } from '../../support/grid-builder';
import { brief, findingsOf, loud } from './run';
import { checkWorkbook } from '../../../src/core/periksa';

function form(rows: CellSpec[][]) {
  return workbook([
    sheet('Evaluasi', [
      ['No', 'Uraian', 'Rencana', 'Realisasi', 'Deviasi', 'Progres'],
      [1, 2, 3, 4, '5 = 3 - 4', '6 = 4/3x100'],
      ...rows,
    ]),
  ]);
}
const ROWS: CellSpec[][] = [
  [1, 'Penyediaan Permakanan', 1000, 800, 200, 80],
  [2, 'Penyediaan Sandang', 500, 450, 50, 90],
  [3, 'Penyediaan Alat Bantu', 400, 100, 300, 25],
];

it('checks the difference and the ratio the numbering row states', () => {
  expect(loud(checkWorkbook(form(ROWS)).report.findings)).toEqual([]);
  const wrong = form([ROWS[0], [2, 'Penyediaan Sandang', 500, 450, 60, 90], [3, 'Penyediaan Alat Bantu', 400, 100, 300, 52]]);
  expect(brief(loud(checkWorkbook(wrong).report.findings))).toEqual(['Evaluasi!E4 difference error', 'Evaluasi!F5 ratio error']);
  const [f] = findingsOf(wrong, 'ratio');
  expect(f).toMatchObject({ expected: 25, actual: 52, related: ['D5', 'C5'] });
  expect(f.message).toContain('rumus kolom "6 = 4/3x100"');
});

it('a stated formula that most rows break means the numbering was misread: one note, no row errors', () => {
  // Column 6 holds realisasi ÷ 10 on every row, not the stated ratio.
  const rows = [...ROWS, [4, 'Layanan Rehabilitasi', 300, 200, 100, 67], [5, 'Bimbingan Teknis', 600, 300, 300, 50]].map((r) => [...r.slice(0, 5), Number(r[3]) / 10]);
  const report = checkWorkbook(form(rows)).report;
  expect(report.findings.filter((f) => f.check === 'ratio' && f.severity !== 'info')).toEqual([]);
  expect(report.findings.find((f) => f.check === 'ratio' && f.cell === 'F1')?.message).toMatch(/^Kolom F "Progres" tidak mengikuti rumus .*6 = 4\/3x100.* pada 4 dari 5 baris/);
});
