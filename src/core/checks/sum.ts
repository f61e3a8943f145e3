/**
 * sum: every parent row against the sum of its children (Program = Σ Kegiatan = Σ Sub Kegiatan) and
 * every Jumlah/Total row against the rows it totals. A parent that matches the sum of its leaves
 * (when a middle level is itself wrong) is left to the middle level's finding.
 */
import type { RecognizedTable, TableColumn, TableRow } from '../recognition/types';
import { additivity, valueColumns } from './table-columns';
import type { Finding } from '../report';
import { appendTo } from '../util/multimap';
import { MONEY_ROLES } from '../recognition/roles';
import { cellOf, compare, fmt, rowList, shortLabel, type CheckContext } from './context';
import { readAt } from './readings';
import type { Rule, RuleContext } from './rule';

const messages = {
  unreadable: 'Baris "{row}" tertulis "{text}", yang tidak terbaca sebagai angka; rincian di bawahnya ({rows}) berjumlah {expected}.',
  unreadableOne: 'Baris "{row}" tertulis "{text}", yang tidak terbaca sebagai angka; rincian di bawahnya ({rows}) bernilai {expected}.',
  rounding: 'Baris "{row}" {printed} berbeda {difference} dari jumlah rinciannya ({expected}): hanya pembulatan.',
  differs: 'Baris "{row}" tercetak {printed}, padahal {rows} berjumlah {expected} (selisih {difference}).',
  differsOne: 'Baris "{row}" tercetak {printed}, padahal {rows} bernilai {expected} (selisih {difference}).',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  total: 'Jumlah',
  parent: 'Induk',
};
type Message = keyof typeof messages;


/** A sum and how many printed numbers went into it; null when a part is unreadable. */
type Total = { value: number; numbers: number } | null;

/** The sum of the rows' totals (one object for the result, none per row); null when one is unreadable. */
function addUp(rows: TableRow[], totalOf: (row: TableRow) => Total): Total {
  let value = 0;
  let numbers = 0;
  for (const r of rows) {
    const t = totalOf(r);
    if (!t) return null;
    value += t.value;
    numbers += t.numbers;
  }
  return { value, numbers };
}

/** Amounts of one column of one table: each row's own amount and the sum of its leaves, each computed once. */
class ColumnSums {
  private readonly amounts = new Map<number, Total>();
  private readonly leafSums = new Map<number, Total>();
  /** Rows being summed right now: met again means a cycle, which sums to nothing. */
  private readonly busy = new Set<number>();
  private readonly busyLeaves = new Set<number>();

  constructor(
    private readonly ctx: CheckContext,
    private readonly table: RecognizedTable,
    readonly children: Map<number | null, TableRow[]>,
    readonly col: TableColumn,
  ) {}

  /** A row's amount: its own number, or for a blank row the sum of its children. */
  amount(row: TableRow): Total {
    if (this.amounts.has(row.row)) return this.amounts.get(row.row)!;
    if (this.busy.has(row.row)) return null;
    this.busy.add(row.row);
    const r = readAt(this.ctx, this.table, row.row, this.col);
    const kids = this.children.get(row.row) ?? [];
    let t: Total;
    // A row another check found wrong counts with its right value (a wrong sisa does not make its parent's sum wrong).
    const corrected = this.ctx.corrections.getAt(this.table.sheet, row.row, this.col.col);
    if (r.kind === 'number') t = { value: corrected ?? r.value, numbers: 1 };
    else if (r.kind === 'dash') t = { value: 0, numbers: 1 };
    else if (r.kind === 'blank') t = kids.length ? this.sum(kids) : row.type === 'section' ? { value: 0, numbers: 0 } : null;
    else t = null;
    this.busy.delete(row.row);
    this.amounts.set(row.row, t);
    return t;
  }

  /** The sum of a row's leaves (its own amount when it has no children). */
  leafSum(row: TableRow): Total {
    if (this.leafSums.has(row.row)) return this.leafSums.get(row.row)!;
    if (this.busyLeaves.has(row.row)) return null;
    this.busyLeaves.add(row.row);
    const kids = this.children.get(row.row) ?? [];
    const t = kids.length ? addUp(kids, (k) => this.leafSum(k)) : this.amount(row);
    this.busyLeaves.delete(row.row);
    this.leafSums.set(row.row, t);
    return t;
  }

  sum(rows: TableRow[]): Total {
    return addUp(rows, (r) => this.amount(r));
  }

  leafTotal(rows: TableRow[]): Total {
    return addUp(rows, (r) => this.leafSum(r));
  }
}

function checkOne(ctx: RuleContext<Message>, table: RecognizedTable, sums: ColumnSums, row: TableRow, parts: TableRow[], alternatives: number[], label: string): Finding | null {
  const col = sums.col;
  const printed = readAt(ctx, table, row.row, col);
  const total = sums.sum(parts);
  if (!total || total.numbers === 0) return null;
  const expected = total.value;
  const related = parts.map((p) => cellOf(p.row, col));
  const cell = cellOf(row.row, col);
  const rows = () => rowList(parts.map((p) => p.row));
  if (printed.kind === 'malformed' || printed.kind === 'ambiguous') {
    if (expected === 0) return null;
    const data = { row: label, text: printed.text, rows: rows(), expected: fmt(expected, 0) };
    return ctx.draft({ table, cell, severity: 'error', messageId: parts.length === 1 ? 'unreadableOne' : 'unreadable', data, expected, actual: printed.text, related });
  }
  if (printed.kind !== 'number') return null;
  const cmp = compare(printed.value, printed.decimals, expected);
  // Parts that add up to exactly two or three times the row hold its subtotals as well as their
  // rows (a hierarchy the sheet does not spell out): not a finding.
  const multiples = [expected / 2, expected / 3];
  const explained = cmp.agreement !== 'differs' || [...alternatives, ...multiples].some((a) => compare(printed.value, printed.decimals, a).agreement !== 'differs');
  const { evaluation, relation } = ctx.ledger.evaluated(table, 'sum', col.col, row.type === 'total' ? messages.total : messages.parent, { row: row.row, cell, inputs: related, holds: explained }, { vertical: true });
  if (cmp.agreement === 'exact') return null;
  if (cmp.agreement === 'differs' && explained) return null;
  const diff = printed.value - expected;
  if (cmp.agreement === 'rounding') {
    const data = { row: label, printed: fmt(printed.value, printed.decimals), difference: fmt(Math.abs(diff), 2), expected: fmt(expected, 2) };
    return ctx.draft({ table, cell, severity: 'info', messageId: 'rounding', data, expected, actual: printed.value, related });
  }
  const data = { row: label, printed: fmt(printed.value, printed.decimals), rows: rows(), expected: fmt(expected, 0), difference: `${diff > 0 ? '+' : '−'}${fmt(Math.abs(diff), 0)}` };
  const f = ctx.draft({ table, cell, severity: 'error', messageId: parts.length === 1 ? 'differsOne' : 'differs', data, expected, actual: printed.value, related });
  // A total that is right for the right values of rows a later check finds wrong is no error of its own.
  const amounts = parts.map((p) => sums.amount(p)?.value ?? 0);
  ctx.reconsiderable.push({ finding: f, evaluation, relation, printed, recompute: (corrected) => related.reduce((acc, a1, i) => acc + (corrected(a1) ?? amounts[i]), 0) });
  evaluation.finding = f;
  return f;
}

function values(...totals: Total[]): number[] {
  return totals.filter((t): t is NonNullable<Total> => t !== null).map((t) => t.value);
}

/** A column of plain counts is summed only when its parents add up on the clear majority of rows. */
const MIN_COUNT_PARENTS = 3;
const MAX_COUNT_BROKEN_SHARE = 0.2;

/** Money columns (by role or by their header) and plain count columns, each with how far it is trusted. */
function summedColumns(ctx: CheckContext, table: RecognizedTable): { col: TableColumn; strict: boolean }[] {
  const out: { col: TableColumn; strict: boolean }[] = [];
  // Beside indicators each row counts in its own unit: only money adds up there.
  const indicators = table.columns.some((c) => c.role === 'indikator' || c.role === 'satuan');
  for (const col of valueColumns(ctx.grid(table.sheet), table)) {
    const a = additivity(ctx, table, col);
    if (MONEY_ROLES.has(col.role)) {
      // A "Selisih Fisik-Keuangan" read as sisa is a deviation of percentages: no amount.
      if (a !== 'none') out.push({ col, strict: false });
      continue;
    }
    if (a === 'money' || (a === 'count' && !indicators)) out.push({ col, strict: a === 'count' });
  }
  return out;
}

function checkColumn(ctx: RuleContext<Message>, table: RecognizedTable, children: Map<number | null, TableRow[]>, col: TableColumn): Finding[] {
  const top = children.get(null) ?? [];
  const data = table.rows.filter((r) => r.type === 'data');
  const totals = table.rows.filter((r) => r.type === 'total');
  const sums = new ColumnSums(ctx, table, children, col);
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.type === 'total') {
      // A Jumlah row totals the top rows since the previous Jumlah row (a subtotal), or all of them.
      const previous = totals.filter((t) => t.row < row.row);
      const since = previous.length ? previous[previous.length - 1].row : -1;
      const segment = top.filter((r) => r.row > since && r.row < row.row);
      const parts = segment.length ? segment : top.filter((r) => r.row < row.row);
      const all = sums.sum(data);
      const subtotals = previous.map((t) => readAt(ctx, table, t.row, col)).filter((r) => r.kind === 'number');
      const alternatives = [
        ...values(sums.leafTotal(parts), sums.sum(top.filter((r) => r.row < row.row))),
        ...values(all).map((v) => v / 2),
        ...(subtotals.length ? [subtotals.reduce((a, r) => a + (r.kind === 'number' ? r.value : 0), 0)] : []),
      ];
      const f = checkOne(ctx, table, sums, row, parts, alternatives, shortLabel(row.label || messages.total, 50));
      if (f) out.push(f);
      continue;
    }
    const kids = children.get(row.row);
    if (!kids || kids.length === 0 || row.type !== 'data') continue;
    const f = checkOne(ctx, table, sums, row, kids, values(sums.leafTotal(kids)), shortLabel(row.label, 50));
    if (f) out.push(f);
  }
  return out;
}

export const sumRule: Rule<Message> = {
  meta: {
    id: 'sum',
    name: 'sum-of-children',
    label: 'Jumlah',
    description: 'Menjumlahkan ulang rincian setiap baris induk (Program = Σ Kegiatan = Σ Sub Kegiatan) dan baris Jumlah/Total pada setiap kolom yang dapat dijumlahkan.',
    messages,
    requires: ['sisa-of-budget'],
  },
  create: (ctx) => ({
    table(table) {
      const cols = summedColumns(ctx, table);
      if (cols.length === 0) return;
      const children = new Map<number | null, TableRow[]>();
      for (const r of table.rows) if (r.type === 'data' || r.type === 'section') appendTo(children, r.parent, r);
      for (const { col, strict } of cols) {
        const found = checkColumn(ctx, table, children, col);
        if (strict) {
          // Counts of one kind add up; indicators of different units do not: believe the sum only when the numbers do.
          const { evaluated, broken } = ctx.ledger.tally(table, 'sum', col.col);
          if (evaluated < MIN_COUNT_PARENTS || broken > evaluated * MAX_COUNT_BROKEN_SHARE) {
            ctx.ledger.discard(table, 'sum', col.col);
            continue;
          }
        }
        for (const f of found) if (f.severity === 'error' && typeof f.expected === 'number') ctx.corrections.set(table.sheet, f.cell, f.expected, null);
        for (const f of found) ctx.report(f);
      }
    },
  }),
};
