/**
 * A file's bytes → ExcelJS workbook (for the marked copy) / WorkbookModel (for the check, read
 * straight from the XML: workbook-xml.ts), with a clear Indonesian error for what is not a readable
 * .xlsx: an old .xls, a password-protected workbook, an OpenDocument file, a CSV or other file, a
 * damaged zip, a workbook past the reading limits (budget.ts: 'too-large').
 * No Node imports: the CLI and the browser host both use it.
 */
import ExcelJS from 'exceljs';
import type { WorkbookModel } from '../core/model/workbook';
import { corrupt, noSheets, WorkbookLoadError } from './errors';
import { preparePackage, tooLarge, type ClippedMerge, type Limits, LIMITS } from './package';
import { workbookFromExcelJs } from './read';
import { readWorkbookModel } from './workbook-xml';

export { WorkbookLoadError, type LoadErrorCode } from './errors';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** A zip ends with this record (within its last 64 KiB comment + 22 bytes); a cut-off file has none. */
const EOCD_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const EOCD_SEARCH = 65_535 + 22;
/** OLE compound file: an Excel 97–2003 .xls, or an .xlsx encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OpenDocument file starts with its uncompressed `mimetype` entry. */
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const ODF_SEARCH = 128;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, pattern: number[]): boolean {
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** A stream name as an OLE directory stores it (UTF-16LE). */
function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Why these bytes are not a workbook ExcelJS can open, or null when they look like an .xlsx. */
function unusableReason(bytes: Uint8Array, name: string): WorkbookLoadError | null {
  if (bytes.length === 0) return new WorkbookLoadError(`Berkas "${name}" kosong (0 bita).`, 'empty');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (contains(bytes, utf16le('EncryptedPackage'))) {
      return new WorkbookLoadError(
        `Berkas "${name}" dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya ` +
          '(File › Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi), simpan, lalu periksa lagi.',
        'encrypted',
      );
    }
    return new WorkbookLoadError(
      `Berkas "${name}" berformat Excel 97–2003 (.xls). Simpan ulang sebagai Buku Kerja Excel (.xlsx), lalu periksa lagi.`,
      'xls',
    );
  }
  if (startsWith(bytes, ZIP_SIGNATURE) && contains(bytes.subarray(0, ODF_SEARCH), ascii(ODS_MIMETYPE))) {
    return new WorkbookLoadError(
      `Berkas "${name}" berformat OpenDocument Spreadsheet (.ods, misalnya dari LibreOffice Calc). Simpan ulang sebagai Buku Kerja Excel (.xlsx), lalu periksa lagi.`,
      'ods',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    return new WorkbookLoadError(
      `Berkas "${name}" bukan buku kerja Excel (.xlsx). Berkas CSV, teks, PDF atau .xls harus disimpan ulang sebagai .xlsx di Excel.`,
      'not-xlsx',
    );
  }
  if (!contains(bytes.subarray(Math.max(0, bytes.length - EOCD_SEARCH)), EOCD_SIGNATURE)) return corrupt(name);
  if (!contains(bytes, ascii('xl/workbook.xml'))) {
    return new WorkbookLoadError(
      `Berkas "${name}" adalah arsip ZIP tetapi bukan buku kerja Excel (.xlsx): tidak ada xl/workbook.xml di dalamnya.`,
      'not-xlsx',
    );
  }
  return null;
}

/** The workbook read once: ExcelJS's objects (for the marked copy) and the core's model (for the check). */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  model: WorkbookModel;
  /** Merges reaching past the used range, as clipped before reading (`clipped` null: dropped). */
  clippedMerges: ClippedMerge[];
}

function usable(data: ArrayBuffer | Uint8Array, name: string): Uint8Array {
  const bytes = toBytes(data);
  const reason = unusableReason(bytes, name);
  if (reason) throw reason;
  return bytes;
}

async function excelJsWorkbook(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: [] });
  } catch {
    throw corrupt(name);
  }
  return workbook;
}

async function openChecked(data: ArrayBuffer | Uint8Array, name: string, limits: Limits): Promise<{ workbook: ExcelJS.Workbook; clippedMerges: ClippedMerge[] }> {
  const { bytes, merges, validationCells } = await preparePackage(usable(data, name), name, limits);
  if (validationCells > limits.validationCells) {
    throw tooLarge(name, { cells: 0, merges: 0, sharedStrings: 0, bytes: 0, validationCells, mergeWork: 0 }, limits);
  }
  const workbook = await excelJsWorkbook(bytes, name);
  if (workbook.worksheets.length === 0) throw noSheets(name);
  return { workbook, clippedMerges: merges.filter((m) => m.clipped !== m.original) };
}

/**
 * Opens the bytes with ExcelJS (which only reads them) within the reading limits; throws
 * WorkbookLoadError.
 */
export async function openXlsx(data: ArrayBuffer | Uint8Array, name: string, limits: Limits = LIMITS): Promise<ExcelJS.Workbook> {
  return (await openChecked(data, name, limits)).workbook;
}

/** Reads the file once, for both the check and the marked copy; throws WorkbookLoadError. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, name: string, limits: Limits = LIMITS): Promise<LoadedWorkbook> {
  const { workbook, clippedMerges } = await openChecked(data, name, limits);
  return { workbook, model: workbookFromExcelJs(workbook, name), clippedMerges };
}

/**
 * The file's bytes as the core's WorkbookModel, named after the file, for a check without a marked
 * copy: read straight from the package's XML (workbook-xml.ts), one sheet at a time, only the parts
 * the check uses, within the same limits. Throws WorkbookLoadError.
 */
export async function loadWorkbookModel(data: ArrayBuffer | Uint8Array, name: string, limits: Limits = LIMITS): Promise<WorkbookModel> {
  return readWorkbookModel(usable(data, name), name, limits);
}
