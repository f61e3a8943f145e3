/** End to end: a plan of computed columns from a fixture table, applied to a live (fake) workbook and undone. */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { planComputedColumns, portableNames } from '../../src/core/compute';
import { columnIndex } from '../../src/core/model/address';
import type { SheetModel } from '../../src/core/model/workbook';
import type { RecognizedTable } from '../../src/core/recognition/types';
import { OfficeHost } from '../../src/office/host';
import { journal } from '../../src/office/journal';
import { sheetFromExcelJs } from '../../src/xlsx/read';
import { FakeBook } from './fake-excel';

async function fixtureSheet(name: string): Promise<SheetModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, '..', 'fixtures', 'tanjungpinang-2024.xlsx'));
  return sheetFromExcelJs(wb.getWorksheet(name) as ExcelJS.Worksheet);
}

/** The fake workbook holds the same cells as the fixture sheet. */
function bookWith(sheet: SheetModel): FakeBook {
  const book = new FakeBook();
  const fake = book.addSheet(sheet.name);
  sheet.cells.forEach((row, r) =>
    row?.forEach((c, k) => {
      if (!c) return;
      const at = `${String.fromCharCode(65 + k)}${r + 1}`;
      if (c.v !== null && typeof c.v === 'object') fake.set(at, { value: null, error: c.v.error });
      else fake.set(at, { value: c.v, formula: c.f ? `=${c.f}` : undefined, numberFormat: c.fmt, bold: c.bold });
    }),
  );
  return book;
}

const table31: RecognizedTable = {
  id: 'Kinerja Sasaran 1!A5:G5',
  sheet: 'Kinerja Sasaran 1',
  kind: 'kinerja',
  area: { top: 4, left: 0, bottom: 7, right: 6 },
  header: { top: 4, left: 0, bottom: 4, right: 6 },
  caption: ['Tabel 3.1', 'Capaian Kinerja Sasaran 1'],
  columns: [
    { col: columnIndex('D'), role: 'indikator', header: 'Indikator' },
    { col: columnIndex('E'), role: 'target', header: 'Target Thn 2024' },
    { col: columnIndex('F'), role: 'realisasi', header: 'Realisasi Thn 2023' },
    { col: columnIndex('G'), role: 'capaian', header: 'Capaian Kinerja Thn 2023' },
  ],
  rows: [5, 6, 7].map((row) => ({ row, type: 'data' as const, level: 0, parent: null, label: '' })),
};

beforeEach(() => journal.clear());

test('the Capaian/Predikat plan of table 3.1 is written as live formulas with one apply, and undone exactly', async () => {
  const sheet = await fixtureSheet('Kinerja Sasaran 1');
  const book = bookWith(sheet);
  const before = book.snapshot();
  const host = new OfficeHost(book.run, { capabilities: { cellProperties: true, mergedAreas: true, notes: 'notes' }, settings: null });
  const plan = planComputedColumns(sheet, table31);
  const applied = await host.apply(plan);
  const fake = book.sheets[0];
  expect(fake.get('H5')).toEqual({ value: 'Capaian (Cermat)', bold: true });
  expect(fake.get('H7')).toMatchObject({ formula: '=KINERJA.CAPAIAN(E7,F7,"naik")', numberFormat: '0.00' });
  expect(fake.get('I8')).toMatchObject({ formula: '=KINERJA.PREDIKAT(H8,"PERMENDAGRI86")' });
  expect(applied.cells).toBe(8);
  // Applying the same plan again would overwrite: refused.
  await expect(host.apply(planComputedColumns(sheet, table31))).rejects.toMatchObject({ code: 'not-empty' });
  await host.undo(applied.id);
  expect(book.snapshot()).toEqual(before);
});

test('next to a "Format as Table" table the columns are refused with a free start column, where the same plan then succeeds', async () => {
  const sheet = await fixtureSheet('Kinerja Sasaran 1');
  const book = bookWith(sheet);
  book.tables.push({ name: 'Tabel31', sheet: sheet.name, area: { top: 4, left: 0, bottom: 7, right: 6 } });
  const before = book.snapshot();
  const host = new OfficeHost(book.run, { capabilities: { cellProperties: true, mergedAreas: true, notes: 'notes' }, settings: null });
  const error = await host.apply(planComputedColumns(sheet, table31)).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'failed', startColumn: columnIndex('I') });
  expect((error as Error).message).toContain('Tambahkan kolom itu mulai kolom I, satu kolom kosong dari tabel.');
  expect(book.snapshot()).toEqual(before);
  await host.apply(planComputedColumns(sheet, table31, { startColumn: (error as { startColumn: number }).startColumn }));
  const fake = book.sheets[0];
  expect(fake.get('H7')).toBeUndefined();
  expect(fake.get('I7')).toMatchObject({ formula: '=KINERJA.CAPAIAN(E7,F7,"naik")' });
  expect(fake.get('J8')).toMatchObject({ formula: '=KINERJA.PREDIKAT(I8,"PERMENDAGRI86")' });
});

test('the portable names are installed in one apply and removed by undo', async () => {
  const book = new FakeBook();
  book.addSheet('Lembar1');
  const host = new OfficeHost(book.run, { capabilities: { cellProperties: true, mergedAreas: true, notes: 'notes' }, settings: null });
  const applied = await host.apply({ label: 'Pasang rumus portabel', writes: [], names: portableNames() });
  expect([...book.names.keys()]).toEqual(['CAPAIAN', 'PREDIKAT', 'PENYERAPAN', 'SISA', 'EFISIENSI']);
  // Installing them again changes nothing that differs: allowed.
  await host.apply({ label: 'Pasang rumus portabel', writes: [], names: portableNames() });
  await host.undo();
  await host.undo(applied.id);
  expect(book.names.size).toBe(0);
});
