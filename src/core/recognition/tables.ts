/**
 * Finding tables on a sheet: header blocks of 1–6 rows (merged group cells, a numbering row
 * "1 2 3 …" or "13 = 12/7x100" under them), the body below until blank rows or the next table,
 * the caption lines above. Several tables may be stacked on one sheet.
 */
import type { Area } from '../model/workbook';
import { filledColumns, type Grid } from './grid';
import { isHeaderLike, readHeader, roleOf } from './vocabulary';

export interface TableBlock {
  header: Area;
  /** Row of the numbering line under the header, if any. */
  numberingRow: number | null;
  /** Body rows (0-based), header and numbering excluded; repeated header rows included. */
  bodyTop: number;
  bodyBottom: number;
  caption: { row: number; col: number; text: string }[];
  /** Rows in the body that repeat the header (after a page break). */
  repeatedHeaderRows: number[];
  /** Blank rows inside the body. */
  spacerRows: number[];
}

/** Header rows read at most (evaluation forms group periods over K/Rp over TW I–IV). */
const MAX_HEADER_ROWS = 6;
/** Blank spacer rows a table may have inside its body, when the rows after them go on with its columns. */
const MAX_SPACER_ROWS = 2;

const CORE_WORDS = /target|realisasi|capaian|pagu|anggaran|predikat|kategori|interpretasi|keberhasilan|sisa|selisih|penyerapan|efisiensi|interval|persentase|nilai|rencana|indikator|jumlah/;

function isYearNumber(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2099;
}

/** A header row: at least two header-like cells, one of them a core word, and no data numbers. */
export function isHeaderRow(grid: Grid, row: number): boolean {
  // Fast path: a row holding a data number (not a year) is a body row.
  const own = grid.sheet.cells[row];
  if (own?.some((c) => typeof c?.v === 'number' && !isYearNumber(c.v))) return false;
  const cols = filledColumns(grid, row);
  if (cols.length < 2) {
    // A single own cell can still be a header row when merges fill the rest (e.g. "Kinerja Tahun 2024" groups).
    if (cols.length === 0) return false;
  }
  let headerLike = 0;
  let core = false;
  let seen = 0;
  const width = Math.max(grid.sheet.colCount, 1);
  for (let c = 0; c < width; c++) {
    if (grid.covered(row, c) && grid.merges.get(row, c)!.left !== c) continue;
    const cell = grid.cell(row, c) ?? (grid.covered(row, c) ? grid.cell(grid.merges.get(row, c)!.top, c) : undefined);
    const v = cell?.v;
    if (v === null || v === undefined || String(v).trim() === '') continue;
    seen++;
    if (typeof v === 'number' && !isYearNumber(v)) return false;
    const t = String(v).trim();
    if (isHeaderLike(t) || isYearNumber(v)) {
      headerLike++;
      if (CORE_WORDS.test(readHeader(t).base)) core = true;
    } else if (t.length > 60) {
      return false;
    }
  }
  return seen >= 2 && headerLike >= 2 && core && headerLike * 2 >= seen;
}

/** A numbering cell: "7", "(7)", or a column formula "13 = 12/7x100"; its number, or null. */
export function numberingCellNumber(text: string): number | null {
  const m = /^\(?(\d{1,2})\)?(?:\s*=\s*[\d\s()+\-−x×*/:÷.,]+)?$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** A numbering row under a header: 0 or 1, 2, 3 … (or (1), (2) … or "13 = 12/7x100") in its filled cells. */
function isNumberingRow(grid: Grid, row: number): boolean {
  const cols = filledColumns(grid, row);
  if (cols.length < 3) return false;
  let prev = -1;
  let ok = 0;
  for (const c of cols) {
    const m = [numberingCellNumber(grid.text(row, c))];
    if (m[0] === null) return false;
    const n = m[0];
    if (n >= prev) ok++;
    prev = n;
  }
  return ok >= cols.length - 1;
}

function reachesDown(grid: Grid, row: number, colCount: number): boolean {
  for (let c = 0; c < colCount; c++) {
    const m = grid.merges.get(row, c);
    if (m && m.top === row && m.bottom > row) return true;
  }
  return false;
}

function rowIsBlank(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (grid.text(row, c) !== '' && !grid.covered(row, c)) return false;
  return true;
}

/**
 * After a blank row at `row`: the row where the table goes on, when within a spacer or two a row
 * follows that is no header and no caption line but numbers in at least two of the table's columns.
 */
function continuesAfterSpacer(grid: Grid, row: number, left: number, right: number): number | null {
  for (let q = row + 1; q <= row + MAX_SPACER_ROWS && q < grid.sheet.rowCount; q++) {
    if (rowIsBlank(grid, q, left, right)) continue;
    if (isHeaderRow(grid, q)) return null;
    let numbers = 0;
    for (let c = left; c <= right; c++) if (grid.reading(q, c, false).kind === 'number') numbers++;
    return numbers >= 2 ? q : null;
  }
  return null;
}

function headerSignature(grid: Grid, top: number, bottom: number, left: number, right: number): string {
  const parts: string[] = [];
  for (let c = left; c <= right; c++) parts.push(readHeader(grid.shown(bottom, c)).base);
  return `${bottom - top}|${parts.join('|')}`;
}

function captionAbove(grid: Grid, headerTop: number, stopRow: number): TableBlock['caption'] {
  const lines: TableBlock['caption'] = [];
  let r = headerTop - 1;
  // Up to three blank rows between the caption and its table, and one between caption lines.
  let blanks = 0;
  let gap = 0;
  while (r > stopRow && lines.length < 3) {
    const cols = filledColumns(grid, r);
    if (cols.length === 0) {
      if (lines.length > 0 ? ++gap > 1 : ++blanks > 3) break;
      r--;
      continue;
    }
    gap = 0;
    if (cols.length > 2) break;
    lines.unshift({ row: r, col: cols[0], text: grid.text(r, cols[0]) });
    r--;
  }
  return lines;
}

export function findTableBlocks(grid: Grid): TableBlock[] {
  const { rowCount, colCount } = grid.sheet;
  const blocks: TableBlock[] = [];
  let r = 0;
  let lastBottom = -1;
  while (r < rowCount) {
    if (!isHeaderRow(grid, r)) {
      r++;
      continue;
    }
    // A group row above whose merged cells reach down into this row belongs to the header.
    if (r > lastBottom + 1 && r > 0 && reachesDown(grid, r - 1, colCount)) r--;
    // Extend the header down: rows that are header rows too, or that vertical merges reach.
    let bottom = r;
    const deepest = r + MAX_HEADER_ROWS - 1;
    for (let grown = true; grown; ) {
      grown = false;
      for (let hr = r; hr <= bottom; hr++) {
        for (let c = 0; c < colCount; c++) {
          const m = grid.merges.get(hr, c);
          const reach = m && m.top === hr ? Math.min(m.bottom, deepest) : bottom;
          if (reach > bottom && !isNumberingRow(grid, reach)) {
            bottom = reach;
            grown = true;
          }
        }
      }
      if (bottom + 1 < rowCount && bottom < deepest && isHeaderRow(grid, bottom + 1) && !isNumberingRow(grid, bottom + 1)) {
        bottom++;
        grown = true;
      }
    }
    let left = colCount;
    let right = -1;
    for (let hr = r; hr <= bottom; hr++) {
      for (let c = 0; c < colCount; c++) {
        if (grid.shown(hr, c) !== '') {
          left = Math.min(left, c);
          right = Math.max(right, c);
        }
      }
    }
    let next = bottom + 1;
    let numberingRow: number | null = null;
    if (next < rowCount && isNumberingRow(grid, next)) {
      numberingRow = next;
      next++;
    }
    const signature = headerSignature(grid, r, bottom, left, right);
    const repeated: number[] = [];
    let bodyBottom = next - 1;
    let q = next;
    const spacers: number[] = [];
    while (q < rowCount) {
      if (rowIsBlank(grid, q, left, right)) {
        const after = continuesAfterSpacer(grid, q, left, right);
        if (after === null) break;
        for (let k = q; k < after; k++) spacers.push(k);
        q = after;
        continue;
      }
      if (isHeaderRow(grid, q)) {
        const height = bottom - r;
        const sameHeader = headerSignature(grid, q, q + height, left, right) === signature;
        if (!sameHeader) break;
        for (let k = 0; k <= height; k++) repeated.push(q + k);
        q += height + 1;
        if (q < rowCount && isNumberingRow(grid, q)) repeated.push(q++);
        bodyBottom = q - 1;
        continue;
      }
      bodyBottom = q;
      q++;
    }
    if (bodyBottom >= next) {
      blocks.push({
        header: { top: r, left, bottom, right },
        numberingRow,
        bodyTop: next,
        bodyBottom,
        caption: captionAbove(grid, r, lastBottom),
        repeatedHeaderRows: repeated,
        spacerRows: spacers.filter((k) => k < bodyBottom),
      });
      lastBottom = bodyBottom;
    }
    r = Math.max(bodyBottom + 1, bottom + 1);
  }
  return blocks;
}

/** A header written by Cermat's computed columns ("Capaian (Cermat)"). */
export function isComputedColumn(header: string): boolean {
  return /\(cermat\)\s*$/i.test(header);
}

/** Role of each header column, before duplicates are resolved. */
export interface RawColumn {
  col: number;
  leaf: string;
  group: string | null;
  role: ReturnType<typeof roleOf>;
  year: number | null;
  yearCell: { row: number; col: number } | null;
}

export function headerColumns(grid: Grid, block: TableBlock): RawColumn[] {
  const { top, bottom, left, right } = block.header;
  const out: RawColumn[] = [];
  for (let c = left; c <= right; c++) {
    const leaf = grid.shown(bottom, c);
    const groups: string[] = [];
    for (let r = top; r < bottom; r++) {
      const t = grid.shown(r, c);
      if (t && t !== leaf && !groups.includes(t)) groups.push(t);
    }
    const group = groups.length ? groups.join(' ') : null;
    const leafH = readHeader(leaf);
    const groupH = group ? readHeader(group) : null;
    // The nearest group speaks first ("Tingkat Capaian (%)" over K | Rp), then the whole path.
    const nearest = groups.length > 1 ? readHeader(groups[groups.length - 1]) : null;
    let role = (nearest && roleOf(leafH, nearest)) || roleOf(leafH, groupH);
    // A bare year or quarter ("2024", "TW III") under a group takes the group's meaning.
    if (!role && groupH && !leafH.percent && (leafH.base === '' || /^(tw|triwulan)/.test(leafH.base))) role = roleOf(groupH, null);
    // A column Cermat computed is the add-in's own, not the user's data.
    if (isComputedColumn(leaf)) role = 'lainnya';
    const year = leafH.year ?? groupH?.year ?? null;
    let yearCell: RawColumn['yearCell'] = null;
    if (year) {
      for (let r = bottom; r >= top; r--) {
        if (readHeader(grid.shown(r, c)).year === year) {
          const m = grid.merges.get(r, c);
          yearCell = m ? { row: m.top, col: m.left } : { row: r, col: c };
          break;
        }
      }
    }
    out.push({ col: c, leaf, group, role, year, yearCell });
  }
  // A bare "%" takes its meaning from the nearest role on its left ("Bobot %", "Fisik %" are no such %).
  for (let i = 0; i < out.length; i++) {
    const leaf = readHeader(out[i].leaf);
    if (out[i].role || !leaf.percent || /bobot|fisik|deviasi|progres|kurva/.test(leaf.base)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const r = out[j].role;
      if (r === 'realisasi_anggaran' || r === 'pagu' || r === 'sisa') {
        out[i].role = 'penyerapan';
        break;
      }
      if (r === 'realisasi' || r === 'target' || r === 'target_renstra') {
        out[i].role = r === 'target_renstra' ? 'capaian_renstra' : 'capaian';
        break;
      }
      // "Jumlah PPKS | Jumlah yang tertangani | %": the share of one count in the other.
      if (r === 'jumlah') {
        if (out.slice(0, j).some((c) => c.role === 'jumlah')) out[i].role = 'persen';
        break;
      }
    }
  }
  return out;
}
