/**
 * Workbooks written by other common tools are read, not refused as damaged: each input holds the
 * same table (test/xlsx/inputs/README.md), and the check finds the one wrong Sisa in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/periksa';
import { loadWorkbookModel, WorkbookLoadError } from '../../src/xlsx/load';

const INPUTS = join(__dirname, 'inputs');

const PRODUCERS = [
  'openpyxl.xlsx',
  'openpyxl-image.xlsx',
  'openpyxl-chart.xlsx',
  'openpyxl-table.xlsx',
  'libreoffice.xlsx',
  'libreoffice-table.xlsx',
  'google-sheets.xlsx',
  'phpspreadsheet.xlsx',
  'sheetjs.xlsx',
  'exceljs.xlsx',
];

describe.each(PRODUCERS)('%s', (file) => {
  it('is read with its values, formulas and merge, and its wrong Sisa is found', async () => {
    const model = await loadWorkbookModel(readFileSync(join(INPUTS, file)), file);
    const sheet = model.sheets.find((s) => s.name === 'Realisasi')!;
    expect(sheet.cells[0][0]!.v).toBe('Tabel 3.1 Realisasi Anggaran Tahun 2024');
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    expect(sheet.cells[2][2]!.v).toBe(1500000000);
    expect(sheet.cells[2][4]!.f).toBe('C3-D3');
    const { findings } = checkWorkbook(model).report;
    expect(findings).toContainEqual(expect.objectContaining({ sheet: 'Realisasi', cell: 'E4', check: 'difference', severity: 'error', expected: 40000000, actual: 50000000 }));
  });
});

it('names an OpenDocument spreadsheet (.ods) as such', async () => {
  const error = await loadWorkbookModel(readFileSync(join(INPUTS, 'libreoffice.ods')), 'laporan.ods').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookLoadError);
  expect((error as WorkbookLoadError).code).toBe('ods');
  expect((error as WorkbookLoadError).message).toContain('OpenDocument Spreadsheet (.ods');
});
