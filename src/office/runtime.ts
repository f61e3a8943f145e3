/**
 * Access to the Office runtime. `Office` and `Excel` are globals that exist only inside Office:
 * every use is guarded so the bundle also loads in a plain browser and in tests.
 */

export interface BatchOptions {
  /** All syncs of the batch become one step of Excel's own undo (Ctrl+Z), where Excel supports it. */
  mergeUndoGroup?: boolean;
}

/** Runs one batch against the workbook (Excel.run); tests pass a fake. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: BatchOptions) => Promise<T>;

/** The options for a change the user sees as one step (apply, undo, rollback). */
export const UNDO_GROUP: BatchOptions = { mergeUndoGroup: true };

export function officeAvailable(): boolean {
  return typeof Office !== 'undefined' && typeof Excel !== 'undefined';
}

function apiSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

/**
 * Excel.run. Each sync of a batch is one step of Excel's undo stack unless the batch is run with
 * `Excel.RunOptions.mergeUndoGroup` (ExcelApi 1.20; "Undo support in Excel add-ins",
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-support, and the RunOptions
 * reference): then the whole change is one Ctrl+Z. Older Excel gets the plain Excel.run.
 */
export const excelRun: BatchRunner = (batch, options = {}) => {
  if (!officeAvailable()) {
    return Promise.reject(new Error('Excel tidak tersedia: Cermat harus dijalankan di dalam Excel.'));
  }
  if (options.mergeUndoGroup && apiSupported('1.20')) return Excel.run({ mergeUndoGroup: true }, batch);
  return Excel.run(batch);
};

/** The requirement sets the adapter adapts to. */
export interface Capabilities {
  /** ExcelApi 1.9: getCellProperties / getRowProperties (bold, indent, hidden rows, fills). */
  cellProperties: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
  /** How notes are written: ExcelApi 1.18 notes, else 1.10 comments, else not at all. */
  notes: 'notes' | 'comments' | 'none';
}

export function detectCapabilities(): Capabilities {
  return {
    cellProperties: apiSupported('1.9'),
    mergedAreas: apiSupported('1.13'),
    notes: apiSupported('1.18') ? 'notes' : apiSupported('1.10') ? 'comments' : 'none',
  };
}
