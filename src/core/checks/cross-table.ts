/**
 * cross-table: the same indicator or program printed with different numbers in two tables (names
 * matched after normalising case, spelling and punctuation). The odd one out is blamed when the other
 * tables agree; otherwise the later table's cell.
 */
import { nameKey } from '../recognition/text';
import type { ColumnRole, RecognizedTable, TableRow } from '../recognition/types';
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

/** A data row's name key (after telling repeated names apart by their parent) and the sasaran above it. */
interface NamedRow {
  row: TableRow;
  key: string;
  context: string | null;
}

/** Each table's data rows with their names normalised once (row → key); `key` remembers names met in other tables. */
function dataKeys(table: RecognizedTable, key: (label: string) => string): Map<number, string> {
  const keys = new Map<number, string>();
  for (const r of table.rows) if (r.type === 'data') keys.set(r.row, key(r.label));
  return keys;
}

/** Names that appear twice in one table (the same sub kegiatan under two kegiatan) are told apart by their parent. */
function ambiguousNames(keys: Map<number, string>[]): Set<string> {
  const out = new Set<string>();
  for (const t of keys) {
    const seen = new Set<string>();
    for (const k of t.values()) {
      if (seen.has(k)) out.add(k);
      seen.add(k);
    }
  }
  return out;
}

/** A table's data rows that have a usable name, each with its key and the sasaran it sits under. */
function namedRows(ctx: CheckContext, table: RecognizedTable, keys: Map<number, string>, ambiguous: Set<string>): NamedRow[] {
  const grid = ctx.grid(table.sheet);
  const sasaran = table.columns.find((c) => c.role === 'sasaran');
  const labelOf = new Map(table.rows.map((r) => [r.row, r.label]));
  const parentKeys = new Map<number, string>();
  const parentKey = (row: number) => {
    let k = parentKeys.get(row);
    if (k === undefined) parentKeys.set(row, (k = nameKey(labelOf.get(row) ?? '')));
    return k;
  };
  const out: NamedRow[] = [];
  let context: string | null = null;
  for (const row of table.rows) {
    const shown = sasaran ? grid.shown(row.row, sasaran.col) : '';
    if (shown) context = nameKey(shown);
    let key = keys.get(row.row);
    if (key === undefined || key.length < 8) continue;
    if (ambiguous.has(key)) {
      const parent = row.parent === null ? '' : parentKey(row.parent);
      if (!parent) continue;
      key = `${parent}/${key}`;
    }
    out.push({ row, key, context });
  }
  return out;
}

function collect(ctx: CheckContext): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  const tables = ctx.recognition.tables.filter((t) => {
    const ty = tableYear(t);
    return t.kind !== 'skala' && !(ty && ctx.year && ty !== ctx.year);
  });
  // The same names recur from table to table (that is what this check compares): each is normalised once.
  const known = new Map<string, string>();
  const key = (label: string) => {
    let k = known.get(label);
    if (k === undefined) known.set(label, (k = nameKey(label)));
    return k;
  };
  const keys = tables.map((t) => dataKeys(t, key));
  const ambiguous = ambiguousNames(keys);
  const named = tables.map((t, i) => namedRows(ctx, t, keys[i], ambiguous));
  // Only a name printed in two tables or more can disagree with itself: every other row is skipped.
  const tablesWith = new Map<string, number>();
  for (const rows of named) for (const key of new Set(rows.map((n) => n.key))) tablesWith.set(key, (tablesWith.get(key) ?? 0) + 1);
  tables.forEach((table, order) => {
    const shared = named[order].filter((n) => tablesWith.get(n.key)! > 1);
    if (shared.length === 0) return;
    for (const role of COMPARED) {
      const col = table.columns.find((c) => c.role === role && (!c.year || c.year === ctx.year));
      if (!col) continue;
      const seen = new Map<string, Entry[]>();
      const indicatorRole = role === 'target' || role === 'realisasi' || role === 'capaian';
      for (const { row, key, context } of shared) {
        const r = readAt(ctx, table, row.row, col);
        if (r.kind !== 'number') continue;
        const p = role === 'capaian' || role === 'penyerapan' ? pointsAt(ctx, table, row.row, col) : null;
        const e: Entry = { table, order, row: row.row, col: col.col, label: row.label, value: p?.value ?? r.value, decimals: p?.decimals ?? r.decimals, context: indicatorRole ? context : null, ...(r.unit ? { unit: r.unit } : {}) };
        appendTo(seen, key, e);
      }
      for (const [key, entries] of seen) {
        if (entries.length !== 1) continue;
        const k = `${role}|${key}|${entries[0].unit ?? ''}`;
        appendTo(groups, k, entries[0]);
      }
    }
  });
  return groups;
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
  for (const [k, entries] of collect(ctx)) {
    if (entries.length < 2) continue;
    const role = k.split('|')[0] as (typeof COMPARED)[number];
    const sorted = entries.sort((a, b) => a.order - b.order || a.row - b.row);
    const clusters: Entry[][] = [];
    for (const e of sorted) {
      const c = clusters.find((cl) => same(cl[0], e));
      if (c) c.push(e);
      else clusters.push([e]);
    }
    if (clusters.length < 2) continue;
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
