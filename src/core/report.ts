/**
 * The report that flows out of the core: the public JSON contract of ../shared/report-format.md.
 * Fields may be added, never renamed.
 */
import type { ColumnFacets } from './recognition/facets';

export type CheckId =
  | 'capaian'
  | 'ratio'
  | 'difference'
  | 'sum'
  | 'average'
  | 'efficiency'
  | 'predicate'
  | 'scale'
  | 'year'
  | 'cross-table'
  | 'format'
  | 'range'
  | 'duplicate'
  | 'formula';

export type Severity = 'error' | 'warning' | 'info';

export type TableKind = 'kinerja' | 'anggaran' | 'efisiensi' | 'skala' | 'pk' | 'lainnya';

export interface Finding {
  sheet: string;
  /** One cell, A1 style without `$`: the cell whose printed value is wrong. */
  cell: string;
  check: CheckId;
  severity: Severity;
  /** Bahasa Indonesia, with the numbers, for the person who will fix the cell. */
  message: string;
  expected?: number | string | null;
  actual?: number | string | null;
  /** Cells the expected value was computed from. */
  related?: string[];
}

/** A numeric column no confirmed relation checked, and why (docs/report-format.md, "coverage"). */
export interface UncheckedColumn {
  /** Column letter. */
  column: string;
  /** Bahasa Indonesia. */
  reason: string;
}

/** How many numbers were checked: a cell is checked when a relation the numbers confirmed used it. */
export interface Coverage {
  numericCells: number;
  checkedCells: number;
  unchecked: UncheckedColumn[];
}

export interface TableSummary {
  sheet: string;
  range: string;
  kind: TableKind;
  header: string;
  /** Column role → column letter. */
  columns: Record<string, string>;
  /** Column letter → what the column holds (recognition/facets.ts). */
  facets?: Record<string, ColumnFacets>;
  coverage?: Coverage;
}

export interface Report {
  file: string;
  year: number | null;
  tables: TableSummary[];
  findings: Finding[];
  /** The whole workbook's coverage; each unchecked column names its sheet. */
  coverage?: WorkbookCoverage;
}

export interface WorkbookCoverage {
  numericCells: number;
  checkedCells: number;
  /** Each names its sheet and its table's range (a sheet may hold several tables). */
  unchecked: (UncheckedColumn & { sheet: string; table?: string })[];
}
