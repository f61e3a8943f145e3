/**
 * "Ubah ke nilai": replaces the add-in's formulas (KINERJA.* and the portable LAMBDA names) with
 * their last computed values, so the sheet can be shared with people who do not have the add-in.
 */
import { address } from '../model/address';
import type { Area, SheetModel } from '../model/workbook';
import { isCellError } from '../model/workbook';
import type { ChangeSet, CellWrite } from '../changes/types';

/** A call of a KINERJA function (also as stored in files: `_xldudf_KINERJA_CAPAIAN`) or a portable name. */
const OUR_CALL = /(^|[^A-Za-z0-9_.])(?:(?:_xldudf_)?KINERJA[._][A-Z]+|CAPAIAN|PREDIKAT|PENYERAPAN|SISA|EFISIENSI)\s*\(/i;

export function usesCermatFunctions(formula: string): boolean {
  return OUR_CALL.test(formula);
}

export interface FreezePlan extends ChangeSet {
  /** The writes replace formulas: the host must be told `allowOverwrite`. */
  requiresOverwrite: true;
  /** Cells left as formulas because their value is an error or missing (A1). */
  skipped: string[];
}

/** Plans replacing the sheet's (or the area's) Cermat formulas by their values. */
export function freezeFormulas(sheet: SheetModel, area?: Area): FreezePlan {
  const writes: CellWrite[] = [];
  const skipped: string[] = [];
  const top = area?.top ?? 0;
  const bottom = area?.bottom ?? sheet.rowCount - 1;
  for (let row = top; row <= bottom; row++) {
    const cells = sheet.cells[row];
    if (!cells) continue;
    const left = area?.left ?? 0;
    const right = Math.min(area?.right ?? cells.length - 1, cells.length - 1);
    for (let col = left; col <= right; col++) {
      const cell = cells[col];
      if (!cell?.f || !usesCermatFunctions(cell.f)) continue;
      if (cell.v === null || isCellError(cell.v)) skipped.push(address(row, col));
      else writes.push({ sheet: sheet.name, cell: address(row, col), value: cell.v });
    }
  }
  return { label: `Ubah rumus Cermat menjadi nilai pada ${sheet.name}`, writes, requiresOverwrite: true, skipped };
}
