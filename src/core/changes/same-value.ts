/** Whether a cell still holds the value a change expects (text prefixes, blanks and float noise aside). */
import type { CellValue } from '../model/workbook';
import { isCellError } from '../model/workbook';

function plain(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'string') return v.startsWith("'") ? v.slice(1) : v;
  return v as number | boolean;
}

export function sameValue(expected: CellValue, actual: unknown): boolean {
  const a = plain(expected);
  const b = plain(actual);
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}
