/**
 * sum: every parent row against the sum of its children (Program = Σ Kegiatan = Σ Sub Kegiatan) and
 * every Jumlah/Total row against the rows it totals. A parent that matches the sum of its leaves
 * (when a middle level is itself wrong) is left to the middle level's finding.
 */
import type { RecognizedTable, TableColumn, TableRow } from '../recognition/types';
import type { Finding } from '../report';
import { cellOf, compare, finding, fmt, readAt, rowList, type Check, type CheckContext } from './context';
import { appendTo } from '../util/multimap';

const SUMMED = new Set(['pagu', 'realisasi_anggaran', 'sisa', 'efisiensi_rp', 'jumlah']);

interface Tree {
  children: Map<number | null, TableRow[]>;
  leavesOf: Map<number, TableRow[]>;
}

function treeOf(table: RecognizedTable): Tree {
  const children = new Map<number | null, TableRow[]>();
  for (const r of table.rows) {
    if (r.type !== 'data' && r.type !== 'section') continue;
    appendTo(children, r.parent, r);
  }
  return { children, leavesOf: new Map() };
}

/** A row's amount: its own number, or for a blank row the sum of its children; null when unreadable. */
function amount(ctx: CheckContext, table: RecognizedTable, tree: Tree, row: TableRow, col: TableColumn, depth = 0): number | null {
  const r = readAt(ctx, table, row.row, col);
  if (r.kind === 'number') return r.value;
  if (r.kind === 'dash') return 0;
  if (r.kind === 'blank') {
    // A blank row adds up its children; a blank leaf is unknown, not zero.
    const kids = tree.children.get(row.row) ?? [];
    if (kids.length && depth < 10) return total(ctx, table, tree, kids, col, depth + 1);
    return row.type === 'section' ? 0 : null;
  }
  return null;
}

function total(ctx: CheckContext, table: RecognizedTable, tree: Tree, rows: TableRow[], col: TableColumn, depth = 0): number | null {
  let s = 0;
  for (const r of rows) {
    const a = amount(ctx, table, tree, r, col, depth);
    if (a === null) return null;
    s += a;
  }
  return s;
}

function leaves(tree: Tree, rows: TableRow[]): TableRow[] {
  return rows.flatMap((r) => {
    let l = tree.leavesOf.get(r.row);
    if (!l) {
      const kids = tree.children.get(r.row);
      l = kids && kids.length ? leaves(tree, kids) : [r];
      tree.leavesOf.set(r.row, l);
    }
    return l;
  });
}

function checkOne(
  ctx: CheckContext,
  table: RecognizedTable,
  tree: Tree,
  row: TableRow,
  col: TableColumn,
  parts: TableRow[],
  alternatives: (number | null)[],
  what: string,
): Finding | null {
  const printed = readAt(ctx, table, row.row, col);
  const expected = total(ctx, table, tree, parts, col);
  if (expected === null || !leaves(tree, parts).some((p) => readAt(ctx, table, p.row, col).kind === 'number')) return null;
  const related = parts.map((p) => cellOf(p.row, col));
  const cell = cellOf(row.row, col);
  if (printed.kind === 'malformed' || printed.kind === 'ambiguous') {
    if (expected === 0) return null;
    return finding(table, cell, 'sum', 'error', `${what} "${printed.text}" tidak terbaca sebagai angka; rincian di bawahnya (${rowList(parts.map((p) => p.row))}) berjumlah ${fmt(expected, 0)}.`, { expected, actual: printed.text, related });
  }
  if (printed.kind !== 'number') return null;
  const cmp = compare(printed.value, printed.decimals, expected);
  if (cmp.agreement === 'exact') return null;
  if (alternatives.some((a) => a !== null && compare(printed.value, printed.decimals, a).agreement !== 'differs')) return null;
  const diff = printed.value - expected;
  if (cmp.agreement === 'rounding') {
    return finding(table, cell, 'sum', 'info', `${what} ${fmt(printed.value, printed.decimals)} berbeda ${fmt(Math.abs(diff), 2)} dari jumlah rinciannya (${fmt(expected, 2)}): hanya pembulatan.`, { expected, actual: printed.value, related });
  }
  return finding(
    table,
    cell,
    'sum',
    'error',
    `${what} tercetak ${fmt(printed.value, printed.decimals)}, padahal ${rowList(parts.map((p) => p.row))} berjumlah ${fmt(expected, 0)} (selisih ${diff > 0 ? '+' : '−'}${fmt(Math.abs(diff), 0)}).`,
    { expected, actual: printed.value, related },
  );
}

export const sumCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    const cols = table.columns.filter((c) => SUMMED.has(c.role));
    if (cols.length === 0) return [];
    const tree = treeOf(table);
    const out: Finding[] = [];
    for (const col of cols) {
      for (const row of table.rows) {
        if (row.type === 'total') {
          const top = tree.children.get(null) ?? [];
          const data = table.rows.filter((r) => r.type === 'data');
          const all = total(ctx, table, tree, data, col);
          const alts = [total(ctx, table, tree, leaves(tree, top), col), all === null ? null : all / 2];
          const f = checkOne(ctx, table, tree, row, col, top, alts, `Baris "${short(row.label || 'Jumlah')}"`);
          if (f) out.push(f);
          continue;
        }
        const kids = tree.children.get(row.row);
        if (!kids || kids.length === 0 || row.type !== 'data') continue;
        const f = checkOne(ctx, table, tree, row, col, kids, [total(ctx, table, tree, leaves(tree, kids), col)], `Baris "${short(row.label)}"`);
        if (f) out.push(f);
      }
    }
    return out;
  });

function short(label: string): string {
  return label.length > 50 ? `${label.slice(0, 47)}…` : label;
}
