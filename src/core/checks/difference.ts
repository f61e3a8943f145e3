/** difference: every sisa/selisih against pagu − realisasi. */
import { sisa } from '../formulas/budget';
import type { Finding } from '../report';
import { compareCell } from './compare-cell';
import { cellOf, column, fmt, type Check } from './context';
import { numberAt } from './readings';

export const differenceCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    const pagu = column(table, 'pagu');
    const real = column(table, 'realisasi_anggaran');
    const out: Finding[] = [];
    if (!pagu || !real) return out;
    for (const col of table.columns.filter((c) => c.role === 'sisa' || c.role === 'efisiensi_rp')) {
      for (const row of table.rows) {
        if (row.type === 'section' || row.type === 'average') continue;
        const p = numberAt(ctx, table, row.row, pagu);
        const r = numberAt(ctx, table, row.row, real);
        if (p === null || r === null) continue;
        const value = sisa(p, r);
        const how = () => `pagu − realisasi = ${fmt(p)} − ${fmt(r)}`;
        const related = [cellOf(row.row, pagu), cellOf(row.row, real)];
        const recompute = (corrected: (a1: string) => number | undefined) => sisa(corrected(related[0]) ?? p, corrected(related[1]) ?? r);
        const f = compareCell(ctx, table, row.row, col, col.role === 'sisa' ? 'Sisa' : 'Efisiensi (Rp)', 'difference', { value, how, related, recompute }, false);
        if (f) out.push(f);
      }
    }
    return out;
  });
