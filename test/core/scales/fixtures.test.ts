import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { scaleFromRows } from '../../../src/core/scales/parse-interval';
import { classify } from '../../../src/core/scales/scale';
import { validateScale } from '../../../src/core/scales/validate';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** The scale table at rows [first, last] (1-based, as Excel shows them): interval text and label columns. */
async function scaleTable(file: string, sheet: string, first: number, last: number, textCol: string, labelCol: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(FIXTURES, file));
  const ws = wb.getWorksheet(sheet)!;
  const rows = [];
  for (let r = first; r <= last; r++) {
    rows.push({ lower: null, upper: null, text: String(ws.getCell(`${textCol}${r}`).value), label: String(ws.getCell(`${labelCol}${r}`).value) });
  }
  return scaleFromRows(rows, `${sheet} (${file})`);
}

/** The sheet row an issue blames (the truth files name the row's "No" cell). */
function blamedRows(issues: { kind: string; index: number }[], first: number, scale: { intervals: { row?: number }[] }) {
  return issues.map((i) => `${i.kind}@${first + scale.intervals[i.index].row!}`);
}

describe('printed scales of the fixture workbooks', () => {
  test('tarakan Tabel 3.1: gaps at 75–76, 65–66, 50–51 on rows 7, 8, 9 and nothing above 100 on row 5', async () => {
    const scale = await scaleTable('tarakan-2024.xlsx', 'Skala Predikat', 5, 9, 'B', 'C');
    const issues = validateScale(scale);
    expect(blamedRows(issues, 5, scale)).toEqual(['gap@9', 'gap@8', 'gap@7', 'above-100@5']);
    expect(issues.map((i) => [i.from, i.to])).toEqual([
      [50, 51],
      [65, 66],
      [75, 76],
      [100, undefined],
    ]);
    expect(classify(scale, 75.5)).toBeNull();
    expect(classify(scale, 104.16)).toBeNull();
    expect(classify(scale, 83.42)).toBe('Tinggi');
  });

  test('tarakan Tabel 3.3 (LaTeX-ish text, "$90 \\geq 100$" read as 90 ≤ x ≤ 100): the same findings on rows 19, 20, 21 and 17', async () => {
    const scale = await scaleTable('tarakan-2024.xlsx', 'Skala Predikat', 17, 21, 'B', 'C');
    expect(scale.intervals).toHaveLength(5);
    const issues = validateScale(scale);
    expect(blamedRows(issues, 17, scale)).toEqual(['gap@21', 'gap@20', 'gap@19', 'above-100@17']);
  });

  test('pontianak "Skala Pengukuran Ordinal" (> 85 / 70 < x̄ ≤ 85 / …) is complete and classifies like BERHASIL', async () => {
    const scale = await scaleTable('pontianak-2024.xlsx', 'Skala Penilaian', 5, 8, 'A', 'B');
    expect(scale.intervals.map((i) => i.label)).toEqual(['Sangat Berhasil', 'Berhasil', 'Cukup Berhasil', 'Tidak Berhasil']);
    expect(validateScale(scale)).toEqual([]);
    expect([20, 60, 70, 43, 57, 95, 76.53].map((v) => classify(scale, v))).toEqual([
      'Tidak Berhasil',
      'Cukup Berhasil',
      'Cukup Berhasil',
      'Tidak Berhasil',
      'Cukup Berhasil',
      'Sangat Berhasil',
      'Berhasil',
    ]);
  });

  test('tanjungpinang e-SAKIP scale: n/a is the no-target label, the rest is complete', async () => {
    const scale = await scaleTable('tanjungpinang-2024.xlsx', 'Skala Predikat', 6, 9, 'B', 'C');
    expect(scale.noTargetLabel).toBe('Tidak Ada Target');
    expect(validateScale(scale)).toEqual([]);
    expect([92.5, 100, 114.44].map((v) => classify(scale, v))).toEqual(['Tidak Tercapai', 'Tercapai', 'Melebihi Target']);
  });
});
