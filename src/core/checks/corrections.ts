/**
 * The right value of each cell a check found wrong, for the cells computed from it (a sisa right
 * for the true realisasi is no error of its own). A correction counts only while the relation that
 * made it is confirmed by the numbers: a misread column corrects nothing.
 */
import { cellIndex, MAX_COLUMNS } from '../model/address';
import { numbersConfirm } from './confirm';
import type { Relation } from './ledger';

export class Corrections {
  /** By sheet, then by cell index (model/address.ts `cellIndex`). */
  private readonly bySheet = new Map<string, Map<number, { value: number; relation: Relation | null }>>();

  set(sheet: string, a1: string, value: number, relation: Relation | null): void {
    let cells = this.bySheet.get(sheet);
    if (!cells) this.bySheet.set(sheet, (cells = new Map()));
    cells.set(cellIndex(a1), { value, relation });
  }

  /** The right value of the cell, when a confirmed relation found it wrong. */
  get(sheet: string, a1: string): number | undefined {
    return this.valueOf(this.bySheet.get(sheet)?.get(cellIndex(a1)));
  }

  /** The same, by 0-based row and column. */
  getAt(sheet: string, row: number, col: number): number | undefined {
    return this.valueOf(this.bySheet.get(sheet)?.get(row * MAX_COLUMNS + col));
  }

  private valueOf(c: { value: number; relation: Relation | null } | undefined): number | undefined {
    if (!c) return undefined;
    const r = c.relation;
    if (r && (r.superseded || !numbersConfirm(r.evaluated, r.broken))) return undefined;
    return c.value;
  }
}
