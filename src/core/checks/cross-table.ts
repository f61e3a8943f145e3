/**
 * cross-table: the same indicator or program printed with different numbers in two tables (names
 * matched after normalising case, spelling and punctuation). The odd one out is blamed when the other
 * tables agree; otherwise the later table's cell.
 */
import { nameKey } from '../recognition/text';
import type { ColumnRole, RecognizedTable, TableColumn, TableRow } from '../recognition/types';
import type { CellReading } from '../recognition/values';
import { cellOf, fmt, shortLabel, type CheckContext } from './context';
import { pointsAt, readAt } from './readings';
import type { Rule, RuleContext } from './rule';
import { appendTo } from '../util/multimap';

const messages = {
  differs: '{what} "{label}" tercetak {value}, sedangkan tabel lain ({where}) mencetak {reference}.',
  differsRevision: '{what} "{label}" tercetak {value}, sedangkan tabel lain ({where}) mencetak {reference}. Bila bedanya karena perubahan anggaran (APBD-P), sebutkan di catatan tabel.',
  whereAndOthers: '{where} dan {others} tabel lain',
  // What is compared, as a message starts with it.
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian',
  pagu: 'Pagu',
  realisasi_anggaran: 'Realisasi anggaran',
  penyerapan: 'Penyerapan',
};

const COMPARED: (ColumnRole & keyof typeof messages)[] = ['target', 'realisasi', 'capaian', 'pagu', 'realisasi_anggaran', 'penyerapan'];
const BUDGET_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['pagu', 'realisasi_anggaran', 'penyerapan']);

interface Entry {
  table: RecognizedTable;
  order: number;
  row: number;
  col: number;
  label: string;
  value: number;
  decimals: number;
  unit?: string;
  /** The sasaran the indicator sits under, where the table says. */
  context: string | null;
}

/** The year a table is about: its target column's year, else any header year. */
function tableYear(table: RecognizedTable): number | null {
  return table.columns.find((c) => c.role === 'target' && c.year)?.year ?? table.columns.find((c) => c.year)?.year ?? null;
}

/**
 * Names as small numbers: every normalised name (and "parent/name" for a name repeated in one table)
 * gets one id, so that rows are matched across tables by index, never by comparing strings pairwise.
 */
class NameIds {
  private readonly byLabel = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  /** Ids of names too short to match on (8 letters or fewer are words like "Jumlah", not names). */
  readonly short = new Set<number>();

  ofKey(key: string): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      this.byKey.set(key, (id = this.byKey.size));
      if (key.length < 8) this.short.add(id);
    }
    return id;
  }

  /** The same names recur from table to table (that is what this check compares): each is normalised once. */
  ofLabel(label: string): number {
    let id = this.byLabel.get(label);
    if (id === undefined) this.byLabel.set(label, (id = this.ofKey(nameKey(label))));
    return id;
  }
}

/** A table's rows that have a usable name: each with its name id and the sasaran it sits under. */
interface NamedRows {
  rows: TableRow[];
  ids: number[];
  contexts: (string | null)[];
}

/** Each data row's name id, or -1; names that appear twice in one table are marked in `ambiguous`. */
function dataIds(table: RecognizedTable, names: NameIds, ambiguous: Set<number>): number[] {
  const seen = new Set<number>();
  return table.rows.map((r) => {
    if (r.type !== 'data') return -1;
    const id = names.ofLabel(r.label);
    if (seen.has(id)) ambiguous.add(id);
    seen.add(id);
    return id;
  });
}

/** The rows with a usable name; a name repeated in one table (the same sub kegiatan under two kegiatan) is told apart by its parent. */
function namedRows(ctx: CheckContext, table: RecognizedTable, ids: number[], names: NameIds, ambiguous: Set<number>): NamedRows {
  const grid = ctx.grid(table.sheet);
  const sasaran = table.columns.find((c) => c.role === 'sasaran');
  const labelOf = new Map(table.rows.map((r) => [r.row, r.label]));
  const out: NamedRows = { rows: [], ids: [], contexts: [] };
  let context: string | null = null;
  table.rows.forEach((row, i) => {
    const shown = sasaran ? grid.shown(row.row, sasaran.col) : '';
    if (shown) context = nameKey(shown);
    let id = ids[i];
    if (id < 0 || names.short.has(id)) return;
    if (ambiguous.has(id)) {
      const parent = row.parent === null ? '' : nameKey(labelOf.get(row.parent) ?? '');
      if (!parent) return;
      id = names.ofKey(`${parent}/${nameKey(row.label)}`);
    }
    out.rows.push(row);
    out.ids.push(id);
    out.contexts.push(context);
  });
  return out;
}

/** A printing of a compared cell, packed as one number: the table's order and the row. */
const ROW_SPAN = 2 ** 21;

/** For each role and unit, each name's printings (packed by ROW_SPAN), in table order. */
type Groups = Map<string, Map<number, number[]>>;

interface Collected {
  tables: RecognizedTable[];
  named: NamedRows[];
  groups: Groups;
}

function comparedColumn(ctx: CheckContext, table: RecognizedTable, role: ColumnRole): TableColumn | undefined {
  return table.columns.find((c) => c.role === role && (!c.year || c.year === ctx.year));
}

function collect(ctx: CheckContext): Collected {
  const groups: Groups = new Map();
  const tables = ctx.recognition.tables.filter((t) => {
    const ty = tableYear(t);
    return t.kind !== 'skala' && !(ty && ctx.year && ty !== ctx.year);
  });
  if (tables.length < 2) return { tables, named: [], groups };
  const names = new NameIds();
  const ambiguous = new Set<number>();
  const ids = tables.map((t) => dataIds(t, names, ambiguous));
  const named = tables.map((t, i) => namedRows(ctx, t, ids[i], names, ambiguous));
  // Only a name printed in two tables or more can disagree with itself: every other row is skipped.
  const tablesWith = new Map<number, number>();
  for (const n of named) for (const id of new Set(n.ids)) tablesWith.set(id, (tablesWith.get(id) ?? 0) + 1);
  tables.forEach((table, order) => {
    const n = named[order];
    for (const role of COMPARED) {
      const col = comparedColumn(ctx, table, role);
      if (!col) continue;
      // A name printed twice in one table with a number each is no single printing to compare.
      const seen = new Map<number, number>();
      n.rows.forEach((row, i) => {
        const id = n.ids[i];
        if (tablesWith.get(id)! < 2 || readAt(ctx, table, row.row, col).kind !== 'number') return;
        seen.set(id, seen.has(id) ? -1 : i);
      });
      for (const [id, i] of seen) {
        if (i < 0) continue;
        const r = readAt(ctx, table, n.rows[i].row, col);
        const unit = (r.kind === 'number' && r.unit) || '';
        let byName = groups.get(`${role}|${unit}`);
        if (!byName) groups.set(`${role}|${unit}`, (byName = new Map()));
        appendTo(byName, id, order * ROW_SPAN + i);
      }
    }
  });
  return { tables, named, groups };
}

/** The printing as compared: value and decimals (percentages in points), unit and sasaran. */
function entryOf(ctx: CheckContext, c: Collected, role: (typeof COMPARED)[number], packed: number): Entry {
  const order = Math.floor(packed / ROW_SPAN);
  const i = packed - order * ROW_SPAN;
  const table = c.tables[order];
  const n = c.named[order];
  const row = n.rows[i];
  const col = comparedColumn(ctx, table, role)!;
  const r = readAt(ctx, table, row.row, col) as Extract<CellReading, { kind: 'number' }>;
  const p = role === 'capaian' || role === 'penyerapan' ? pointsAt(ctx, table, row.row, col) : null;
  const indicatorRole = role === 'target' || role === 'realisasi' || role === 'capaian';
  return { table, order, row: row.row, col: col.col, label: row.label, value: p?.value ?? r.value, decimals: p?.decimals ?? r.decimals, context: indicatorRole ? n.contexts[i] : null, ...(r.unit ? { unit: r.unit } : {}) };
}

/** Two printings of an indicator can be compared unless they sit under two different sasaran. */
function comparable(a: Entry, b: Entry): boolean {
  return a.context === null || b.context === null || a.context === b.context;
}

/** Two rounded printings of one number may differ by up to one unit of the coarser one. */
function same(a: Entry, b: Entry): boolean {
  const unit = Math.pow(10, -Math.min(a.decimals, b.decimals));
  return Math.abs(a.value - b.value) <= unit * (1 + 1e-9);
}

/**
 * The printing the others are measured against: the value most tables agree on. For targets the plan
 * (PK, Renja) is the source; for budget amounts the realisation tables outvote the plan (which may
 * predate a budget revision). A cell its own table already contradicts never serves as reference.
 */
function reference(role: ColumnRole, clusters: Entry[][], suspect: (e: Entry) => boolean): Entry[] {
  const planFirst = role === 'target';
  const weight = (c: Entry[]) => {
    const trusted = c.filter((e) => !suspect(e));
    if (trusted.length === 0) return -1000;
    const plans = trusted.filter((e) => e.table.kind === 'pk').length;
    return (planFirst ? plans : trusted.length - plans) * 10 + trusted.length;
  };
  const sorted = [...clusters].sort((a, b) => weight(b) - weight(a) || a[0].order - b[0].order || a[0].row - b[0].row);
  return sorted[0];
}

function compareTables(ctx: RuleContext<keyof typeof messages>): void {
  const flagged = new Set(ctx.earlier.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell}`));
  const suspect = (e: Entry) => flagged.has(`${e.table.sheet}!${cellOf(e.row, e.col)}`);
  const collected = collect(ctx);
  for (const [k, byName] of collected.groups) {
    const role = k.split('|')[0] as (typeof COMPARED)[number];
    for (const printings of byName.values()) {
      if (printings.length < 2) continue;
      const entries = printings.map((p) => entryOf(ctx, collected, role, p));
      if (entries.every((e) => same(entries[0], e))) continue;
      report(ctx, role, entries, suspect);
    }
  }
}

/** Reports the printings of one name that disagree with the reference printing. */
function report(ctx: RuleContext<keyof typeof messages>, role: (typeof COMPARED)[number], entries: Entry[], suspect: (e: Entry) => boolean): void {
  const sorted = entries.sort((a, b) => a.order - b.order || a.row - b.row);
  const clusters: Entry[][] = [];
  for (const e of sorted) {
    const c = clusters.find((cl) => same(cl[0], e));
    if (c) c.push(e);
    else clusters.push([e]);
  }
  if (clusters.length < 2) return;
  const majority = reference(role, clusters, suspect);
  for (const cluster of clusters) {
    if (cluster === majority) continue;
    for (const e of cluster) {
      if (suspect(e) || !comparable(e, majority[0])) continue;
      const ref = majority[0];
      const where = `${ref.table.sheet}!${cellOf(ref.row, ref.col)}`;
      const unit = e.unit ? ` ${e.unit}` : '';
      // A plan's budget (PK, APBD murni) may differ from the revised budget (APBD-P) for a good reason.
      const revision = BUDGET_ROLES.has(role) && (e.table.kind === 'pk' || ref.table.kind === 'pk');
      const data = {
        what: ctx.text(role),
        label: shortLabel(e.label),
        value: `${fmt(e.value, BUDGET_ROLES.has(role) && role !== 'penyerapan' ? 0 : e.decimals)}${unit}`,
        where: majority.length > 1 ? ctx.text('whereAndOthers', { where, others: majority.length - 1 }) : where,
        reference: `${fmt(ref.value, BUDGET_ROLES.has(role) && role !== 'penyerapan' ? 0 : ref.decimals)}${unit}`,
      };
      const severity = majority.length > 1 && !revision ? 'error' : 'warning';
      ctx.report({ table: e.table, cell: cellOf(e.row, e.col), severity, messageId: revision ? 'differsRevision' : 'differs', data, expected: ref.value, actual: e.value, related: [where] });
    }
  }
}

export const crossTableRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'cross-table',
    name: 'same-in-every-table',
    label: 'Antartabel',
    description: 'Membandingkan target, realisasi, capaian, pagu, realisasi anggaran dan penyerapan satu indikator atau program yang tercetak di beberapa tabel.',
    messages,
    requires: ['numbering-row-formula', 'sisa-of-budget', 'sum-of-children', 'capaian-of-target', 'percentage-of-parts', 'average-row', 'sasaran-capaian', 'efficiency', 'predicate-of-scale', 'formula-from-numbers', 'scale-bands', 'year-of-table'],
  },
  create: (ctx) => ({ workbook: () => compareTables(ctx) }),
};
