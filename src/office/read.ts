/**
 * Reads a live workbook into the core's WorkbookModel. Round trips: (1) the sheet list and Excel
 * tables, (2) every sheet's used-range address, visibility and protection (plus one sync for the
 * tables' ranges when there are tables, and one for the used parts of a very large used range, see
 * usedParts), (3) merged areas (merges.ts), then the data in chunks of at most `maxCellsPerRequest`
 * cells, as many chunks per sync as fit the 5 MB response limit (payload.ts). The number of syncs
 * grows with the megabytes read (one per ~3,5 MB), never with the number of sheets or cells as
 * such; a small workbook is read in 4 syncs.
 */
import type { Area, Cell, CellValue, SheetModel } from '../core/model/workbook';
import { formatNumber } from '../core/numbers/format';
import { HostError } from '../host/types';
import type { ReadResult, ReadScope } from '../host/types';
import { parseArea } from './addresses';
import { sheetOfAddress } from './list-objects';
import { readMerges } from './merges';
import { bounded, CALL_BYTES, payloadTooLarge, READ_BYTES_PER_CELL } from './payload';
import { isFormula } from './runs';
import type { Capabilities } from './runtime';

export interface ReadLimits {
  /** Cells per range request (each chunk of rows is one request). */
  maxCellsPerRequest: number;
  /** Cells per read in total; beyond it the user is asked to check one sheet or a selection. */
  maxCells: number;
}

/**
 * maxCells stays below the five million cells one range read may cover ("Resource limits and
 * performance optimization for Office Add-ins", Excel add-ins).
 */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxCellsPerRequest: 10_000, maxCells: 4_000_000 };

/** A sheet and the areas of it to read (0-based, inclusive, not overlapping); no areas = the sheet is empty. */
interface Target {
  sheet: Excel.Worksheet;
  name: string;
  areas: Area[];
  protection: Excel.WorksheetProtection;
}

/** A block of rows of one area. */
interface ChunkSpec {
  target: Target;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface Chunk extends ChunkSpec {
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
}

/** The used range of values (the model's coordinates stay absolute: reading starts where the values do). */
function usedAreas(used: Excel.Range): Area[] {
  if (used.isNullObject) return [];
  const a = parseArea(used.address);
  return a ? [a] : [];
}

/**
 * The visible sheets. A hidden or very hidden sheet ("Worksheet.visibility") is not checked: its
 * findings could not be selected nor reached through the report's links; `hidden` names them.
 */
async function workbookTargets(context: Excel.RequestContext, hidden: Excel.Worksheet[]): Promise<Target[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  hidden.push(...sheets.items.filter((s) => s.visibility !== 'Visible'));
  const pending = sheets.items.filter((s) => s.visibility === 'Visible').map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address');
    sheet.protection.load('protected');
    return { sheet, name: sheet.name, used, protection: sheet.protection };
  });
  await context.sync();
  return pending.map((p) => ({ sheet: p.sheet, name: p.name, areas: usedAreas(p.used), protection: p.protection }));
}

async function sheetTarget(context: Excel.RequestContext, name: string | undefined): Promise<Target[]> {
  const sheet = name ? context.workbook.worksheets.getItemOrNullObject(name) : context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('address');
  sheet.protection.load('protected');
  await context.sync();
  if (sheet.isNullObject) throw new HostError(`Lembar "${name}" tidak ditemukan di buku kerja.`, 'not-found');
  return [{ sheet, name: sheet.name, areas: usedAreas(used), protection: sheet.protection }];
}

/** The values inside the selection: selecting whole columns ("A:J") reads only their used part. */
async function selectionTarget(context: Excel.RequestContext): Promise<Target[]> {
  const range = context.workbook.getSelectedRange();
  const used = range.getUsedRangeOrNullObject(true);
  used.load('address');
  const sheet = range.worksheet;
  sheet.load('name');
  sheet.protection.load('protected');
  await context.sync();
  return [{ sheet, name: sheet.name, areas: usedAreas(used), protection: sheet.protection }];
}

function targetsOf(context: Excel.RequestContext, scope: ReadScope, hidden: Excel.Worksheet[]): Promise<Target[]> {
  if (scope.kind === 'sheet') return sheetTarget(context, scope.sheet);
  if (scope.kind === 'selection') return selectionTarget(context);
  return workbookTargets(context, hidden);
}

/**
 * A used range is the box from its first to its last cell with a value: one stray value at row
 * 300.000 makes it huge. A large area is therefore split into blocks whose own used ranges
 * (`Range.getUsedRangeOrNullObject(true)`) are what is read; the empty space between them is not.
 * Only when some area is larger than one block; one sync per ~3,5 MB of requests (a whole sheet is
 * some 13.000 blocks, about 4 MB).
 */
const BLOCK_ROWS = 5_000;
const BLOCK_COLS = 256;

interface Part {
  area: Area;
  /** The block's used range, for a block of a large area. */
  block?: { top: number; left: number; rows: number; cols: number; used?: Excel.Range };
}

function partsOf(a: Area): Part[] {
  if (a.bottom - a.top + 1 <= BLOCK_ROWS && a.right - a.left + 1 <= BLOCK_COLS) return [{ area: a }];
  const parts: Part[] = [];
  for (let top = a.top; top <= a.bottom; top += BLOCK_ROWS) {
    for (let left = a.left; left <= a.right; left += BLOCK_COLS) {
      parts.push({ area: a, block: { top, left, rows: Math.min(BLOCK_ROWS, a.bottom - top + 1), cols: Math.min(BLOCK_COLS, a.right - left + 1) } });
    }
  }
  return parts;
}

async function usedParts(context: Excel.RequestContext, targets: Target[]): Promise<void> {
  const parts = targets.map((t) => t.areas.flatMap(partsOf));
  const blocks = targets.flatMap((t, i) => parts[i].flatMap((p) => (p.block ? [{ sheet: t.sheet, block: p.block }] : [])));
  for (const group of bounded(blocks, () => 3 * CALL_BYTES)) {
    for (const { sheet, block } of group) {
      block.used = sheet.getRangeByIndexes(block.top, block.left, block.rows, block.cols).getUsedRangeOrNullObject(true);
      block.used.load('address');
    }
    await context.sync();
  }
  targets.forEach((t, i) => {
    t.areas = parts[i].flatMap(({ area, block }) => {
      if (!block?.used) return [area];
      if (block.used.isNullObject) return [];
      const part = parseArea(block.used.address);
      return part ? [part] : [];
    });
  });
}

function cellCount(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** Blocks of rows so that no range request exceeds `maxCellsPerRequest` cells. */
function chunkSpecs(target: Target, limits: ReadLimits): ChunkSpec[] {
  const out: ChunkSpec[] = [];
  for (const a of target.areas) {
    const cols = a.right - a.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(limits.maxCellsPerRequest / cols));
    for (let top = a.top; top <= a.bottom; top += rowsPerChunk) {
      out.push({ target, top, left: a.left, rows: Math.min(rowsPerChunk, a.bottom - top + 1), cols });
    }
  }
  return out;
}

function queueChunk(spec: ChunkSpec, caps: Capabilities): Chunk {
  const range = spec.target.sheet.getRangeByIndexes(spec.top, spec.left, spec.rows, spec.cols);
  range.load('values,formulas,numberFormat,valueTypes');
  return {
    ...spec,
    range,
    props: caps.cellProperties ? range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } }) : null,
    rowProps: caps.cellProperties ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : null,
  };
}

/**
 * Loads the chunks in one sync; when Excel still finds the response too large (long texts beat the
 * estimate), the group is halved and loaded again, down to single rows.
 */
async function loadGroup(context: Excel.RequestContext, specs: ChunkSpec[], caps: Capabilities): Promise<Chunk[]> {
  const queued = specs.map((s) => queueChunk(s, caps));
  try {
    await context.sync();
    return queued;
  } catch (error) {
    if (!payloadTooLarge(error)) throw error;
  }
  let halves: ChunkSpec[][];
  if (specs.length > 1) halves = [specs.slice(0, specs.length >> 1), specs.slice(specs.length >> 1)];
  else if (specs[0].rows > 1) {
    const s = specs[0];
    const upper = s.rows >> 1;
    halves = [[{ ...s, rows: upper }], [{ ...s, top: s.top + upper, rows: s.rows - upper }]];
  } else {
    throw new HostError(`Baris ${formatNumber(specs[0].top + 1)} lembar "${specs[0].target.name}" terlalu besar untuk dibaca dari Excel sekaligus.`, 'too-large');
  }
  return [...(await loadGroup(context, halves[0], caps)), ...(await loadGroup(context, halves[1], caps))];
}

async function loadData(context: Excel.RequestContext, targets: Target[], caps: Capabilities, limits: ReadLimits): Promise<Chunk[]> {
  const specs = targets.flatMap((t) => chunkSpecs(t, limits));
  const chunks: Chunk[] = [];
  for (const group of bounded(specs, (s) => s.rows * s.cols * READ_BYTES_PER_CELL)) chunks.push(...(await loadGroup(context, group, caps)));
  return chunks;
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

function buildSheet(target: Target, chunks: Chunk[], merges: Area[]): SheetModel {
  const cells: (Cell | undefined)[][] = [];
  const hidden = new Set<number>();
  for (const chunk of chunks) {
    const { values, formulas, numberFormat, valueTypes } = chunk.range;
    const props = chunk.props?.value;
    for (let i = 0; i < chunk.rows; i++) {
      const row: (Cell | undefined)[] = cells[chunk.top + i] ?? [];
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
        row[chunk.left + j] = cell;
      }
      if (row.length > 0) cells[chunk.top + i] = row;
    }
    chunk.rowProps?.value.forEach((r, i) => {
      if (r.rowHidden) hidden.add(r.rowIndex ?? chunk.top + i);
    });
  }
  const sheet: SheetModel = {
    name: target.name,
    cells,
    rowCount: Math.max(0, ...target.areas.map((a) => a.bottom + 1)),
    colCount: Math.max(0, ...target.areas.map((a) => a.right + 1)),
    merges,
  };
  if (hidden.size) sheet.hiddenRows = [...hidden].sort((x, y) => x - y);
  if (target.protection.protected) sheet.protected = true;
  return sheet;
}

/** The Excel tables on the read sheets (one more sync, only when the workbook has tables). */
async function readTables(context: Excel.RequestContext, tables: Excel.TableCollection, targets: Target[]): Promise<NonNullable<ReadResult['tables']>> {
  if (tables.items.length === 0) return [];
  const ranges = tables.items.map((t) => {
    const range = t.getRange();
    range.load('address');
    return { name: t.name, range };
  });
  await context.sync();
  const read = new Set(targets.map((t) => t.name));
  return ranges.flatMap(({ name, range }) => {
    const area = parseArea(range.address);
    const sheet = sheetOfAddress(range.address);
    return area && read.has(sheet) ? [{ name, sheet, area }] : [];
  });
}

function hiddenNotice(sheet: Excel.Worksheet): string {
  const why = 'temuannya tidak dapat dipilih atau dibuka dari tautan laporan.';
  return sheet.visibility === 'VeryHidden'
    ? `Lembar "${sheet.name}" disembunyikan penuh (very hidden) dan tidak diperiksa: ${why}`
    : `Lembar tersembunyi "${sheet.name}" tidak diperiksa: ${why} Perlihatkan lembar itu (klik kanan tab lembar › Perlihatkan) untuk memeriksanya.`;
}

/** Reads the scope into a WorkbookModel inside one Excel.run batch; `notices` says what could not be read. */
export async function readModel(
  context: Excel.RequestContext,
  scope: ReadScope,
  caps: Capabilities,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<ReadResult> {
  context.workbook.load('name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const hidden: Excel.Worksheet[] = [];
  const targets = await targetsOf(context, scope, hidden);
  const tableRanges = await readTables(context, tables, targets);
  await usedParts(context, targets);
  const total = targets.reduce((n, t) => n + t.areas.reduce((m, a) => m + cellCount(a), 0), 0);
  if (total > limits.maxCells) {
    throw new HostError(
      `Area yang dibaca terlalu besar (${formatNumber(total)} sel; batas ${formatNumber(limits.maxCells)} sel). ` +
        'Pilih satu lembar atau blok sel tabel, lalu periksa bagian itu.',
      'too-large',
    );
  }
  const { merges, failed } = caps.mergedAreas ? await readMerges(context, targets) : { merges: new Map<string, Area[]>(), failed: [] };
  const chunks = await loadData(context, targets, caps, limits);
  const sheets = targets.map((t) => buildSheet(t, chunks.filter((c) => c.target === t), merges.get(t.name) ?? []));
  const notices = hidden.map(hiddenNotice);
  notices.push(...failed.map(
    (name) => `Sel gabungan di lembar "${name}" tidak dapat dibaca dari Excel (lebih dari 512 area gabungan); lembar itu diperiksa tanpa sel gabungan.`,
  ));
  const result: ReadResult = { name: context.workbook.name || undefined, sheets };
  if (notices.length > 0) result.notices = notices;
  if (tableRanges.length > 0) result.tables = tableRanges;
  return result;
}
