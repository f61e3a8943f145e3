/**
 * efficiency: the tingkat efisiensi column under the meaning the table uses (domain.md §3):
 * capaian − penyerapan, or the unspent share (pagu − realisasi) ÷ pagu; a column that holds the
 * absorption instead is pointed out; efficiency labels are checked against the category rule.
 */
import { penyerapan } from '../formulas/budget';
import { CATEGORY_RULE, efisiensiAnggaran, efisiensiSelisih, kategoriEfisiensi } from '../formulas/efisiensi';
import { labelsMatch } from '../scales';
import type { RecognizedTable } from '../recognition/types';
import { cellOf, column, compare, fmt, type CheckContext } from './context';
import { numberAt, pointsAt, readAt } from './readings';
import type { Rule, RuleContext } from './rule';

type Meaning = 'selisih' | 'sisa-anggaran' | 'penyerapan';

const messages = {
  absorptionInstead: 'Kolom efisiensi berisi {printed}, yaitu realisasi ÷ pagu × 100 (ini penyerapan, bukan efisiensi). Efisiensi biasanya (pagu − realisasi) ÷ pagu × 100 atau capaian kinerja − penyerapan anggaran.',
  differs: 'Tingkat efisiensi tercetak {printed}, seharusnya {expected} ({meaning}).',
  'meaning-selisih': 'capaian kinerja − penyerapan anggaran',
  'meaning-sisa-anggaran': '(pagu − realisasi) ÷ pagu × 100',
  labelDiffers: 'Keterangan "{label}" tidak sesuai aturan: capaian {capaian} % dan penyerapan {penyerapan} % berarti "{expected}" ({rule}).',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  efficiency: 'Tingkat efisiensi',
};
type Context = RuleContext<keyof typeof messages>;

function rowValues(ctx: CheckContext, table: RecognizedTable, row: number) {
  const pagu = numberAt(ctx, table, row, column(table, 'pagu'));
  const real = numberAt(ctx, table, row, column(table, 'realisasi_anggaran'));
  const cap = pointsAt(ctx, table, row, column(table, 'capaian'))?.value ?? null;
  const pen = pointsAt(ctx, table, row, column(table, 'penyerapan'))?.value ?? (pagu !== null && real !== null ? penyerapan(pagu, real) : null);
  const candidates: Partial<Record<Meaning, number>> = {};
  if (cap !== null && pen !== null) candidates.selisih = efisiensiSelisih(cap, pen);
  if (pagu !== null && real !== null) {
    const s = efisiensiAnggaran(pagu, real);
    const p = penyerapan(pagu, real);
    if (s !== null) candidates['sisa-anggaran'] = s;
    if (p !== null) candidates.penyerapan = p;
  }
  return { cap, pen, candidates };
}

function valueColumn(ctx: Context, table: RecognizedTable): void {
  const col = column(table, 'efisiensi');
  if (!col) return;
  const rows = table.rows.filter((r) => r.type === 'data' || r.type === 'total');
  const votes = new Map<Meaning, number>();
  const per = rows.map((r) => {
    const printed = readAt(ctx, table, r.row, col);
    const { candidates } = rowValues(ctx, table, r.row);
    if (printed.kind === 'number') {
      for (const [m, v] of Object.entries(candidates) as [Meaning, number][]) {
        if (compare(printed.value, printed.decimals, v).agreement !== 'differs') votes.set(m, (votes.get(m) ?? 0) + 1);
      }
    }
    return { r, printed, candidates };
  });
  const meaning = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const { r, printed, candidates } of per) {
    if (printed.kind !== 'number') continue;
    const cell = cellOf(r.row, col);
    if (meaning === 'penyerapan') {
      ctx.report({ table, cell, severity: 'warning', messageId: 'absorptionInstead', data: { printed: fmt(printed.value, printed.decimals) }, actual: printed.value, expected: candidates['sisa-anggaran'] ?? null });
      continue;
    }
    // No row agrees with any meaning: measure against capaian − penyerapan where there is a capaian, else the unspent share.
    const used: Exclude<Meaning, 'penyerapan'> = meaning ?? (candidates.selisih !== undefined ? 'selisih' : 'sisa-anggaran');
    const expected = candidates[used];
    if (expected === undefined) continue;
    const holds = compare(printed.value, printed.decimals, expected).agreement !== 'differs';
    const inputs = (['capaian', 'penyerapan', 'pagu', 'realisasi_anggaran'] as const).flatMap((role) => {
      const c = column(table, role);
      return c ? [cellOf(r.row, c)] : [];
    });
    ctx.ledger.evaluated(table, 'efficiency', col.col, messages.efficiency, { row: r.row, cell, inputs, holds });
    if (holds) continue;
    const data = { printed: fmt(printed.value, printed.decimals), expected: fmt(expected, 2), meaning: ctx.text(`meaning-${used}` as const) };
    ctx.report({ table, cell, severity: 'error', messageId: 'differs', data, actual: printed.value, expected: Math.round(expected * 10000) / 10000 });
  }
}

function labelColumn(ctx: Context, table: RecognizedTable): void {
  const grid = ctx.grid(table.sheet);
  const col = table.columns.find((c) => (c.role === 'keterangan' || c.role === 'predikat') && table.rows.some((r) => /efisien/i.test(grid.text(r.row, c.col))));
  if (!col) return;
  for (const r of table.rows) {
    const label = grid.text(r.row, col.col);
    if (!label || !/efisien/i.test(label)) continue;
    const { cap, pen } = rowValues(ctx, table, r.row);
    if (cap === null || pen === null) continue;
    const expected = kategoriEfisiensi(cap, pen);
    if (labelsMatch(label, expected)) continue;
    const data = { label, capaian: fmt(cap, 2), penyerapan: fmt(pen, 2), expected, rule: CATEGORY_RULE[expected].toLowerCase() };
    ctx.report({ table, cell: cellOf(r.row, col), severity: 'warning', messageId: 'labelDiffers', data, actual: label, expected });
  }
}

export const efficiencyRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'efficiency',
    name: 'efficiency',
    label: 'Efisiensi',
    description: 'Menghitung ulang tingkat efisiensi menurut arti yang dipakai tabel (capaian − penyerapan, atau (pagu − realisasi) ÷ pagu × 100) dan mencocokkan keterangan efisiensi dengan aturan kategorinya.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      valueColumn(ctx, table);
      labelColumn(ctx, table);
    },
  }),
};
