/** Coverage: how many numbers a confirmed relation used, per table and for the workbook. */
import { checkWorkbook } from '../../../src/core/periksa';
import { loadFixture } from '../../support/fixtures';

it('the Tanjungpinang report: each table says how much of it was checked and the workbook adds them up', async () => {
  const { report } = checkWorkbook(await loadFixture('tanjungpinang-2024'));
  const tables = report.tables.map((t) => t.coverage!);
  expect(report.coverage!.numericCells).toBe(tables.reduce((n, c) => n + c.numericCells, 0));
  expect(report.coverage!.checkedCells).toBe(tables.reduce((n, c) => n + c.checkedCells, 0));
  // The budget realisation table (pagu, realisasi, sisa, %): every number takes part in a relation.
  const budget = report.tables.find((t) => t.sheet === 'Realisasi Anggaran' && t.range === 'A5:F86')!.coverage!;
  expect(budget.checkedCells / budget.numericCells).toBeGreaterThan(0.95);
  expect(budget.unchecked).toEqual([]);
  // The PK table lists targets only: they are named as not checked, with the reason.
  const pk = report.coverage!.unchecked.filter((u) => u.sheet === 'PK 2024');
  expect(pk.length).toBeGreaterThan(0);
  expect(pk[0].reason).toMatch(/^tidak ada kolom lain di tabel ini yang dihitung dari atau menghitung kolom ini|arti kolom ini tidak dikenali/);
  expect(report.coverage!.checkedCells / report.coverage!.numericCells).toBeGreaterThan(0.85);
});
