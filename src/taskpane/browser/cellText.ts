/** What the browser workbook view prints in a cell: id-ID numbers, formulas as formulas. */
import { formatNumber } from '../../core/numbers/format';
import { isCellError, type Cell } from '../../core/model/workbook';

export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.f !== undefined && (cell.v === null || cell.v === undefined)) return `=${cell.f}`;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') {
    if (cell.fmt && /%/.test(cell.fmt)) return `${formatNumber(v * 100, undefined, 2)}%`;
    // Small whole numbers (years, counts) as Excel's General format shows them: 2024, not 2.024.
    if (Number.isInteger(v) && Math.abs(v) < 10000 && !cell.fmt?.includes('#,##')) return String(v);
    return formatNumber(v, undefined, 4);
  }
  return String(v);
}
