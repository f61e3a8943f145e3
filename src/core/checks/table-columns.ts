/**
 * Every column of a table as the checks see it: the recognised ones with their roles, and the
 * columns the header words did not explain (role `lainnya`, named by their header path), so that
 * relations found from the numbers and sums down the hierarchy reach them too.
 */
import { columnLetter } from '../model/address';
import type { Grid } from '../recognition/grid';
import type { ColumnRole, RecognizedTable, TableColumn } from '../recognition/types';
import { readHeader } from '../recognition/vocabulary';
import type { CheckContext } from './context';
import { readAt } from './readings';

/** Roles whose numbers are never amounts or computed values. */
export const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['no', 'kode', 'interval', 'satuan', 'tujuan', 'sasaran', 'strategi', 'indikator', 'uraian', 'formula', 'predikat', 'keterangan']);
const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['capaian', 'penyerapan', 'efisiensi', 'capaian_renstra', 'persen']);
/** Progress, weights and scores are no amounts, whatever their format. */
const NOT_ADDITIVE = /fisik|bobot|deviasi|progres|persen|indeks|nilai|skor|rata/;
const MONEY_WORDS = /\brp\b|rupiah|anggaran|pagu|dana|biaya|keuangan|belanja|dpa/;

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

/** How a column's numbers add up: money (Rp), plain counts, or not at all (percentages). */
export function additivity(ctx: CheckContext, table: RecognizedTable, col: TableColumn): 'money' | 'count' | 'none' {
  if (PERCENT_ROLES.has(col.role)) return 'none';
  const grid = ctx.grid(table.sheet);
  const leaf = readHeader(leafText(grid, table, col.col));
  const path = readHeader(headerText(grid, table, col.col));
  if (leaf.percent || path.percent || NOT_ADDITIVE.test(leaf.base)) return 'none';
  let numbers = 0;
  for (const r of table.rows) {
    const x = readAt(ctx, table, r.row, col);
    if (x.kind !== 'number') continue;
    if (x.percent) return 'none';
    numbers++;
  }
  if (numbers === 0) return 'none';
  // The leaf decides ("K" under "Target Kinerja dan Anggaran" is a count); a bare leaf (TW I, 2024) takes its group's word.
  if (leaf.rupiah || MONEY_WORDS.test(leaf.base)) return 'money';
  const bare = leaf.base === '' || /^(tw|triwulan|tahun|th)\b|^[ivx]+$/.test(leaf.base);
  return bare && (path.rupiah || MONEY_WORDS.test(path.base)) ? 'money' : 'count';
}
