/** The "Hasil Pemeriksaan" sheet: every finding in one list, each linked to its cell. */
import type { ChangeSet } from './types';
import { address } from '../model/address';
import type { CellValue } from '../model/workbook';
import type { Finding, Report } from '../report';
import { checkLabel, findingsSummary, severityLabel } from './labels';
import { safeText } from './safe-text';

export type ReportSheet = NonNullable<ChangeSet['addSheet']>;

export const REPORT_SHEET_NAME = 'Hasil Pemeriksaan';
/** The text of A1: a sheet with this title was made by Cermat and may be replaced. */
export const REPORT_SHEET_TITLE = 'Hasil Pemeriksaan Cermat';
export const REPORT_COLUMNS = ['No', 'Lembar', 'Sel', 'Pemeriksaan', 'Tingkat', 'Pesan', 'Tercetak', 'Seharusnya'];
/** 0-based row of the column headers; the findings follow it. */
export const REPORT_HEADER_ROW = 5;
/** 0-based column holding the linked cell address (column C). */
export const REPORT_LINK_COLUMN = 2;

/** `'Realisasi Anggaran'!E27`: a cell reference that survives any sheet name (quotes doubled). */
export function sheetCellReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function reportValue(v: Finding['expected']): CellValue {
  if (v === undefined || v === null) return null;
  return typeof v === 'number' ? v : safeText(v);
}

function findingRow(f: Finding, index: number): CellValue[] {
  return [
    index + 1,
    safeText(f.sheet),
    f.cell,
    checkLabel(f.check),
    severityLabel(f.severity),
    safeText(f.message),
    reportValue(f.actual),
    reportValue(f.expected),
  ];
}

export function reportSheet(report: Report): ReportSheet {
  const rows: CellValue[][] = [
    [REPORT_SHEET_TITLE],
    ['Berkas', safeText(report.file)],
    ['Tahun laporan', report.year ?? 'tidak terdeteksi'],
    ['Ringkasan', findingsSummary(report.findings, report.tables.length)],
    [],
    REPORT_COLUMNS,
  ];
  const links: ReportSheet['links'] = [];
  report.findings.forEach((f, i) => {
    rows.push(findingRow(f, i));
    links.push({ cell: address(REPORT_HEADER_ROW + 1 + i, REPORT_LINK_COLUMN), target: sheetCellReference(f.sheet, f.cell) });
  });
  if (report.findings.length === 0) rows.push([null, 'Tidak ada temuan.']);
  return { name: REPORT_SHEET_NAME, rows, links };
}
