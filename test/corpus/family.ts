/** What a layout family is, and the pieces of a sheet most families share. */
import type { DraftPlan, SheetDraft } from './draft';
import type { Item } from './hierarchy';
import type { Rng } from './prng';

export interface BuildContext {
  rng: Rng;
  year: number;
  plan: DraftPlan;
  sheetName: string;
}

export interface Family {
  id: string;
  title: string;
  /** Builds the sheet: layout, data and every relation; errors are injected afterwards. */
  build(ctx: BuildContext): SheetDraft;
}

export interface PlacedItem {
  item: Item;
  row: number;
  /** 0-based position at each level (1.2.1 → [0, 1, 0]). */
  path: number[];
}

/**
 * Rows for a tree from `first` on, with a blank spacer row before some programmes; `breakRows` > 0
 * leaves that many rows free before one later programme (a header repeated after a page break),
 * returned as `breakAt`.
 */
export function placeTree(tree: Item[], first: number, rng: Rng, spacers: number, breakRows = 0): { placed: PlacedItem[]; rowOf: Map<Item, number>; next: number; breakAt?: number } {
  const placed: PlacedItem[] = [];
  const rowOf = new Map<Item, number>();
  let row = first;
  let breakAt: number | undefined;
  const breakBefore = breakRows > 0 && tree.length > 1 ? rng.int(1, tree.length - 1) : -1;
  const visit = (items: Item[], path: number[]) =>
    items.forEach((item, i) => {
      if (item.level === 0 && i === breakBefore) {
        breakAt = row;
        row += breakRows;
      } else if (item.level === 0 && i > 0 && rng.chance(spacers)) row++;
      placed.push({ item, row, path: [...path, i] });
      rowOf.set(item, row++);
      visit(item.children, [...path, i]);
    });
  visit(tree, []);
  return { placed, rowOf, next: row, ...(breakAt !== undefined ? { breakAt } : {}) };
}

/** A Rupiah amount as budgets write them: whole thousands, sometimes whole rupiah. */
export function rupiah(rng: Rng, lo: number, hi: number): number {
  return Math.round(rng.real(lo, hi) / 1000) * 1000;
}

export const SHEET_NAMES = ['Lembar1', 'Sheet1', 'Tabel', 'Data', 'Laporan', 'Export'];
