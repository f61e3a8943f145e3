/** Read access to one sheet for recognition: merged-aware text and typed readings. */
import type { Cell, SheetModel } from '../model/workbook';
import { buildMergeIndex, cellText, type MergeIndex } from './text';
import { readCell, type CellReading } from './values';

export interface Grid {
  sheet: SheetModel;
  merges: MergeIndex;
  cell(row: number, col: number): Cell | undefined;
  /** The cell's own text ('' when blank or covered by a merge). */
  text(row: number, col: number): string;
  /** The text shown at this position: a merged area's text appears in every cell it covers. */
  shown(row: number, col: number): string;
  /** True when the cell is covered by a merge but is not its top-left cell. */
  covered(row: number, col: number): boolean;
  /** The cell's reading (`money`: a lone `-` is zero), parsed once per sheet however often it is asked for. */
  reading(row: number, col: number, money: boolean): CellReading;
}

const grids = new WeakMap<SheetModel, Grid>();

/** The sheet's grid, built once per sheet however many steps (recognition, checks) ask for it. */
export function gridOf(sheet: SheetModel): Grid {
  let grid = grids.get(sheet);
  if (!grid) grids.set(sheet, (grid = buildGrid(sheet)));
  return grid;
}

/** One array per column and reading mode, indexed by row: a lookup is an array index, not a hash. */
function readingCache(sheet: SheetModel, cell: (r: number, c: number) => Cell | undefined): Grid['reading'] {
  const columns: (CellReading | undefined)[][] = [];
  const modes = [{ money: false }, { money: true }];
  return (r, c, money) => {
    const slot = c * 2 + (money ? 1 : 0);
    let column = columns[slot];
    if (!column) column = columns[slot] = new Array<CellReading | undefined>(sheet.rowCount);
    let reading = column[r];
    if (reading === undefined) reading = column[r] = readCell(cell(r, c), modes[money ? 1 : 0]);
    return reading;
  };
}

function buildGrid(sheet: SheetModel): Grid {
  const merges = buildMergeIndex(sheet);
  const cell = (r: number, c: number) => sheet.cells[r]?.[c];
  return {
    reading: readingCache(sheet, cell),
    sheet,
    merges,
    cell,
    text: (r, c) => cellText(cell(r, c)),
    shown: (r, c) => {
      const m = merges.get(r, c);
      return cellText(m ? cell(m.top, m.left) : cell(r, c));
    },
    covered: (r, c) => {
      const m = merges.get(r, c);
      return !!m && (m.top !== r || m.left !== c);
    },
  };
}

/** The row's non-empty columns (own text, not covered by merges), left to right. */
export function filledColumns(grid: Grid, row: number): number[] {
  const out: number[] = [];
  const cells = grid.sheet.cells[row];
  if (!cells) return out;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c]?.v;
    if (v !== null && v !== undefined && String(v).trim() !== '') out.push(c);
  }
  return out;
}
