/**
 * Reads a live workbook into the core's WorkbookModel with a fixed number of round trips:
 * (1) the sheet list, (2) every sheet's used-range address and protection, (3) every sheet's data,
 * in chunks of at most `maxCellsPerRequest` cells, all queued before one sync. On Excel on the web
 * each sync is a network round trip, so the count must not grow with the workbook (the one
 * exception: a workbook too large for one response, see loadData).
 */
import type { Area, Cell, CellValue, SheetModel, WorkbookModel } from '../core/model/workbook';
import { formatNumber } from '../core/numbers/format';
import { HostError } from '../host/types';
import type { ReadScope } from '../host/types';
import { parseArea, parseAreas } from './addresses';
import { isFormula } from './runs';
import type { Capabilities } from './runtime';

export interface ReadLimits {
  /** Cells per range request (each chunk of rows is one request). */
  maxCellsPerRequest: number;
  /** Cells per read in total; beyond it the user is asked to check one sheet or a selection. */
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCellsPerRequest: 20_000, maxCells: 4_000_000 };

/** A sheet and the area of it to read (0-based, inclusive); null area = the sheet is empty. */
interface Target {
  sheet: Excel.Worksheet;
  name: string;
  area: Area | null;
  protection: Excel.WorksheetProtection;
}

interface Chunk {
  top: number;
  rows: number;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
}

interface Pending {
  target: Target;
  chunks: Chunk[];
  merges: Excel.RangeAreas | null;
}

/** From A1 to the used range's bottom-right corner: the model's coordinates are absolute. */
function usedArea(used: Excel.Range): Area | null {
  if (used.isNullObject) return null;
  const a = parseArea(used.address);
  return a ? { top: 0, left: 0, bottom: a.bottom, right: a.right } : null;
}

async function workbookTargets(context: Excel.RequestContext): Promise<Target[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const pending = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    sheet.protection.load('protected');
    return { sheet, name: sheet.name, used, protection: sheet.protection };
  });
  await context.sync();
  return pending.map((p) => ({ sheet: p.sheet, name: p.name, area: usedArea(p.used), protection: p.protection }));
}

async function sheetTarget(context: Excel.RequestContext, name: string | undefined): Promise<Target[]> {
  const sheet = name ? context.workbook.worksheets.getItemOrNullObject(name) : context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  sheet.protection.load('protected');
  await context.sync();
  if (sheet.isNullObject) throw new HostError(`Lembar "${name}" tidak ditemukan di buku kerja.`, 'not-found');
  return [{ sheet, name: sheet.name, area: usedArea(used), protection: sheet.protection }];
}

async function selectionTarget(context: Excel.RequestContext): Promise<Target[]> {
  const range = context.workbook.getSelectedRange();
  range.load('address');
  const sheet = range.worksheet;
  sheet.load('name');
  sheet.protection.load('protected');
  await context.sync();
  return [{ sheet, name: sheet.name, area: parseArea(range.address), protection: sheet.protection }];
}

function targetsOf(context: Excel.RequestContext, scope: ReadScope): Promise<Target[]> {
  if (scope.kind === 'sheet') return sheetTarget(context, scope.sheet);
  if (scope.kind === 'selection') return selectionTarget(context);
  return workbookTargets(context);
}

function cellCount(a: Area | null): number {
  return a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0;
}

/** Rows per range request so that no request exceeds `maxCellsPerRequest` cells. */
function chunkRows(target: Target, limits: ReadLimits): { top: number; rows: number }[] {
  const a = target.area;
  if (!a) return [];
  const rowsPerChunk = Math.max(1, Math.floor(limits.maxCellsPerRequest / (a.right - a.left + 1)));
  const out: { top: number; rows: number }[] = [];
  for (let top = a.top; top <= a.bottom; top += rowsPerChunk) out.push({ top, rows: Math.min(rowsPerChunk, a.bottom - top + 1) });
  return out;
}

function queueChunk(target: Target, { top, rows }: { top: number; rows: number }, caps: Capabilities): Chunk {
  const a = target.area as Area;
  const range = target.sheet.getRangeByIndexes(top, a.left, rows, a.right - a.left + 1);
  range.load('values,formulas,numberFormat,valueTypes');
  return {
    top,
    rows,
    range,
    props: caps.cellProperties ? range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } }) : null,
    rowProps: caps.cellProperties ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : null,
  };
}

function queueMerges(target: Target, caps: Capabilities): Excel.RangeAreas | null {
  const a = target.area;
  if (!a || !caps.mergedAreas) return null;
  const merges = target.sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).getMergedAreasOrNullObject();
  merges.load('address');
  return merges;
}

function payloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/**
 * Loads every sheet's data in one sync. Excel on the web caps one response (about 5 MB, some
 * 50.000 cells with their formats); when a very large workbook exceeds it, the data is loaded
 * again one chunk per sync instead — slower, but the read still succeeds.
 */
async function loadData(context: Excel.RequestContext, targets: Target[], caps: Capabilities, limits: ReadLimits): Promise<Pending[]> {
  const all = targets.map((target) => ({
    target,
    chunks: chunkRows(target, limits).map((c) => queueChunk(target, c, caps)),
    merges: queueMerges(target, caps),
  }));
  try {
    await context.sync();
    return all;
  } catch (error) {
    if (!payloadTooLarge(error)) throw error;
  }
  const pending: Pending[] = [];
  for (const target of targets) {
    const merges = queueMerges(target, caps);
    const chunks: Chunk[] = [];
    for (const c of chunkRows(target, limits)) {
      chunks.push(queueChunk(target, c, caps));
      await context.sync();
    }
    if (chunks.length === 0) await context.sync();
    pending.push({ target, chunks, merges });
  }
  return pending;
}

/** True for a date/time number format (d, m, y, h, s outside quotes, escapes, `_x`/`*x` and [brackets]). */
function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General') return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/[\\_*]./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** A date cell as the ExcelJS reader gives it (ISO date), so both adapters produce the same model. */
function isoDate(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}

function valueOf(value: unknown, type: Excel.RangeValueType | string, format: unknown): CellValue {
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'number' && isDateFormat(format)) return isoDate(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function buildSheet(p: Pending): SheetModel {
  const a = p.target.area;
  const cells: (Cell | undefined)[][] = [];
  const hidden: number[] = [];
  for (const chunk of p.chunks) {
    const { values, formulas, numberFormat, valueTypes } = chunk.range;
    const props = chunk.props?.value;
    for (let i = 0; i < chunk.rows; i++) {
      const row: (Cell | undefined)[] = [];
      for (let j = 0; j < values[i].length; j++) {
        const fmt = numberFormat[i][j];
        const v = valueOf(values[i][j], valueTypes[i][j], fmt);
        const formula = formulas[i][j];
        const cell: Cell = { v };
        if (isFormula(formula, values[i][j])) cell.f = formula.slice(1);
        if (typeof fmt === 'string' && fmt !== 'General') cell.fmt = fmt;
        const format = props?.[i]?.[j]?.format;
        if (format?.font?.bold) cell.bold = true;
        if (format?.indentLevel) cell.indent = format.indentLevel;
        if (v === null && cell.f === undefined && !cell.fmt) continue;
        row[(a as Area).left + j] = cell;
      }
      if (row.length > 0) cells[chunk.top + i] = row;
    }
    chunk.rowProps?.value.forEach((r, i) => {
      if (r.rowHidden) hidden.push(r.rowIndex ?? chunk.top + i);
    });
  }
  const merges = p.merges && !p.merges.isNullObject ? parseAreas(p.merges.address) : [];
  const sheet: SheetModel = {
    name: p.target.name,
    cells,
    rowCount: a ? a.bottom + 1 : 0,
    colCount: a ? a.right + 1 : 0,
    merges,
  };
  if (hidden.length) sheet.hiddenRows = hidden;
  if (p.target.protection.protected) sheet.protected = true;
  return sheet;
}

/** Reads the scope into a WorkbookModel inside one Excel.run batch. */
export async function readModel(
  context: Excel.RequestContext,
  scope: ReadScope,
  caps: Capabilities,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<WorkbookModel> {
  context.workbook.load('name');
  const targets = await targetsOf(context, scope);
  const total = targets.reduce((n, t) => n + cellCount(t.area), 0);
  if (total > limits.maxCells) {
    throw new HostError(
      `Area yang dibaca terlalu besar (${formatNumber(total)} sel; batas ${formatNumber(limits.maxCells)} sel). ` +
        'Pilih satu lembar atau blok sel tabel, lalu periksa bagian itu.',
      'too-large',
    );
  }
  const pending = await loadData(context, targets, caps, limits);
  return { name: context.workbook.name || undefined, sheets: pending.map(buildSheet) };
}
