/**
 * ExcelJS workbook → the core's WorkbookModel. No Node imports: the CLI and the browser host both
 * use it. Cached formula results are the values; the cells a merge covers, other than its top-left
 * one, are blank (as Excel itself reports them).
 */
import type ExcelJS from 'exceljs';
import type { Area, Cell, CellValue, SheetModel, WorkbookModel } from '../core/model/workbook';

type RawValue = ExcelJS.CellValue;

function scalar(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
  }
  return null;
}

/**
 * The value, and the formula where there is one. A cell filled from a shared formula holds only
 * the master's address in its value; ExcelJS's `formula` gives its own formula, moved to the cell.
 */
function valueAndFormula(c: ExcelJS.Cell): { v: CellValue; f?: string } {
  const raw: RawValue = c.value;
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    const o = raw as unknown as Record<string, unknown>;
    const formula = typeof o.sharedFormula === 'string' ? c.formula : o.formula;
    // `c.result`, not the value's copy: ExcelJS's value drops a result of 0 or FALSE (a budget spent to the last rupiah has sisa 0).
    if (typeof formula === 'string') return { v: c.result === '' ? null : scalar(c.result), f: formula };
  }
  return { v: scalar(raw) };
}

function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model: Area }> })._merges ?? {};
  return Object.values(internal).map(({ model }) => ({
    top: model.top - 1,
    left: model.left - 1,
    bottom: model.bottom - 1,
    right: model.right - 1,
  }));
}

export function sheetFromExcelJs(ws: ExcelJS.Worksheet): SheetModel {
  const cells: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const out: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      if (c.isMerged && c.master !== c) return;
      const { v, f } = valueAndFormula(c);
      const cell: Cell = { v };
      if (f !== undefined) cell.f = f;
      if (c.numFmt && c.numFmt !== 'General') cell.fmt = c.numFmt;
      if (c.font?.bold) cell.bold = true;
      if (c.alignment?.indent) cell.indent = c.alignment.indent;
      if (v === null && f === undefined && !cell.fmt) return;
      out[colNumber - 1] = cell;
      colCount = Math.max(colCount, colNumber);
    });
    if (out.length > 0) {
      cells[r] = out;
      rowCount = Math.max(rowCount, rowNumber);
    }
  });
  const merges = mergesOf(ws);
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  const sheet: SheetModel = { name: ws.name, cells, rowCount, colCount, merges };
  if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
  if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) sheet.protected = true;
  return sheet;
}

export function workbookFromExcelJs(wb: ExcelJS.Workbook, name?: string): WorkbookModel {
  return { name, sheets: wb.worksheets.map(sheetFromExcelJs) };
}
