/** A generated WorkbookModel written as an .xlsx with ExcelJS (for `--out` and CLI runs). */
import ExcelJS from 'exceljs';
import type { WorkbookModel } from '../../src/core/model/workbook';
import { isCellError } from '../../src/core/model/workbook';

function toExcelJs(model: WorkbookModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of model.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        const v = isCellError(cell.v) ? { error: cell.v.error } : cell.v;
        target.value = (cell.f ? { formula: cell.f, result: v } : v) as ExcelJS.CellValue;
        if (cell.fmt) target.numFmt = cell.fmt;
        if (cell.bold) target.font = { bold: true };
        if (cell.indent) target.alignment = { indent: cell.indent };
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

export async function xlsxBytes(model: WorkbookModel): Promise<Buffer> {
  return Buffer.from(await toExcelJs(model).xlsx.writeBuffer());
}
