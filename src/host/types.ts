/**
 * The interface between the task pane and a live workbook. Two implementations: the Office.js
 * adapter (src/office) and the in-memory browser host (src/host/memory). The core produces the
 * change sets; a host applies them atomically and can undo them.
 */
import type { Area, WorkbookModel } from '../core/model/workbook';
import type { CermatSettings } from '../core/options';

/** A read workbook, with what could not be read (Indonesian, for the user), if anything. */
export interface ReadResult extends WorkbookModel {
  notices?: string[];
  /**
   * The Excel tables ("Format as Table", ListObjects) of the read sheets. Content written in the
   * column right of one or the row below it is refused (Excel would extend the table): plan
   * computed columns to start one empty column after `area.right`.
   */
  tables?: { name: string; sheet: string; area: Area }[];
}

export type ReadScope = { kind: 'workbook' } | { kind: 'sheet'; sheet?: string } | { kind: 'selection' };

export type { CellWrite, ChangeSet, NameDefinition } from '../core/changes/types';
import type { ChangeSet } from '../core/changes/types';

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
  read(scope?: ReadScope): Promise<ReadResult>;
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
  /**
   * Whether this Excel calculates LAMBDA (Microsoft 365 / Excel 2024; Excel 2021 does not), so the
   * pane can word the "Pasang rumus portabel" choice. null: it could not be told. In Excel it adds
   * and removes a temporary name: ask when the user is about to choose, not when the pane opens.
   */
  supportsLambda(): Promise<boolean | null>;
  /** Selects a cell and scrolls to it. */
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<CermatSettings>;
  saveSettings(settings: CermatSettings): Promise<void>;
}

/**
 * An operation was refused or failed; `message` is Indonesian, for the user. `startColumn` (0-based):
 * for computed columns refused next to an Excel table, the first column where they may go instead.
 */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: 'not-empty' | 'changed' | 'protected' | 'too-large' | 'failed' | 'not-found',
    readonly cells?: string[],
    readonly startColumn?: number,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
