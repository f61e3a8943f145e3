/** How the checks read table cells: once per run, percentages in points, target and realisasi on one footing. */
import { MONEY_ROLES, PERCENT_ROLES } from '../recognition/roles';
import { detectPolarity } from '../formulas/polarity';
import { writtenAsFractions } from '../recognition/facets';
import type { RecognizedTable, TableColumn, TableRow } from '../recognition/types';
import type { CellReading } from '../recognition/values';
import type { CheckContext } from './context';

/** The reading of a table cell (money columns read a lone `-` as zero); read once per run. */
export function readAt(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn): CellReading {
  return ctx.grid(table.sheet).reading(row, col.col, MONEY_ROLES.has(col.role));
}

/** A cell as the core formulas read it: percent cells in points, counts with their unit, text as printed. */
export function formulaInput(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn): unknown {
  const r = readAt(ctx, table, row, col);
  if (r.kind === 'number') return r.unit ? `${r.value} ${r.unit}` : r.value;
  if (r.kind === 'dash' || r.kind === 'blank') return null;
  return r.text;
}

const fractionColumns = new WeakMap<TableColumn, boolean>();

/** A percentage column typed as fractions (recognition/facets.ts): its values are read ×100. */
function isFractionColumn(ctx: CheckContext, table: RecognizedTable, col: TableColumn): boolean {
  let known = fractionColumns.get(col);
  if (known === undefined) {
    known = PERCENT_ROLES.has(col.role) && writtenAsFractions(table.rows.map((r) => readAt(ctx, table, r.row, col)));
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

/** The number in a table cell as it should be: the right value when an earlier check found the cell wrong. */
export function settledNumberAt(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn | undefined): number | null {
  if (!col) return null;
  return ctx.corrections.getAt(table.sheet, row, col.col) ?? numberAt(ctx, table, row, col);
}

/** Whether a row's indicator is lower-is-better: its indicator text when the table has one, else its name. */
export function isLowerBetter(ctx: CheckContext, table: RecognizedTable, row: TableRow): boolean {
  const indicator = table.columns.find((c) => c.role === 'indikator');
  const text = (indicator && ctx.grid(table.sheet).shown(row.row, indicator.col)) || row.label;
  return detectPolarity(text, ctx.options.lowerIsBetterKeywords).polarity === 'turun';
}
