/**
 * The interface between the task pane and a live workbook. Two implementations: the Office.js
 * adapter (src/office) and the in-memory browser host (src/host/memory). The core produces the
 * change sets; a host applies them atomically and can undo them.
 */
import type { CellValue, WorkbookModel } from '../core/model/workbook';
import type { CermatSettings } from '../core/options';

export type ReadScope = { kind: 'workbook' } | { kind: 'sheet'; sheet?: string } | { kind: 'selection' };

/** One cell to change. Unset fields are left as they are. */
export interface CellWrite {
  sheet: string;
  /** A1 address without `$`. */
  cell: string;
  /** A constant value (text is written as text, never as a formula). */
  value?: CellValue;
  /** A formula with the leading `=`, in Excel's invariant (en-US, `,` separated) form. */
  formula?: string;
  numberFormat?: string;
  /** Fill colour `#RRGGBB`, or null to clear. */
  fill?: string | null;
  /** Note (comment) text, or null to remove. */
  note?: string | null;
  bold?: boolean;
}

/** A workbook name (Name Manager), e.g. CAPAIAN = LAMBDA(…). */
export interface NameDefinition {
  name: string;
  formula: string;
  comment?: string;
}

export interface ChangeSet {
  /** What the change does, in Indonesian ("Tambah kolom Capaian pada Pengukuran Kinerja"). */
  label: string;
  writes: CellWrite[];
  /** A sheet to add (e.g. "Hasil Pemeriksaan"); replaced when it exists and was made by Cermat. */
  addSheet?: { name: string; rows: CellValue[][]; links?: { cell: string; target: string }[] };
  names?: NameDefinition[];
}

/** A change that was applied, with what it needs to be undone. */
export interface AppliedChange {
  id: string;
  label: string;
  /** Number of cells written. */
  cells: number;
  at: number;
}

export interface WorkbookHost {
  readonly kind: 'office' | 'browser';
  /** Reads the workbook (or the active sheet, or the selection) into the core's data shape. */
  read(scope?: ReadScope): Promise<WorkbookModel>;
  /**
   * Applies the change set as one operation: all of it or, on failure, none of it (the host
   * restores what it had written and rethrows). Refuses to overwrite a non-empty cell unless
   * `allowOverwrite` is set (the user's explicit choice).
   */
  apply(change: ChangeSet, options?: { allowOverwrite?: boolean }): Promise<AppliedChange>;
  /** Restores exactly what the change with this id (default: the last one) replaced. */
  undo(id?: string): Promise<AppliedChange | null>;
  /** The applied changes that can still be undone, oldest first. */
  history(): Promise<AppliedChange[]>;
  /** Selects a cell and scrolls to it. */
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<CermatSettings>;
  saveSettings(settings: CermatSettings): Promise<void>;
}

/** An operation was refused or failed; `message` is Indonesian, for the user. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: 'not-empty' | 'protected' | 'too-large' | 'failed' | 'not-found',
    readonly cells?: string[],
  ) {
    super(message);
    this.name = 'HostError';
  }
}
