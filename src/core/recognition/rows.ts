/**
 * Rows of a table: their type (data, total, average, section), their name and code; the hierarchy
 * comes from hierarchy.ts.
 */
import { codeStyle, LEADING_NUMBER, NUMBERING_ONLY } from './codes';
import type { Grid } from './grid';
import { buildHierarchy, type RowDraft } from './hierarchy';
import { NUMERIC_ROLES } from './roles';
import { normalize } from './text';
import type { ColumnRole, RowType, TableColumn, TableRow } from './types';

const LABEL_ORDER: ColumnRole[] = ['uraian', 'indikator', 'strategi', 'sasaran', 'tujuan'];
const TOTAL = /^(jumlah|total|grand total|sub total|subtotal)\b/;
/** A total row's own words, as a cell of the indicator column may hold them ("Jumlah desa mandiri" is an indicator). */
const BARE_TOTAL = /^(jumlah|total|grand total|sub total|subtotal|jumlah total|total keseluruhan|jumlah rata rata|rata rata)$/;
const AVERAGE = /^(rata rata|rata2|rerata)\b|^capaian kinerja$/;

function rowCode(grid: Grid, row: number, codeCols: number[], labelCols: number[]): { code?: string; col: number } {
  let found: { code?: string; col: number } = { col: -1 };
  for (const c of codeCols) {
    const t = grid.text(row, c);
    if (t && t !== '0' && !/^0+\.?$/.test(t)) found = { code: t, col: c };
  }
  if (!found.code) {
    // A numbering typed into the first name column ("1." under a merged "Program" header).
    const c = labelCols.find((l) => NUMBERING_ONLY.test(grid.text(row, l)));
    if (c !== undefined) found = { code: grid.text(row, c), col: c };
  }
  return found;
}

/** The name columns in the order a row's name is looked for, and whether each carries its text down. */
interface LabelColumn {
  col: number;
  carried: boolean;
}

function labelColumns(columns: TableColumn[]): LabelColumn[] {
  return LABEL_ORDER.flatMap((role) => columns.filter((c) => c.role === role).map((c) => ({ col: c.col, carried: role === 'sasaran' || role === 'tujuan' })));
}

const DASH = /^[-–—]$/;
const WORD = /[a-z]{3}/i;

function rowLabel(grid: Grid, row: number, named: LabelColumn[], other: TableColumn[], carried: Map<number, string>): string {
  for (const { col, carried: carries } of named) {
    const t = grid.shown(row, col) || (carries ? (carried.get(col) ?? '') : '');
    if (t && !DASH.test(t) && !NUMBERING_ONLY.test(t)) return t;
  }
  for (const col of other) {
    const t = grid.text(row, col.col);
    if (t && WORD.test(t)) return t;
  }
  return '';
}

/** The first non-empty text of these columns, normalised (the row's label comes normalised already). */
function firstNormalized(grid: Grid, row: number, cols: number[], label: string, name: string): string {
  for (const c of cols) {
    const t = grid.shown(row, c);
    if (t) {
      const n = t === label ? name : normalize(t);
      if (n) return n;
    }
  }
  return '';
}

export function classifyRows(grid: Grid, top: number, bottom: number, skip: Set<number>, columns: TableColumn[]): TableRow[] {
  const codeCols = columns.filter((c) => c.role === 'no' || c.role === 'kode').map((c) => c.col);
  const labelCols = columns.filter((c) => LABEL_ORDER.includes(c.role)).map((c) => c.col);
  const indicatorCols = columns.filter((c) => c.role === 'indikator').map((c) => c.col);
  const satuanCols = columns.filter((c) => c.role === 'satuan').map((c) => c.col);
  const numericCols = columns.filter((c) => NUMERIC_ROLES.has(c.role)).map((c) => c.col);
  const firstCols = columns.slice(0, 4).filter((c) => c.role !== 'indikator').map((c) => c.col);
  const named = labelColumns(columns);
  const textColumns = columns.filter((c) => !NUMERIC_ROLES.has(c.role));
  const carriedCols = columns.filter((c) => c.role === 'sasaran' || c.role === 'tujuan').map((c) => c.col);
  const carried = new Map<number, string>();
  const drafts: RowDraft[] = [];
  for (let r = top; r <= bottom; r++) {
    if (skip.has(r)) continue;
    for (const c of carriedCols) {
      const t = grid.shown(r, c);
      if (t) carried.set(c, t);
    }
    let label = rowLabel(grid, r, named, textColumns, carried);
    let { code, col: codeCol } = rowCode(grid, r, codeCols, labelCols);
    if (!code) {
      const m = LEADING_NUMBER.exec(label);
      if (m) {
        code = m[1];
        codeCol = 1000;
        label = label.slice(m[0].length);
      }
    }
    const normalized = normalize(label);
    const firstText = firstNormalized(grid, r, firstCols, label, normalized);
    const hasNumbers = numericCols.some((c) => {
      const k = grid.reading(r, c, true).kind;
      return k === 'number' || k === 'malformed' || k === 'ambiguous' || k === 'unknown';
    });
    let type: RowType = 'data';
    // "Jumlah kasus …" / "Rata-rata lama waktu …" in the indicator column name an indicator, not a total row.
    const inIndicator = indicatorCols.some((c) => grid.shown(r, c) === label);
    const normLabel = inIndicator && !BARE_TOTAL.test(normalized) ? '' : normalized;
    // A row with its own unit ("Dokumen", "%") is an indicator, whatever its name starts with.
    const hasUnit = satuanCols.some((c) => grid.text(r, c) !== '');
    if (!hasUnit && (TOTAL.test(firstText) || TOTAL.test(normLabel))) type = 'total';
    else if (AVERAGE.test(firstText) || AVERAGE.test(normLabel)) type = 'average';
    else if (!hasNumbers) type = 'section';
    const labelCell = columns.find((c) => grid.text(r, c.col) === label);
    const cell = labelCell ? grid.cell(r, labelCell.col) : undefined;
    drafts.push({
      row: r,
      type,
      label,
      name: normalized,
      code,
      codeCol,
      style: codeStyle(code),
      bold: !!cell?.bold,
      indent: cell?.indent ?? 0,
      upper: /[A-Z]{4}/.test(label) && label === label.toUpperCase(),
      hasNumbers,
    });
  }
  // Unlabelled rows with numbers closing the table are its footer totals (exports print the sum without
  // a word), also above a closing "Rata-rata" or "Predikat" line.
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i];
    if (d.type !== 'data') continue;
    // Its own cells, not a sasaran carried down from the rows above.
    const unlabelled = labelCols.every((c) => !grid.shown(d.row, c)) && !d.code;
    if (!unlabelled || !d.hasNumbers) break;
    d.type = 'total';
  }
  const rows = buildHierarchy(grid, drafts, columns);
  markDuplicates(grid, rows, drafts, numericCols);
  return rows;
}

/** A data row repeating an earlier one (same name, same numbers) — often a copy-paste slip. */
function markDuplicates(grid: Grid, rows: TableRow[], drafts: RowDraft[], numericCols: number[]): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.type !== 'data' || !r.label) return;
    let key = drafts[i].name;
    for (const c of numericCols) key += `|${grid.text(r.row, c)}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, r.row);
    else r.duplicateOf = first;
  });
}
