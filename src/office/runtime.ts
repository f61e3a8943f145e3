/**
 * Access to the Office runtime. `Office` and `Excel` are globals that exist only inside Office:
 * every use is guarded so the bundle also loads in a plain browser and in tests.
 */

/** Runs one batch against the workbook (Excel.run); tests pass a fake. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function officeAvailable(): boolean {
  return typeof Office !== 'undefined' && typeof Excel !== 'undefined';
}

export const excelRun: BatchRunner = (batch) => {
  if (!officeAvailable()) {
    return Promise.reject(new Error('Excel tidak tersedia: Cermat harus dijalankan di dalam Excel.'));
  }
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
  const supported = (version: string): boolean =>
    typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  return {
    cellProperties: supported('1.9'),
    mergedAreas: supported('1.13'),
    notes: supported('1.18') ? 'notes' : supported('1.10') ? 'comments' : 'none',
  };
}
