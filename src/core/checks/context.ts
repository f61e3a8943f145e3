/** What every check gets: the workbook, its recognised tables, the scales, and small helpers. */
import { address } from '../model/address';
import type { WorkbookModel } from '../model/workbook';
import { formatNumber } from '../numbers/format';
import { compareAtPrecision, type Agreement } from '../numbers/tolerance';
import type { CheckOptions } from '../options';
import { gridOf, type Grid } from '../recognition/grid';
import { MONEY_ROLES } from '../recognition/roles';
import type { ColumnRole, Recognition, RecognizedTable, TableColumn } from '../recognition/types';
import { readCell, type CellReading } from '../recognition/values';
import type { CheckId, Finding, Severity } from '../report';
import type { Scale } from '../scales';
import { workbookScales } from './scales-in-workbook';

export interface WorkbookScale {
  scale: Scale;
  /** The scale table it was read from (null for a built-in profile). */
  table: RecognizedTable | null;
}

export interface CheckContext {
  model: WorkbookModel;
  recognition: Recognition;
  year: number | null;
  options: CheckOptions;
  /** Scales printed in the workbook (read from its scale tables). */
  workbookScales: WorkbookScale[];
  /** Findings of the checks that ran before this one (cross-table trusts a cell less when its own table disagrees with it). */
  earlier: Finding[];
  grid(sheet: string): Grid;
}

/** A check: one small unit that looks at the workbook and reports what does not add up. */
export type Check = (ctx: CheckContext) => Finding[];

export function createContext(model: WorkbookModel, recognition: Recognition, options: CheckOptions): CheckContext {
  const grids = new Map<string, Grid>();
  const ctx: CheckContext = {
    model,
    recognition,
    year: recognition.year,
    options,
    workbookScales: [],
    earlier: [],
    grid(sheet) {
      let g = grids.get(sheet);
      if (!g) {
        const s = model.sheets.find((x) => x.name === sheet);
        if (!s) throw new Error(`Lembar ${sheet} tidak ada`);
        g = gridOf(s);
        grids.set(sheet, g);
      }
      return g;
    },
  };
  ctx.workbookScales = workbookScales(recognition, ctx.grid);
  return ctx;
}

export function column(table: RecognizedTable, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((c) => c.role === role);
}

const readings = new WeakMap<Grid, Map<number, CellReading>>();

/** The reading of a table cell (money columns read a lone `-` as zero); read once per run. */
export function readAt(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn): CellReading {
  const grid = ctx.grid(table.sheet);
  let cache = readings.get(grid);
  if (!cache) readings.set(grid, (cache = new Map()));
  const money = MONEY_ROLES.has(col.role);
  const key = (row * 16384 + col.col) * 2 + (money ? 1 : 0);
  let r = cache.get(key);
  if (!r) cache.set(key, (r = readCell(grid.cell(row, col.col), { money })));
  return r;
}

/** A cell as the core formulas read it: percent cells in points, counts with their unit, text as printed. */
export function formulaInput(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn): unknown {
  const r = readAt(ctx, table, row, col);
  if (r.kind === 'number') return r.unit ? `${r.value} ${r.unit}` : r.value;
  if (r.kind === 'dash' || r.kind === 'blank') return null;
  return r.text;
}

const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['capaian', 'penyerapan', 'efisiensi', 'capaian_renstra', 'persen']);
const fractionColumns = new WeakMap<TableColumn, boolean>();

/**
 * A percentage column typed as fractions without a percent format (1,1444 for 114,44 %): every
 * number in it lies within ±3 and none is printed with "%". Its values are read ×100.
 */
function isFractionColumn(ctx: CheckContext, table: RecognizedTable, col: TableColumn): boolean {
  let known = fractionColumns.get(col);
  if (known === undefined) {
    const values = table.rows.map((r) => readAt(ctx, table, r.row, col)).filter((r) => r.kind === 'number');
    known = PERCENT_ROLES.has(col.role) && values.length >= 2 && values.every((r) => r.kind === 'number' && !r.percent && Math.abs(r.value) <= 3) && values.some((r) => r.kind === 'number' && r.value !== 0);
    fractionColumns.set(col, known);
  }
  return known;
}

/** A percentage cell in points (114,44), whether it was typed as points, as a percent, or as a bare fraction. */
export function pointsAt(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn | undefined): { value: number; decimals: number } | null {
  if (!col) return null;
  const r = readAt(ctx, table, row, col);
  if (r.kind !== 'number') return null;
  return isFractionColumn(ctx, table, col) ? { value: r.value * 100, decimals: Math.max(r.decimals - 2, 0) } : { value: r.value, decimals: r.decimals };
}

/**
 * Target and realisasi as the core formulas read them, on one footing: when one is printed as a
 * percentage (85 %) and the other is a bare fraction (0,85), the fraction is read in points.
 */
export function formulaPair(ctx: CheckContext, table: RecognizedTable, row: number, a: TableColumn, b: TableColumn): [unknown, unknown] {
  const ra = readAt(ctx, table, row, a);
  const rb = readAt(ctx, table, row, b);
  const input = (r: CellReading, other: CellReading): unknown => {
    if (r.kind === 'number' && other.kind === 'number' && !r.percent && other.percent && Math.abs(r.value) <= 2 && Math.abs(other.value) > 2) {
      return r.value * 100;
    }
    return formulaInput(ctx, table, row, r === ra ? a : b);
  };
  return [input(ra, rb), input(rb, ra)];
}

/** The number in a table cell, or null. */
export function numberAt(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn | undefined): number | null {
  if (!col) return null;
  const r = readAt(ctx, table, row, col);
  return r.kind === 'number' ? r.value : null;
}

export function cellOf(row: number, col: TableColumn | number): string {
  return address(row, typeof col === 'number' ? col : col.col);
}

/** Formats a value for a message: with the given decimals, else up to four (trailing zeros dropped). */
export function fmt(value: number, decimals?: number): string {
  return decimals === undefined ? formatNumber(value, undefined, 4) : formatNumber(value, Math.min(decimals, 4));
}

export interface Comparison {
  agreement: Agreement;
  printed: number;
  expected: number;
}

/** Compares a printed number with the computed one at the printed precision. */
export function compare(printed: number, decimals: number, expected: number): Comparison {
  return { agreement: compareAtPrecision(printed, decimals, expected), printed, expected };
}

/** Severity for a comparison: error when it differs, info when only rounding, nothing when exact. */
export function severityOf(agreement: Agreement): Severity | null {
  return agreement === 'differs' ? 'error' : agreement === 'rounding' ? 'info' : null;
}

export function finding(
  table: RecognizedTable,
  cell: string,
  check: CheckId,
  severity: Severity,
  message: string,
  extra: { expected?: number | string | null; actual?: number | string | null; related?: string[] } = {},
): Finding {
  // A number that is not finite (an overflow on absurd input) is no number to show anyone.
  const finite = (v: number | string | null | undefined) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);
  const { expected, actual, ...rest } = extra;
  return {
    sheet: table.sheet,
    cell,
    check,
    severity,
    message,
    ...rest,
    ...(expected !== undefined ? { expected: finite(expected) } : {}),
    ...(actual !== undefined ? { actual: finite(actual) } : {}),
  };
}

/** A row's name shortened for a message, with an ellipsis when cut. */
export function shortLabel(label: string, max = 60): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** "baris 65–67" / "baris 65, 70" for a message. */
export function rowList(rows: number[]): string {
  const r = [...rows].sort((a, b) => a - b).map((x) => x + 1);
  if (r.length === 0) return '';
  const contiguous = r.every((x, i) => i === 0 || x === r[i - 1] + 1);
  if (contiguous && r.length > 2) return `baris ${r[0]}–${r[r.length - 1]}`;
  return `baris ${r.join(', ')}`;
}
