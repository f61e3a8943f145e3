/**
 * The "Hasil Pemeriksaan" sheet as a worksheet part: inline strings (the shared strings part is
 * left alone), links as HYPERLINK formulas with their text as cached result, header row frozen.
 * Workbook text that looks like a formula is written as plain text, never as a formula.
 */
import { SEVERITY_FILLS } from '../../core/changes/marks';
import { REPORT_COLUMNS, REPORT_HEADER_ROW, type ReportSheet } from '../../core/changes/report-sheet';
import { unescapeSafeText } from '../../core/changes/safe-text';
import { address } from '../../core/model/address';
import { isCellError, type CellValue } from '../../core/model/workbook';
import type { Report } from '../../core/report';
import type { Styles } from './styles';
import { escapeText } from './xml';

const COLUMN_WIDTHS = [5, 26, 8, 16, 12, 90, 18, 18];
const HEADER_FILL = '#D9D9D9';
const LINK_COLOR = 'FF0563C1';
/** Built-in number formats `#,##0` and `#,##0.00`. */
const GROUPED_INTEGER = 3;
const GROUPED_DECIMAL = 4;

function hyperlinkFormula(target: string, text: string): string {
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `HYPERLINK(${literal(`#${target}`)},${literal(text)})`;
}

function inlineString(text: string): string {
  return `<is><t xml:space="preserve">${escapeText(text)}</t></is>`;
}

function cellXml(ref: string, value: CellValue, style: number | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isCellError(value)) return `<c r="${ref}"${s} t="e"><v>${escapeText(value.error)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr">${inlineString(unescapeSafeText(String(value)))}</c>`;
}

/** The cell formats of the report sheet, appended to the workbook's styles (based on its default). */
function reportStyles(styles: Styles) {
  return {
    title: styles.cellFormat({ base: 0, fill: null, font: { bold: true, size: 14 } }),
    header: styles.cellFormat({ base: 0, fill: HEADER_FILL, font: { bold: true } }),
    link: styles.cellFormat({ base: 0, fill: null, font: { color: LINK_COLOR, underline: true } }),
    message: styles.cellFormat({ base: 0, fill: null, wrapTop: true }),
    integer: styles.cellFormat({ base: 0, fill: null, numFmtId: GROUPED_INTEGER }),
    decimal: styles.cellFormat({ base: 0, fill: null, numFmtId: GROUPED_DECIMAL }),
    severity: {
      error: styles.cellFormat({ base: 0, fill: SEVERITY_FILLS.error }),
      warning: styles.cellFormat({ base: 0, fill: SEVERITY_FILLS.warning }),
      info: styles.cellFormat({ base: 0, fill: SEVERITY_FILLS.info }),
    },
  };
}

export function reportSheetXml(sheet: ReportSheet, report: Report, styles: Styles): string {
  const style = reportStyles(styles);
  const links = new Map((sheet.links ?? []).map((l) => [l.cell, l.target]));
  const firstFinding = REPORT_HEADER_ROW + 1;
  const rows = sheet.rows.map((row, r) => {
    const cells = row.flatMap((value, c) => {
      if (value === null) return [];
      const ref = address(r, c);
      const finding = r >= firstFinding ? report.findings[r - firstFinding] : undefined;
      let s: number | undefined;
      if (r === 0 && c === 0) s = style.title;
      else if (r === REPORT_HEADER_ROW && c < REPORT_COLUMNS.length) s = style.header;
      else if (finding && c === 4) s = style.severity[finding.severity];
      else if (finding && c === 5) s = style.message;
      else if (finding && c >= 6 && typeof value === 'number') s = Number.isInteger(value) ? style.integer : style.decimal;
      const target = links.get(ref);
      if (target !== undefined) {
        const text = String(value);
        return [`<c r="${ref}" s="${style.link}" t="str"><f>${escapeText(hyperlinkFormula(target, text))}</f><v>${escapeText(text)}</v></c>`];
      }
      return [cellXml(ref, value, s)];
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const cols = COLUMN_WIDTHS.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('');
  const frozen = address(REPORT_HEADER_ROW + 1, 0);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${REPORT_HEADER_ROW + 1}" topLeftCell="${frozen}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${frozen}" sqref="${frozen}"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
