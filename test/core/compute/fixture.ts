/** Loads a fixture workbook into the core's model (ExcelJS, as the CLI does). */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { SheetModel, WorkbookModel } from '../../../src/core/model/workbook';
import { workbookFromExcelJs } from '../../../src/xlsx/read';

export async function loadFixture(name: string): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, '..', '..', 'fixtures', name));
  return workbookFromExcelJs(wb, name);
}

export function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
