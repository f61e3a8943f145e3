/** Text helpers for headers and labels: Indonesian spelling variants, case, spacing. */
import type { Cell, SheetModel } from '../model/workbook';
import { isCellError } from '../model/workbook';
import { memoize } from '../util/multimap';

/** Lower case, punctuation to spaces (keeping `%` and `/`), collapsed spaces, common abbreviations spelled out. */
export const normalize = memoize((text: string): string =>
  text
    .toLowerCase()
    .replace(/\u00a0/g, ' ')
    .replace(/\bthn\b\.?|\bth\b\.?/g, 'tahun')
    .replace(/\bthd\b/g, 'terhadap')
    .replace(/percentase/g, 'persentase')
    .replace(/starategi/g, 'strategi')
    .replace(/sasaranstrategis/g, 'sasaran strategis')
    .replace(/\bj u m l a h\b/g, 'jumlah')
    .replace(/[^a-z0-9%/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Normalised text for matching names across tables: also drops numbering, "program"/"kegiatan" words. */
export const nameKey = memoize((text: string): string =>
  normalize(text)
    .replace(/^(\d+|[ivx]+|[a-z])( \d+)*\s+/, '')
    .replace(/\b(program|kegiatan|sub kegiatan|sub|urusan)\b/g, ' ')
    .replace(/\bkab(upaten)?\b|\bkota\b|\bkab kota\b/g, ' ')
    .split(/[^a-z0-9]+/)
    .map((w) => (w.length > 6 && w.endsWith('an') ? w.slice(0, -2) : w))
    .join(''),
);

/** The cell's content as text ('' for blank, error code for errors). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v).trim();
}

/** Text of a cell, or of the merged area's top-left cell when the cell is covered by a merge. */
export function mergedText(sheet: SheetModel, mergeIndex: MergeIndex, row: number, col: number): string {
  const m = mergeIndex.get(row, col);
  if (m) return cellText(sheet.cells[m.top]?.[m.left]);
  return cellText(sheet.cells[row]?.[col]);
}

export interface MergeIndex {
  get(row: number, col: number): { top: number; left: number; bottom: number; right: number } | undefined;
}

export function buildMergeIndex(sheet: SheetModel): MergeIndex {
  const map = new Map<number, { top: number; left: number; bottom: number; right: number }>();
  const key = (r: number, c: number) => r * 16384 + c;
  for (const m of sheet.merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) map.set(key(r, c), m);
  }
  return { get: (r, c) => map.get(key(r, c)) };
}

/** A four-digit year between 2000 and 2099 in the text, when there is exactly one distinct year. */
export function singleYear(text: string): number | null {
  if (/\d{4}\s*(-|–|—|s\/d|sd|sampai)\s*(tahun\s*|th\.?\s*)?\d{4}/i.test(text)) return null;
  const years = new Set((text.match(/\b20\d{2}\b/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : null;
}
