/** Why a file cannot be read as a workbook: the Indonesian message for the user and a code for programs. */

export type LoadErrorCode = 'empty' | 'encrypted' | 'xls' | 'ods' | 'not-xlsx' | 'corrupt' | 'too-large';

/** The file cannot be used; `message` is Indonesian, for the user. */
export class WorkbookLoadError extends Error {
  constructor(
    message: string,
    readonly code: LoadErrorCode,
  ) {
    super(message);
    this.name = 'WorkbookLoadError';
  }
}

export function corrupt(name: string): WorkbookLoadError {
  return new WorkbookLoadError(
    `Berkas "${name}" rusak atau tidak lengkap, sehingga tidak dapat dibaca sebagai .xlsx. Coba buka dan simpan ulang di Excel.`,
    'corrupt',
  );
}

export function noSheets(name: string): WorkbookLoadError {
  return new WorkbookLoadError(`Berkas "${name}" tidak berisi lembar kerja.`, 'corrupt');
}
