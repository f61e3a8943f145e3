/**
 * A count with its unit as kinerja sheets print targets and realisations: `335 Orang`,
 * `312 Orang/bulan`, `8 (delapan)`, `1 (satu) Dokumen`. The spelled-out number in parentheses
 * repeats the digits (a habit from official letters) and is dropped.
 */
import { parseNumberText, type ParseResult } from './parse';

export interface Quantity {
  kind: 'quantity';
  value: number;
  decimals: number;
  percent: boolean;
  /** The unit as printed (`Orang/bulan`), '' when there is none. */
  unit: string;
}

const WITH_UNIT = /^([-+−]?[\d.,]*\d[\d.,]*\s*%?)\s*(?:\([a-z\s]+\))?\s*([a-z][a-z\s/.-]*)?$/i;

/**
 * The quantity in `text`, or the reason it is not one: plain number text comes back with unit '';
 * text that is not a number followed by a unit comes back as `parseNumberText` reports it.
 */
export function parseQuantity(text: string): Quantity | Exclude<ParseResult, { kind: 'number' }> {
  const direct = parseNumberText(text);
  if (direct.kind === 'number') return { kind: 'quantity', value: direct.value, decimals: direct.decimals, percent: direct.percent, unit: '' };
  const match = WITH_UNIT.exec(text.replace(/\u00a0/g, ' ').trim());
  if (!match) return direct;
  const inner = parseNumberText(match[1]);
  if (inner.kind !== 'number') return { ...inner, text: text.trim() };
  return { kind: 'quantity', value: inner.value, decimals: inner.decimals, percent: inner.percent, unit: (match[2] ?? '').trim() };
}

/** Units compare equal after normalising case and spaces (`Orang` = `orang`, `Orang / bulan` = `Orang/bulan`). */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string): string => u.toLowerCase().replace(/\s+/g, '');
  return norm(a) === norm(b);
}
