/**
 * How a generated number is written into a cell (domain.md §5): typed with a number format, as
 * Indonesian text ("1.234.567", "Rp 1.234.567,-", "92,50 %"), or a percent as a fraction with a
 * percent format (0,925 shown 92,50 %) or as points (92,5 in a "%" column).
 */
import type { Cell } from '../../src/core/model/workbook';
import { formatNumber } from '../../src/core/numbers/format';
import type { Rng } from './prng';

/** rp: Rupiah amounts; k: a performance quantity (volume, count, or an indicator in %); pct: a percentage in points. */
export type Unit = 'rp' | 'k' | 'pct';
export type Style = 'typed' | 'text' | 'fraction';

export interface ColumnStyle {
  style: Style;
  /** Number format for typed and fraction cells. */
  fmt?: string;
  /** Text cells: prefix and suffix around the Indonesian number ("Rp ", ",-", " %"). */
  prefix: string;
  suffix: string;
  /** Text cells in the other style found in the same files: 12,387,484,416 and 114.44% (domain.md §5). */
  us?: boolean;
}

export function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((x + Math.sign(x) * 1e-9) * f) / f;
}

function typedFormat(unit: Unit, decimals: number, rng: Rng): string | undefined {
  if (unit === 'rp') return rng.pick(['#,##0', '#,##0', '#,##0.00', '#,##0_);(#,##0)']);
  if (decimals === 0) return rng.pick([undefined, '#,##0', '0']);
  const places = '0'.repeat(decimals);
  return rng.pick([`0.${places}`, `#,##0.${places}`]);
}

/** A column's way of writing numbers of `unit`, drawn once per column. */
export function drawColumnStyle(unit: Unit, decimals: number, style: Style, rng: Rng): ColumnStyle {
  if (style === 'text') {
    if (rng.chance(0.08) && unit !== 'k') return { style, prefix: '', suffix: unit === 'pct' ? '%' : '', us: true };
    if (unit === 'rp') {
      const [prefix, suffix] = rng.pick([['', ''], ['', ''], ['Rp ', ''], ['Rp. ', ',-'], ['', ',-'], ['', ',00']]);
      return { style, prefix, suffix };
    }
    return { style, prefix: '', suffix: unit === 'pct' ? rng.pick(['', '%', ' %']) : '' };
  }
  if (style === 'fraction') return { style, fmt: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`, prefix: '', suffix: '' };
  return { style, fmt: typedFormat(unit, decimals, rng), prefix: '', suffix: '' };
}

/** The cell for a value (percent in points) written in a column's style, without a formula. */
/**
 * US style only where it cannot be read the other way: amounts of two groups or more (1,234 alone
 * would be 1,234 in Indonesian) and percentages with a decimal point.
 */
function usText(value: number, unit: Unit, decimals: number): string | null {
  if (unit === 'rp' && Math.abs(value) < 1e6) return null;
  return formatNumber(roundTo(value, decimals), decimals)
    .replace('−', '-')
    .replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

export function numberCell(value: number, unit: Unit, decimals: number, s: ColumnStyle): Cell {
  if (s.style === 'text') {
    const us = s.us ? usText(value, unit, decimals) : null;
    if (us !== null) return { v: `${us}${s.suffix}` };
    const body = unit === 'rp' && value === 0 ? '-' : formatNumber(roundTo(value, decimals), decimals).replace('−', '-');
    return { v: `${s.prefix}${body}${unit === 'rp' && value === 0 ? '' : s.suffix}` };
  }
  // As Excel stores a typed 78,3 %: the fraction without binary noise (0,783, not 0,78299999…).
  const v = s.style === 'fraction' ? Number((value / 100).toPrecision(15)) : value;
  return s.fmt ? { v, fmt: s.fmt } : { v };
}

/** What a reader sees in the cell, for the truth file's `printed`. */
export function printedText(value: number, unit: Unit, decimals: number, s: ColumnStyle): string {
  const body = formatNumber(roundTo(value, decimals), decimals);
  if (s.style === 'text') return String(numberCell(value, unit, decimals, s).v);
  return unit === 'pct' ? `${body} %` : body;
}
