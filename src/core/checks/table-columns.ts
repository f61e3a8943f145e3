/**
 * Every column of a table as the checks see it: the recognised ones with their roles, and the
 * columns the header words did not explain (role `lainnya`, named by their header path), so that
 * relations found from the numbers and sums down the hierarchy reach them too.
 */
import { columnLetter } from '../model/address';
import type { Grid } from '../recognition/grid';
import type { ColumnRole, RecognizedTable, TableColumn } from '../recognition/types';
import { columnFacets, SCORE_WORDS, type ColumnFacets } from '../recognition/facets';
import { readHeader } from '../recognition/vocabulary';
import type { CheckContext } from './context';
import { readAt } from './readings';

/** Roles whose numbers are never amounts or computed values. */
export const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['no', 'kode', 'interval', 'satuan', 'tujuan', 'sasaran', 'strategi', 'indikator', 'uraian', 'formula', 'predikat', 'keterangan']);

/** The header path of a column: its group cells and leaf, numbering cells left out. */
export function headerText(grid: Grid, table: RecognizedTable, col: number): string {
  const own = table.columns.find((c) => c.col === col);
  if (own?.header) return own.group ? `${own.group} ${own.header}` : own.header;
  const parts: string[] = [];
  for (let r = table.header.top; r <= table.header.bottom; r++) {
    if (r === table.numberingRow) continue;
    const t = grid.shown(r, col);
    if (t && !parts.includes(t)) parts.push(t);
  }
  return parts.join(' ') || `kolom ${columnLetter(col)}`;
}

/** The lowest header text of a column (its leaf), numbering left out. */
function leafText(grid: Grid, table: RecognizedTable, col: number): string {
  const own = table.columns.find((c) => c.col === col);
  if (own) return own.header;
  for (let r = table.header.bottom; r >= table.header.top; r--) {
    if (r === table.numberingRow) continue;
    const t = grid.shown(r, col);
    if (t) return t;
  }
  return '';
}

/** Every column in the table's area that is not a label column, recognised or not. */
export function valueColumns(grid: Grid, table: RecognizedTable): TableColumn[] {
  const known = new Map(table.columns.map((c) => [c.col, c]));
  const out: TableColumn[] = [];
  for (let col = table.area.left; col <= table.area.right; col++) {
    const c = known.get(col) ?? { col, role: 'lainnya' as const, header: headerText(grid, table, col) };
    if (!LABEL_ROLES.has(c.role)) out.push(c);
  }
  return out;
}

const facetCache = new WeakMap<RecognizedTable, Map<number, ColumnFacets>>();

/** A column's facets (recognition/facets.ts), read once per table and column. */
export function facetsOf(ctx: CheckContext, table: RecognizedTable, col: TableColumn): ColumnFacets {
  let byCol = facetCache.get(table);
  if (!byCol) facetCache.set(table, (byCol = new Map()));
  let f = byCol.get(col.col);
  if (!f) {
    const grid = ctx.grid(table.sheet);
    f = columnFacets({
      role: col.role,
      leaf: leafText(grid, table, col.col),
      path: headerText(grid, table, col.col),
      ...(col.year ? { year: col.year } : {}),
      readings: table.rows.map((r) => readAt(ctx, table, r.row, col)),
      reportYear: ctx.year,
    });
    byCol.set(col.col, f);
  }
  return f;
}

/** The facets of every column of the table's area, by column letter (the report's `tables[].facets`). */
export function tableFacets(ctx: CheckContext, table: RecognizedTable): Record<string, ColumnFacets> {
  const known = new Map(table.columns.map((c) => [c.col, c]));
  const out: Record<string, ColumnFacets> = {};
  for (let col = table.area.left; col <= table.area.right; col++) {
    const c = known.get(col) ?? { col, role: 'lainnya' as const, header: '' };
    out[columnLetter(col)] = facetsOf(ctx, table, c);
  }
  return out;
}

/**
 * How a column's numbers add up, from its facets: Rupiah amounts, plain counts, or not at all
 * (percentages, columns without numbers, and scores — weights, progress, indices — whatever their role).
 */
export function additivity(ctx: CheckContext, table: RecognizedTable, col: TableColumn): 'money' | 'count' | 'none' {
  const f = facetsOf(ctx, table, col);
  if (f.unit === 'percent' || f.written === null || SCORE_WORDS.test(readHeader(leafText(ctx.grid(table.sheet), table, col.col)).base)) return 'none';
  return f.unit === 'rp' ? 'money' : 'count';
}
