/**
 * ratio: every percentage against its numerator and denominator — budget absorption against
 * realisasi ÷ pagu, and a parent's realisasi percentage against its children's counts.
 */
import { penyerapan } from '../formulas/budget';
import type { RecognizedTable } from '../recognition/types';
import { compareCell } from './compare-cell';
import { cellOf, column, fmt } from './context';
import { numberAt, readAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule, type RuleContext } from './rule';
import { appendTo } from '../util/multimap';

const messages = {
  ...RECOMPUTED_MESSAGES,
  howAbsorption: 'realisasi ÷ pagu × 100 = {realisasi} ÷ {pagu} × 100',
  howChildCounts: 'realisasi ÷ target rincian di bawahnya = {realisasi} ÷ {target} {unit} × 100',
  howShare: '"{part}" ÷ "{whole}" × 100 = {partValue} ÷ {wholeValue} × 100',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  absorption: 'Persentase penyerapan',
  realisasi: 'Realisasi',
  share: 'Persentase',
};
type Context = RuleContext<keyof typeof messages>;

function absorption(ctx: Context, table: RecognizedTable): void {
  const pagu = column(table, 'pagu');
  const real = column(table, 'realisasi_anggaran');
  const pct = column(table, 'penyerapan');
  if (!pagu || !real || !pct) return;
  for (const row of table.rows) {
    if (row.type === 'average' || row.type === 'section') continue;
    const p = numberAt(ctx, table, row.row, pagu);
    const r = numberAt(ctx, table, row.row, real);
    if (p === null || r === null) continue;
    const value = penyerapan(p, r);
    if (value === null) continue;
    const how = () => ctx.text('howAbsorption', { realisasi: fmt(r), pagu: fmt(p) });
    const related = [cellOf(row.row, pagu), cellOf(row.row, real)];
    const recompute = (corrected: (a1: string) => number | undefined) => penyerapan(corrected(related[0]) ?? p, corrected(related[1]) ?? r);
    compareCell(ctx, table, row.row, pct, messages.absorption, 'ratio', { value, how, related, recompute }, true);
  }
}

/** A parent row printing its realisasi as a percentage, while its children give counts in one unit. */
function childCounts(ctx: Context, table: RecognizedTable): void {
  const target = column(table, 'target');
  const real = column(table, 'realisasi');
  if (!target || !real) return;
  const childrenOf = new Map<number, typeof table.rows>();
  for (const r of table.rows) if (r.parent !== null && r.type === 'data') appendTo(childrenOf, r.parent, r);
  for (const parent of table.rows) {
    const printed = readAt(ctx, table, parent.row, real);
    if (printed.kind !== 'number' || !printed.percent) continue;
    const children = childrenOf.get(parent.row) ?? [];
    if (children.length === 0) continue;
    let sumT = 0;
    let sumR = 0;
    let unit: string | undefined;
    let usable = true;
    for (const c of children) {
      const t = readAt(ctx, table, c.row, target);
      const r = readAt(ctx, table, c.row, real);
      if (t.kind !== 'number' || r.kind !== 'number' || t.percent || r.percent || !t.unit || t.unit !== r.unit || (unit && unit !== t.unit)) {
        usable = false;
        break;
      }
      unit = t.unit;
      sumT += t.value;
      sumR += r.value;
    }
    if (!usable || sumT === 0) continue;
    const value = (sumR / sumT) * 100;
    const how = () => ctx.text('howChildCounts', { realisasi: fmt(sumR), target: fmt(sumT), unit: String(unit) });
    const related = children.flatMap((c) => [cellOf(c.row, target), cellOf(c.row, real)]);
    compareCell(ctx, table, parent.row, real, messages.realisasi, 'ratio', { value, how, related }, true);
  }
}

/** A "%" after two count columns: the second count as a share of the first (or the other way round). */
function shareOfCounts(ctx: Context, table: RecognizedTable): void {
  for (const pct of table.columns.filter((c) => c.role === 'persen')) {
    const counts = table.columns.filter((c) => c.role === 'jumlah' && c.col < pct.col).slice(-2);
    if (counts.length < 2) continue;
    const [whole, part] = counts;
    for (const row of table.rows) {
      if (row.type === 'section' || row.type === 'average') continue;
      const w = numberAt(ctx, table, row.row, whole);
      const p = numberAt(ctx, table, row.row, part);
      if (w === null || p === null || w === 0) continue;
      const how = () => ctx.text('howShare', { part: part.header, whole: whole.header, partValue: fmt(p), wholeValue: fmt(w) });
      const alternatives = p !== 0 ? [(w / p) * 100] : [];
      compareCell(ctx, table, row.row, pct, messages.share, 'ratio', { value: (p / w) * 100, how, related: [cellOf(row.row, whole), cellOf(row.row, part)], alternatives }, true);
    }
  }
}

export const ratioRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'ratio',
    name: 'percentage-of-parts',
    label: 'Persentase',
    description: 'Menghitung ulang persentase penyerapan (realisasi ÷ pagu × 100), persentase realisasi induk dari hitungan rinciannya, dan persentase dua kolom jumlah.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      absorption(ctx, table);
      childCounts(ctx, table);
      shareOfCounts(ctx, table);
    },
  }),
};
