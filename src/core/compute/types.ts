import type { Polarity } from '../formulas/capaian';
import type { ChangeSet } from '../changes/types';

/** The columns Cermat can add to a table, in the order they are added. */
export type ComputedColumnKind = 'capaian' | 'predikat' | 'penyerapan' | 'sisa' | 'efisiensi' | 'kategori-efisiensi';

/** The scale the Predikat column classifies with: a built-in profile or the workbook's own scale rows. */
export type ScaleChoice = { profile: string } | { sheet: string; range: { top: number; left: number; bottom: number; right: number } };

export interface ComputeOptions {
  /** Per-row polarity (key: 0-based sheet row), overriding what the indicator's wording suggests. */
  polarityByRow?: Record<number, Polarity>;
  /** Extra words that mark an indicator as lower-is-better. */
  lowerIsBetterKeywords?: string[];
  /** Default: the PERMENDAGRI86 profile. */
  scale?: ScaleChoice;
  /** Caps capaian at this many points (e.g. 120); default none. */
  cap?: number | null;
  /** 0-based column for the first added column; default: right of the table. */
  startColumn?: number;
  /** Only these columns (default: every column that can be computed). */
  columns?: ComputedColumnKind[];
}

export interface PlannedColumn {
  kind: ComputedColumnKind;
  /** 0-based sheet column and its letter. */
  col: number;
  letter: string;
  header: string;
  /** Number of rows that get a formula. */
  rows: number;
  /** The first formulas, for a preview. */
  sample: string[];
}

/** A change set that adds computed columns, with what the task pane needs to explain it. */
export interface ComputedColumnsPlan extends ChangeSet {
  tableId: string;
  startColumn: number;
  columns: PlannedColumn[];
  /** Non-empty cells (A1) where the columns would go: the plan must not be applied as it is. */
  blocking: string[];
  /** When blocked: the first column from which all planned columns are free. */
  alternativeStartColumn: number | null;
  /** Why nothing can be computed, when `columns` is empty (Indonesian). */
  message?: string;
}

