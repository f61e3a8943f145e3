/**
 * The marked copy: the original workbook with each finding's cell filled and annotated, plus the
 * "Hasil Pemeriksaan" sheet listing the findings with links to their cells. Works on a copy made
 * from the bytes; the input is never modified. No Node imports (the browser host can offer the
 * copy as a download).
 *
 * Links are HYPERLINK formulas (`=HYPERLINK("#'Lembar'!E27","E27")`): ExcelJS 4.4 writes a cell
 * hyperlink to another sheet with both an external relationship and a location, which Excel joins
 * into a broken address (exceljs/exceljs#3027). The sheet name sits inside a string literal with
 * its quotes doubled, so no workbook text can become part of the formula itself.
 */
import type ExcelJS from 'exceljs';
import { marksForFindings, NOTE_PREFIX, SEVERITY_FILLS } from '../core/changes/marks';
import {
  REPORT_COLUMNS,
  REPORT_HEADER_ROW,
  REPORT_SHEET_NAME,
  REPORT_SHEET_TITLE,
  reportSheet,
  type ReportSheet,
} from '../core/changes/report-sheet';
import { unescapeSafeText } from '../core/changes/safe-text';
import { parseAddress } from '../core/model/address';
import { isCellError, type CellValue } from '../core/model/workbook';
import type { CellWrite } from '../host/types';
import type { Report } from '../core/report';
import { openXlsx } from './load';

/** The copy cannot be made; `message` is Indonesian and says why (and what would be lost). */
export class MarkedCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkedCopyError';
  }
}

const COLUMN_WIDTHS = [5, 26, 8, 16, 12, 90, 18, 18];
const HEADER_FILL = '#D9D9D9';
const LINK_COLOR = 'FF0563C1';

function solidFill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${hex.slice(1).toUpperCase()}` } };
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** Styles are shared between cells after loading: give the cell its own copy before changing it. */
function setFill(cell: ExcelJS.Cell, hex: string): void {
  cell.style = { ...cell.style, fill: solidFill(hex) };
}

function applyWrite(workbook: ExcelJS.Workbook, write: CellWrite): void {
  const sheet = workbook.getWorksheet(write.sheet);
  if (!sheet || !parseAddress(write.cell)) return;
  const cell = sheet.getCell(write.cell).master;
  if (write.fill) setFill(cell, write.fill);
  if (write.note) {
    const existing = noteText(cell.note);
    const own = existing.indexOf(NOTE_PREFIX);
    const users = (own === -1 ? existing : existing.slice(0, own)).trimEnd();
    cell.note = users ? `${users}\n\n${write.note}` : write.note;
  }
}

/** An existing "Hasil Pemeriksaan" made by Cermat is replaced; a user's sheet of that name is kept. */
function reportSheetName(workbook: ExcelJS.Workbook): string {
  const existing = workbook.getWorksheet(REPORT_SHEET_NAME);
  if (existing && existing.getCell('A1').text === REPORT_SHEET_TITLE) workbook.removeWorksheet(existing.id);
  let name = REPORT_SHEET_NAME;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${REPORT_SHEET_NAME} (${n})`;
  return name;
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (typeof v === 'string') return unescapeSafeText(v);
  if (isCellError(v)) return v.error;
  return v;
}

function hyperlinkFormula(target: string, text: string): string {
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${literal(`#${target}`)},${literal(text)})`;
}

function writeReportSheet(workbook: ExcelJS.Workbook, sheet: ReportSheet, report: Report): void {
  const ws = workbook.addWorksheet(reportSheetName(workbook), {
    views: [{ state: 'frozen', ySplit: REPORT_HEADER_ROW + 1 }],
  });
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = excelValue(v);
    });
  });
  for (const link of sheet.links ?? []) {
    const cell = ws.getCell(link.cell);
    cell.value = { formula: hyperlinkFormula(link.target, cell.text), result: cell.text };
    cell.font = { color: { argb: LINK_COLOR }, underline: true };
  }
  COLUMN_WIDTHS.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  ws.getCell('A1').font = { bold: true, size: 14 };
  REPORT_COLUMNS.forEach((_, c) => {
    const cell = ws.getCell(REPORT_HEADER_ROW + 1, c + 1);
    cell.font = { bold: true };
    cell.fill = solidFill(HEADER_FILL);
  });
  report.findings.forEach((f, i) => {
    const row = ws.getRow(REPORT_HEADER_ROW + 2 + i);
    row.getCell(5).fill = solidFill(SEVERITY_FILLS[f.severity]);
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    // Printed and expected numbers read as Excel numbers, grouped the way the reader's Excel groups them.
    for (const c of [7, 8]) {
      const v = row.getCell(c).value;
      if (typeof v === 'number') row.getCell(c).numFmt = Number.isInteger(v) ? '#,##0' : '#,##0.00';
    }
  });
}

/** The original bytes with the findings marked and the report sheet added, as a new .xlsx. */
export async function writeMarkedCopy(original: ArrayBuffer | Uint8Array, report: Report): Promise<Uint8Array> {
  const workbook = await openXlsx(original, report.file);
  for (const write of marksForFindings(report.findings).writes) applyWrite(workbook, write);
  writeReportSheet(workbook, reportSheet(report), report);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
