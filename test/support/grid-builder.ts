/**
 * Builds WorkbookModel sheets from a compact spec for checker tests:
 *
 *   sheet('Anggaran', [
 *     ['Kode', 'Uraian', 'Pagu', 'Realisasi', '%'],
 *     ['1.06.01', 'Program …', 100, 90, 90],
 *   ], { at: 'A5', merges: ['A1:C1'], formats: { E6: '0.00%' }, formulas: { C6: 'SUM(C7:C9)' } })
 *
 * A cell value is a number, a string, a boolean, null (blank), an Excel error `{ error: '#DIV/0!' }`
 * or a full `Cell` (`{ v, f, fmt, bold, indent }`). `at` places the first row/column of `rows`
 * (default A1); merges, formats and formulas use sheet addresses.
 */
import { parseAddress } from '../../src/core/model/address';
import type { Area, Cell, CellError, CellValue, SheetModel, WorkbookModel } from '../../src/core/model/workbook';

export type CellSpec = number | string | boolean | null | undefined | CellError | Cell;

export interface SheetOptions {
  /** Where `rows[0][0]` goes (default `A1`). */
  at?: string;
  /** Merged areas in A1 style (`A5:A6`, `C5:E5`). */
  merges?: string[];
  /** Number formats by address (`F7: '0.00%'`). */
  formats?: Record<string, string>;
  /** Formulas by address, without `=` (`C6: 'SUM(C7:C9)'`); the cell keeps its value as the cached result. */
  formulas?: Record<string, string>;
  /** Extra cell properties by address (`B7: { bold: true, indent: 1 }`). */
  props?: Record<string, Partial<Cell>>;
  hiddenRows?: number[];
}

function isFullCell(x: CellSpec): x is Cell {
  return typeof x === 'object' && x !== null && 'v' in x;
}

function toCell(x: CellSpec): Cell | undefined {
  if (x === undefined) return undefined;
  if (isFullCell(x)) return { ...x };
  return { v: x as CellValue };
}

function pos(a1: string): { row: number; col: number } {
  const p = parseAddress(a1);
  if (!p) throw new Error(`Not an A1 address: ${a1}`);
  return p;
}

export function area(a1: string): Area {
  const [from, to] = a1.split(':');
  const p = pos(from);
  const q = pos(to ?? from);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** Sets extra properties on the cell at `a1`, creating it (blank) when absent. */
function patch(cells: (Cell | undefined)[][], a1: string, props: Partial<Cell>): void {
  const { row, col } = pos(a1);
  cells[row] ??= [];
  cells[row][col] = { ...(cells[row][col] ?? { v: null }), ...props };
}

export function sheet(name: string, rows: CellSpec[][], options: SheetOptions = {}): SheetModel {
  const origin = pos(options.at ?? 'A1');
  const cells: (Cell | undefined)[][] = [];
  rows.forEach((values, i) => {
    const r = origin.row + i;
    cells[r] ??= [];
    values.forEach((x, j) => {
      const cell = toCell(x);
      if (cell) cells[r][origin.col + j] = cell;
    });
  });
  for (const [a1, fmt] of Object.entries(options.formats ?? {})) patch(cells, a1, { fmt });
  for (const [a1, f] of Object.entries(options.formulas ?? {})) patch(cells, a1, { f });
  for (const [a1, props] of Object.entries(options.props ?? {})) patch(cells, a1, props);
  const merges = (options.merges ?? []).map(area);
  // Excel reports the cells a merge covers (other than its top-left one) as blank.
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && cells[r]) cells[r][c] = undefined;
    }
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  const rowCount = Math.max(cells.length, ...merges.map((m) => m.bottom + 1));
  const colCount = Math.max(0, ...cells.map((row) => row.length), ...merges.map((m) => m.right + 1));
  return { name, cells, rowCount, colCount, merges, ...(options.hiddenRows ? { hiddenRows: options.hiddenRows } : {}) };
}

export function workbook(sheets: SheetModel[], name?: string): WorkbookModel {
  return { ...(name !== undefined ? { name } : {}), sheets };
}

/** A one-sheet workbook. */
export function oneSheet(rows: CellSpec[][], options: SheetOptions & { sheetName?: string; fileName?: string } = {}): WorkbookModel {
  return workbook([sheet(options.sheetName ?? 'Lembar1', rows, options)], options.fileName);
}
