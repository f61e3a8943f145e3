/** What every rule gets (rule.ts adds how it reports): the workbook, its recognised tables, the scales, and small helpers. */
import { address } from '../model/address';
import type { WorkbookModel } from '../model/workbook';
import { formatNumber } from '../numbers/format';
import { compareAtPrecision, type Agreement } from '../numbers/tolerance';
import type { CheckOptions } from '../options';
import { gridOf, type Grid } from '../recognition/grid';
import type { ColumnRole, Recognition, RecognizedTable, TableColumn } from '../recognition/types';
import type { Finding, Severity } from '../report';
import type { Scale } from '../scales';
import type { Reconsiderable } from './consequences';
import { Corrections } from './corrections';
import { Ledger } from './ledger';
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
  /** Every cell the checks recomputed, for the confirmation gate and coverage. */
  ledger: Ledger;
  /** The value each cell found wrong should have (`sheet!A1` → expected), for the cells computed from it. */
  corrections: Corrections;
  /** Per table, the columns its numbering row computes by a formula and the columns those formulas use (stated.ts). */
  stated: Map<RecognizedTable, { computed: Set<number>; inputs: Set<number> }>;
  /** Error findings a later check's corrections may explain (consequences.ts). */
  reconsiderable: Reconsiderable[];
  grid(sheet: string): Grid;
}

export function createContext(model: WorkbookModel, recognition: Recognition, options: CheckOptions): CheckContext {
  const grids = new Map<string, Grid>();
  const ctx: CheckContext = {
    model,
    recognition,
    year: recognition.year,
    options,
    workbookScales: [],
    earlier: [],
    ledger: new Ledger(),
    corrections: new Corrections(),
    reconsiderable: [],
    stated: new Map(),
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
