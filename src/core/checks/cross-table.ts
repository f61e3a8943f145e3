/**
 * cross-table: the same indicator or program printed with different numbers in two tables (names
 * matched after normalising case, spelling and punctuation). The odd one out is blamed when the other
 * tables agree; otherwise the later table's cell.
 */
import { nameKey } from '../recognition/text';
import type { ColumnRole, RecognizedTable } from '../recognition/types';
import type { Finding } from '../report';
import { cellOf, finding, fmt, shortLabel, type Check, type CheckContext } from './context';
import { pointsAt, readAt } from './readings';
import { appendTo } from '../util/multimap';

const COMPARED: ColumnRole[] = ['target', 'realisasi', 'capaian', 'pagu', 'realisasi_anggaran', 'penyerapan'];
const BUDGET_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['pagu', 'realisasi_anggaran', 'penyerapan']);
const ROLE_TEXT: Partial<Record<ColumnRole, string>> = {
  target: 'target',
  realisasi: 'realisasi',
  capaian: 'capaian',
  pagu: 'pagu',
  realisasi_anggaran: 'realisasi anggaran',
  penyerapan: 'penyerapan',
};

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

/** Names that appear twice in one table (the same sub kegiatan under two kegiatan) are told apart by their parent. */
function ambiguousNames(tables: RecognizedTable[]): Set<string> {
  const out = new Set<string>();
  for (const t of tables) {
    const seen = new Set<string>();
    for (const r of t.rows) {
      if (r.type !== 'data') continue;
      const k = nameKey(r.label);
      if (seen.has(k)) out.add(k);
      seen.add(k);
    }
  }
  return out;
}

function collect(ctx: CheckContext): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  const tables = ctx.recognition.tables.filter((t) => {
    const ty = tableYear(t);
    return t.kind !== 'skala' && !(ty && ctx.year && ty !== ctx.year);
  });
  const ambiguous = ambiguousNames(tables);
  tables.forEach((table, order) => {
    const grid = ctx.grid(table.sheet);
    const labelOf = new Map(table.rows.map((r) => [r.row, r.label]));
    const sasaran = table.columns.find((c) => c.role === 'sasaran');
    for (const role of COMPARED) {
      const col = table.columns.find((c) => c.role === role && (!c.year || c.year === ctx.year));
      if (!col) continue;
      const seen = new Map<string, Entry[]>();
      let context: string | null = null;
      const indicatorRole = role === 'target' || role === 'realisasi' || role === 'capaian';
      for (const row of table.rows) {
        if (sasaran && grid.shown(row.row, sasaran.col)) context = nameKey(grid.shown(row.row, sasaran.col));
        if (row.type !== 'data') continue;
        let key = nameKey(row.label);
        if (key.length < 8) continue;
        if (ambiguous.has(key)) {
          const parent = row.parent === null ? '' : nameKey(labelOf.get(row.parent) ?? '');
          if (!parent) continue;
          key = `${parent}/${key}`;
        }
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

export const crossTableCheck: Check = (ctx) => {
  const out: Finding[] = [];
  const flagged = new Set(ctx.earlier.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell}`));
  const suspect = (e: Entry) => flagged.has(`${e.table.sheet}!${cellOf(e.row, e.col)}`);
  for (const [k, entries] of collect(ctx)) {
    if (entries.length < 2) continue;
    const role = k.split('|')[0] as ColumnRole;
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
        const msg =
          `${ROLE_TEXT[role]} "${shortLabel(e.label)}" tercetak ${fmt(e.value, BUDGET_ROLES.has(role) && role !== 'penyerapan' ? 0 : e.decimals)}${unit}, sedangkan tabel lain (${where}${majority.length > 1 ? ` dan ${majority.length - 1} tabel lain` : ''}) mencetak ${fmt(ref.value, BUDGET_ROLES.has(role) && role !== 'penyerapan' ? 0 : ref.decimals)}${unit}.` +
          (revision ? ' Bila bedanya karena perubahan anggaran (APBD-P), sebutkan di catatan tabel.' : '');
        const severity = majority.length > 1 && !revision ? 'error' : 'warning';
        out.push(finding(e.table, cellOf(e.row, e.col), 'cross-table', severity, capitalise(msg), { expected: ref.value, actual: e.value, related: [where] }));
      }
    }
  }
  return out;
};


function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
