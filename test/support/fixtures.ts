/** The bundled fixture workbooks (real reports, public data) and their truth files. */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookModel } from '../../src/core/model/workbook';
import { workbookFromExcelJs } from '../../src/xlsx/read';
import type { Truth } from './score';

export const FIXTURES = ['pontianak-2024', 'tarakan-2024', 'tanjungpinang-2024'] as const;
export type FixtureName = (typeof FIXTURES)[number];

const dir = join(__dirname, '..', 'fixtures');

export async function loadFixture(name: FixtureName): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, `${name}.xlsx`));
  return workbookFromExcelJs(wb, `${name}.xlsx`);
}

export function loadTruth(name: FixtureName): Truth {
  return JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as Truth;
}
