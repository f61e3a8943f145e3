/** range: impossible or suspicious values — realisasi above pagu, negative amounts, capaian above 200 %. */
import type { Finding } from '../report';
import { cellOf, column, finding, fmt, type Check } from './context';
import { numberAt, pointsAt, settledNumberAt } from './readings';

/** Overspending is rare but may hit several rows of a small table: only a pair most rows (> 80 %) break was misread. */
const RANGE_MISREAD_SHARE = 0.8;

export const rangeCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    const out: Finding[] = [];
    const pagu = column(table, 'pagu');
    const real = column(table, 'realisasi_anggaran');
    const cap = column(table, 'capaian');
    for (const row of table.rows) {
      if (row.type === 'section') continue;
      const p = numberAt(ctx, table, row.row, pagu);
      const r = numberAt(ctx, table, row.row, real);
      if (pagu && p !== null && p < 0) out.push(finding(table, cellOf(row.row, pagu), 'range', 'warning', `Pagu bernilai negatif (${fmt(p, 0)}).`, { actual: p }));
      if (real && r !== null && r < 0) out.push(finding(table, cellOf(row.row, real), 'range', 'warning', `Realisasi anggaran bernilai negatif (${fmt(r, 0)}).`, { actual: r }));
      // A realisasi above a pagu that another check found wrong is judged against the right pagu.
      const exceeds = (pv: number | null, rv: number | null) => pv !== null && rv !== null && pv >= 0 && rv > pv + 0.5;
      const over = real && p !== null && r !== null && exceeds(p, r) && exceeds(settledNumberAt(ctx, table, row.row, pagu), settledNumberAt(ctx, table, row.row, real));
      // "Realisasi within its pagu" is a relation like any other: a column pair most rows break was misread (confirm.ts).
      if (real && pagu && p !== null && r !== null) ctx.ledger.evaluated(table, 'range', real.col, 'Realisasi dalam pagu', { row: row.row, cell: cellOf(row.row, real), inputs: [cellOf(row.row, pagu)], holds: !over }, { misreadShare: RANGE_MISREAD_SHARE });
      if (over) {
        out.push(finding(table, cellOf(row.row, real), 'range', 'warning', `Realisasi ${fmt(r, 0)} melebihi pagu ${fmt(p, 0)}: periksa apakah anggaran sudah diubah atau angkanya tertukar.`, { actual: r, expected: p, related: [cellOf(row.row, pagu!)] }));
      }
      const c = pointsAt(ctx, table, row.row, cap);
      if (cap && c && c.value > 200 && row.type === 'data') {
        out.push(finding(table, cellOf(row.row, cap), 'range', 'info', `Capaian ${fmt(c.value, c.decimals)} % lebih dari 200 %: benar bila targetnya memang terlalu rendah, tetapi patut ditinjau.`, { actual: c.value }));
      }
    }
    return out;
  });
