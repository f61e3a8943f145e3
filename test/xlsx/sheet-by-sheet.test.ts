/** Reading sheet by sheet (the check without a marked copy) gives the model a whole-workbook read gives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkbook, loadWorkbookModel } from '../../src/xlsx/load';

const FIXTURES = ['tanjungpinang-2024.xlsx', 'pontianak-2024.xlsx', 'tarakan-2024.xlsx'];

it.each(FIXTURES)('%s: the same model either way', async (file) => {
  const bytes = readFileSync(join(__dirname, '..', 'fixtures', file));
  const whole = (await loadWorkbook(bytes, file)).model;
  const bySheet = await loadWorkbookModel(bytes, file);
  expect(bySheet.sheets.map((s) => s.name)).toEqual(whole.sheets.map((s) => s.name));
  expect(bySheet).toEqual(whole);
});
