/**
 * What reading a workbook costs, bounded: the limits, the counts of a package's parts against them,
 * the Indonesian message past one, and merges clipped to a sheet's used range. Shared by the
 * package scan before ExcelJS (package.ts) and the direct reader of the check (workbook-xml.ts).
 * No Node imports.
 */
import { formatNumber } from '../core/numbers/format';
import { WorkbookLoadError } from './errors';

export const LIMITS = {
  /** Cells over all sheets, counted as ExcelJS holds them: rows, each as wide as its rightmost cell, and the cells merges cover. */
  cells: 1_000_000,
  /**
   * Merged ranges on one sheet: ExcelJS compares each new merge with all earlier ones of its sheet
   * (5.000 take 2 s, 20.000 take 30 s). Several sheets share the allowance by that cost (the sum
   * of the squares of their counts), and the workbook holds at most ten times as many in all.
   */
  merges: 5_000,
  sharedStrings: 1_000_000,
  /** Bytes of all parts once unpacked. */
  unpackedBytes: 400 * 1024 * 1024,
  /**
   * Cells under data validation rules, for a whole-workbook read only (the check skips the rules):
   * ExcelJS stores the rule once per cell, so one whole column (1.048.576 cells) takes 2 s.
   */
  validationCells: 1_100_000,
};

export type Limits = typeof LIMITS;

/** A merge after clipping to the used range, 1-based as in the file. */
export interface ClippedMerge {
  sheetPart: string;
  original: string;
  /** null when the merge lies wholly outside the used range and was dropped. */
  clipped: string | null;
}

export class LimitReached extends Error {}

/** What a workbook costs to read, in the units of `Limits`. */
export interface Counts {
  cells: number;
  merges: number;
  sharedStrings: number;
  bytes: number;
  validationCells: number;
  mergeWork: number;
}

/** The first limit the counts pass, as the message names it; null within all limits. */
function exceeded(counts: Counts, limits: Limits): string | null {
  const n = formatNumber;
  const reasons: [boolean, () => string][] = [
    [counts.validationCells > limits.validationCells, () => `aturan validasi data mencakup lebih dari ${n(limits.validationCells)} sel`],
    [counts.cells > limits.cells, () => `lebih dari ${n(limits.cells)} sel`],
    [counts.merges > 10 * limits.merges, () => `lebih dari ${n(10 * limits.merges)} rentang sel gabungan`],
    [counts.mergeWork > limits.merges ** 2, () => `lebih dari ${n(limits.merges)} rentang sel gabungan pada satu lembar (atau setara itu pada beberapa lembar)`],
    [counts.sharedStrings > limits.sharedStrings, () => `lebih dari ${n(limits.sharedStrings)} teks berbeda`],
    [counts.bytes > limits.unpackedBytes, () => `lebih dari ${n(limits.unpackedBytes / 1024 / 1024)} MB setelah dibuka`],
  ];
  return reasons.find(([over]) => over)?.[1]() ?? null;
}

/** What the parts read so far cost, checked against the limits after every chunk. */
export class Budget implements Counts {
  cells = 0;
  merges = 0;
  /** Merges on the sheet being read, and Σ (merges on a sheet)² over the sheets read: ExcelJS's work. */
  sheetMerges = 0;
  mergeWork = 0;
  sharedStrings = 0;
  bytes = 0;
  validationCells = 0;
  constructor(readonly limits: Limits) {}
  addMerge(): void {
    this.merges++;
    this.sheetMerges++;
    this.mergeWork += 2 * this.sheetMerges - 1;
  }
  /** Validation rules are left out here: only a whole-workbook read stores them (see `validationCells`). */
  check(): void {
    if (exceeded({ ...this, validationCells: 0 }, this.limits) !== null) throw new LimitReached();
  }
}

/** The message for a workbook past a limit (`counts` must pass one). */
export function tooLarge(name: string, counts: Counts, limits: Limits): WorkbookLoadError {
  return new WorkbookLoadError(
    `Berkas "${name}" terlalu besar: ${exceeded(counts, limits)}; periksa per lembar (salin lembar yang berisi tabel ke buku kerja baru, lalu periksa buku kerja itu).`,
    'too-large',
  );
}

/** 1-based cell coordinates of `A1`-style text; null when it is not one. */
export function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

export function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectOf(ref: string): Rect | null {
  const [a, b = a] = ref.split(':');
  const p = cellRef(a);
  const q = cellRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/**
 * One worksheet part counted as ExcelJS would hold it, tag by tag: rows, each as wide as its
 * rightmost cell; its used range (every cell written, also styled empty ones); its merges.
 */
export class SheetTally {
  row = 0;
  col = 0;
  private rowWidth = 0;
  private readonly used: Rect = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  readonly merges: string[] = [];
  constructor(private readonly budget: Budget) {
    budget.sheetMerges = 0;
  }
  /** A `<row>` with its `r` (null without one: the row after the last). */
  addRow(r: number | null): void {
    this.row = r ?? this.row + 1;
    this.col = 0;
    this.rowWidth = 0;
    this.budget.cells++;
  }
  /** A `<c>` at its `r` (row 0 without one: the cell after the last). */
  addCell(row: number, col: number): void {
    if (row > 0) {
      if (row !== this.row) this.rowWidth = 0;
      this.row = row;
      this.col = col;
    } else this.col++;
    // ExcelJS keeps a row's cells in an array as long as its rightmost column: that is the cost.
    if (this.col > this.rowWidth) {
      this.budget.cells += this.col - this.rowWidth;
      this.rowWidth = this.col;
    }
    const used = this.used;
    if (this.row < used.top) used.top = this.row;
    if (this.row > used.bottom) used.bottom = this.row;
    if (this.col < used.left) used.left = this.col;
    if (this.col > used.right) used.right = this.col;
  }
  /** A `<mergeCell>` with its `ref` (null without one). */
  addMerge(ref: string | null): void {
    if (ref !== null) this.merges.push(ref);
    this.budget.addMerge();
  }
  get usedRange(): Rect | null {
    return this.used.bottom > 0 ? this.used : null;
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Each merge clipped to the used range (or dropped), with the cells the kept ones cover counted. */
export function clipMerges(sheetPart: string, refs: string[], used: Rect | null, budget: Budget): ClippedMerge[] {
  const kept: Rect[] = [];
  return refs.map((original) => {
    const rect = rectOf(original);
    let clipped: string | null = null;
    if (rect && used) {
      const c = { top: rect.top, left: rect.left, bottom: Math.min(rect.bottom, used.bottom), right: Math.min(rect.right, used.right) };
      const single = c.top === c.bottom && c.left === c.right;
      if (c.top <= c.bottom && c.left <= c.right && !single && !kept.some((k) => overlaps(k, c))) {
        kept.push(c);
        // Every covered cell becomes an ExcelJS cell, in rows as long as the merge's right edge.
        budget.cells += (c.bottom - c.top + 1) * c.right;
        budget.check();
        clipped = `${letters(c.left)}${c.top}:${letters(c.right)}${c.bottom}`;
      }
    }
    return { sheetPart, original, clipped };
  });
}
