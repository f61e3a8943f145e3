/** range: impossible or suspicious values — realisasi above pagu, negative amounts, capaian above 200 %. */
import { cellOf, column, fmt } from './context';
import { numberAt, pointsAt, settledNumberAt } from './readings';
import type { Rule } from './rule';

const messages = {
  negativePagu: 'Pagu bernilai negatif ({value}).',
  negativeRealisasi: 'Realisasi anggaran bernilai negatif ({value}).',
  overPagu: 'Realisasi {realisasi} melebihi pagu {pagu}: periksa apakah anggaran sudah diubah atau angkanya tertukar.',
  capaianAbove200: 'Capaian {value} % lebih dari 200 %: benar bila targetnya memang terlalu rendah, tetapi patut ditinjau.',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  withinPagu: 'Realisasi dalam pagu',
};

/** Overspending is rare but may hit several rows of a small table: only a pair most rows (> 80 %) break was misread. */
const RANGE_MISREAD_SHARE = 0.8;

export const rangeRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'range',
    name: 'plausible-values',
    label: 'Kewajaran',
    description: 'Menandai nilai yang mustahil atau patut ditinjau: pagu atau realisasi anggaran negatif, realisasi melebihi pagu, capaian di atas 200 %.',
    messages,
    requires: ['sisa-of-budget', 'sum-of-children'],
  },
  create: (ctx) => ({
    table(table) {
      const pagu = column(table, 'pagu');
      const real = column(table, 'realisasi_anggaran');
      const cap = column(table, 'capaian');
      for (const row of table.rows) {
        if (row.type === 'section') continue;
        const p = numberAt(ctx, table, row.row, pagu);
        const r = numberAt(ctx, table, row.row, real);
        if (pagu && p !== null && p < 0) ctx.report({ table, cell: cellOf(row.row, pagu), severity: 'warning', messageId: 'negativePagu', data: { value: fmt(p, 0) }, actual: p });
        if (real && r !== null && r < 0) ctx.report({ table, cell: cellOf(row.row, real), severity: 'warning', messageId: 'negativeRealisasi', data: { value: fmt(r, 0) }, actual: r });
        // A realisasi above a pagu that another check found wrong is judged against the right pagu.
        const exceeds = (pv: number | null, rv: number | null) => pv !== null && rv !== null && pv >= 0 && rv > pv + 0.5;
        const over = real && p !== null && r !== null && exceeds(p, r) && exceeds(settledNumberAt(ctx, table, row.row, pagu), settledNumberAt(ctx, table, row.row, real));
        // "Realisasi within its pagu" is a relation like any other: a column pair most rows break was misread (confirm.ts).
        if (real && pagu && p !== null && r !== null) ctx.ledger.evaluated(table, 'range', real.col, messages.withinPagu, { row: row.row, cell: cellOf(row.row, real), inputs: [cellOf(row.row, pagu)], holds: !over }, { misreadShare: RANGE_MISREAD_SHARE });
        if (over) {
          ctx.report({ table, cell: cellOf(row.row, real), severity: 'warning', messageId: 'overPagu', data: { realisasi: fmt(r, 0), pagu: fmt(p, 0) }, actual: r, expected: p, related: [cellOf(row.row, pagu!)] });
        }
        const c = pointsAt(ctx, table, row.row, cap);
        if (cap && c && c.value > 200 && row.type === 'data') {
          ctx.report({ table, cell: cellOf(row.row, cap), severity: 'info', messageId: 'capaianAbove200', data: { value: fmt(c.value, c.decimals) }, actual: c.value });
        }
      }
    },
  }),
};
