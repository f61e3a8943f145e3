/** Text helpers for headers and labels: Indonesian spelling variants, case, spacing. */
import type { Cell, SheetModel } from '../model/workbook';
import { isCellError } from '../model/workbook';

/** Spelling variants and abbreviations, rewritten after lower-casing (only when the text has their letters). */
function spellOut(text: string): string {
  if (!text.includes('th') && !text.includes('percentase') && !text.includes('starategi') && !text.includes('sasaranstrategis') && !text.includes('j u m l a h')) return text;
  return text
    .replace(/\bthn\b\.?|\bth\b\.?/g, 'tahun')
    .replace(/\bthd\b/g, 'terhadap')
    .replace(/percentase/g, 'persentase')
    .replace(/starategi/g, 'strategi')
    .replace(/sasaranstrategis/g, 'sasaran strategis')
    .replace(/\bj u m l a h\b/g, 'jumlah');
}

/** Keeps a–z, 0–9, `%` and `/`; every run of anything else becomes one space; no space at either end. */
function squeeze(text: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    const kept = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37 || c === 47;
    if (kept && start < 0) start = i;
    else if (!kept && start >= 0) {
      out += (out ? ' ' : '') + text.slice(start, i);
      start = -1;
    }
  }
  return out;
}

/**
 * Lower case, punctuation to spaces (keeping `%` and `/`), collapsed spaces, common abbreviations
 * spelled out. One pass per text, no cache: every row label goes through it once.
 */
export function normalize(text: string): string {
  return squeeze(spellOut(text.toLowerCase()));
}

/** Normalised text for matching names across tables: also drops numbering, "program"/"kegiatan" words. */
export function nameKey(text: string): string {
  return normalize(text)
    .replace(/^(\d+|[ivx]+|[a-z])( \d+)*\s+/, '')
    .replace(/\b(program|kegiatan|sub kegiatan|sub|urusan)\b/g, ' ')
    .replace(/\bkab(upaten)?\b|\bkota\b|\bkab kota\b/g, ' ')
    .split(/[^a-z0-9]+/)
    .map((w) => (w.length > 6 && w.endsWith('an') ? w.slice(0, -2) : w))
    .join('');
}

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

type Merge = { top: number; left: number; bottom: number; right: number };

/** The merges covering each row, by row (most rows have none: a lookup there is one array index). */
export function buildMergeIndex(sheet: SheetModel): MergeIndex {
  const byRow: (Map<number, Merge> | undefined)[] = [];
  for (const m of sheet.merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 10000) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const cols = (byRow[r] ??= new Map());
      for (let c = m.left; c <= m.right; c++) cols.set(c, m);
    }
  }
  return { get: (r, c) => byRow[r]?.get(c) };
}

/** A four-digit year between 2000 and 2099 in the text, when there is exactly one distinct year. */
export function singleYear(text: string): number | null {
  if (/\d{4}\s*(-|–|—|s\/d|sd|sampai)\s*(tahun\s*|th\.?\s*)?\d{4}/i.test(text)) return null;
  const years = new Set((text.match(/\b20\d{2}\b/g) ?? []).map(Number));
  return years.size === 1 ? [...years][0] : null;
}
