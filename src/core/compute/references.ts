/** Cell references and values as the formulas we generate need them. */
import { address, rangeAddress } from '../model/address';
import type { Area, Cell, SheetModel } from '../model/workbook';
import { cellAt } from '../model/workbook';

/** A sheet name as a formula needs it: `'Skala Predikat'`, quotes doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `'Skala Predikat'!$B$6:$C$9` for an absolute reference to another sheet's area. */
export function absoluteAreaReference(sheet: string, area: Area): string {
  const absolute = rangeAddress(area.top, area.left, area.bottom, area.right).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `${quoteSheetName(sheet)}!${absolute}`;
}

/** True when the number-format code shows the value as a percentage (a literal "%" does not count). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  const unquoted = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return unquoted.includes('%');
}

/** A cell holding a fraction shown as a percentage (0.3552 shown 35,52 %): its points are ×100. */
export function holdsFraction(cell: Cell | undefined): boolean {
  return typeof cell?.v === 'number' && isPercentFormat(cell.fmt);
}

export function isBlankCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.f !== undefined) return false;
  return cell.v === null || (typeof cell.v === 'string' && cell.v.trim() === '');
}

/** The reference to a cell, converted to percentage points (`E6*100`) when it holds a fraction. */
export function pointsReference(sheet: SheetModel, row: number, col: number, convert: boolean): string {
  const ref = address(row, col);
  return convert && holdsFraction(cellAt(sheet, row, col)) ? `${ref}*100` : ref;
}

/** True when the cell lies in a merged area. */
export function inMerge(sheet: SheetModel, row: number, col: number): boolean {
  return sheet.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}
