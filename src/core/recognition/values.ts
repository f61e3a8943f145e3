/**
 * Numbers as a cell holds them: typed numbers with their number format (percent cells stored as
 * fractions or as points), number text pasted from Word/PDF, `-`, counts with units ("335 Orang",
 * "8 (delapan)"), grade targets ("72/BB"). Every number comes with its printed precision.
 */
import type { Cell } from '../model/workbook';
import { isCellError } from '../model/workbook';
import { parseNumberText, type UnparsedText } from '../numbers/parse';
import { memoize } from '../util/multimap';

export interface CellNumber {
  kind: 'number';
  /** Percent cells are in points: 0,3552 formatted `0.00%` → 35.52. */
  value: number;
  /** Decimals as printed. */
  decimals: number;
  /** Printed with a percent sign (format or text). */
  percent: boolean;
  /** The number was stored as text. */
  fromText: boolean;
  /** A unit that followed the number ("Orang", "Dokumen"), lower case. */
  unit?: string;
}

export type CellReading = CellNumber | UnparsedText | { kind: 'error'; text: string } | { kind: 'unknown'; text: string };

/** Decimals a number format prints: `#,##0.00` → 2, `0%` → 0; null for General. */
export function formatDecimals(fmt: string | undefined): number | null {
  return fmt ? decimalsOfFormat(fmt) : null;
}

const decimalsOfFormat = memoize((fmt: string): number | null => {
  if (/general/i.test(fmt)) return null;
  const section = fmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
});

const percentFormat = memoize((fmt: string): boolean => /%/.test(fmt.split(';')[0].replace(/"[^"]*"/g, '')));

export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && percentFormat(fmt);
}

function generalDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const s = String(Math.abs(value));
  if (s.includes('e')) return 10;
  return Math.min(s.split('.')[1]?.length ?? 0, 10);
}

const QUANTITY = /^([\d.,]+)\s*(?:\([a-z ]+\))?\s*([a-z][a-z /]*)?$/i;

/** Reads the number a cell shows. `money`: a lone `-` is zero. */
export function readCell(cell: Cell | undefined, options: { money?: boolean } = {}): CellReading {
  if (!cell) return { kind: 'blank', text: '' };
  const v = cell.v;
  if (v === null || v === undefined) {
    return cell.f ? { kind: 'unknown', text: '' } : { kind: 'blank', text: '' };
  }
  if (isCellError(v)) return { kind: 'error', text: v.error };
  if (typeof v === 'boolean') return { kind: 'text', text: String(v) };
  if (typeof v === 'number') {
    if (isPercentFormat(cell.fmt)) {
      const decimals = formatDecimals(cell.fmt) ?? 2;
      return { kind: 'number', value: round(v * 100, 12), decimals, percent: true, fromText: false };
    }
    const decimals = formatDecimals(cell.fmt) ?? generalDecimals(v);
    return { kind: 'number', value: v, decimals, percent: false, fromText: false };
  }
  const text = v.trim();
  const parsed = parseNumberText(text, options);
  if (parsed.kind === 'number') return { ...parsed, fromText: true };
  if (parsed.kind === 'text') {
    const q = QUANTITY.exec(text);
    if (q) {
      const n = parseNumberText(q[1], options);
      if (n.kind === 'number') {
        const unit = q[2]?.trim().toLowerCase();
        return { ...n, fromText: true, ...(unit ? { unit } : {}) };
      }
    }
  }
  return parsed;
}

/** The numeric value of a reading, or null. */
export function numberOf(r: CellReading): number | null {
  return r.kind === 'number' ? r.value : null;
}

function round(x: number, places: number): number {
  const f = Math.pow(10, places);
  return Math.round(x * f) / f;
}
