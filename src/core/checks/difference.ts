/** difference: every sisa/selisih against pagu − realisasi. */
import { sisa } from '../formulas/budget';
import { compareCell } from './compare-cell';
import { cellOf, column, fmt } from './context';
import { numberAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule } from './rule';

const messages = {
  ...RECOMPUTED_MESSAGES,
  how: 'pagu − realisasi = {pagu} − {realisasi}',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  sisa: 'Sisa',
  efisiensiRp: 'Efisiensi (Rp)',
};

export const differenceRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'difference',
    name: 'sisa-of-budget',
    label: 'Selisih/Sisa',
    description: 'Menghitung ulang sisa anggaran dan efisiensi (Rp) setiap baris sebagai pagu − realisasi.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      const pagu = column(table, 'pagu');
      const real = column(table, 'realisasi_anggaran');
      if (!pagu || !real) return;
      for (const col of table.columns.filter((c) => c.role === 'sisa' || c.role === 'efisiensi_rp')) {
        for (const row of table.rows) {
          if (row.type === 'section' || row.type === 'average') continue;
          const p = numberAt(ctx, table, row.row, pagu);
          const r = numberAt(ctx, table, row.row, real);
          if (p === null || r === null) continue;
          const value = sisa(p, r);
          const how = () => ctx.text('how', { pagu: fmt(p), realisasi: fmt(r) });
          const related = [cellOf(row.row, pagu), cellOf(row.row, real)];
          const recompute = (corrected: (a1: string) => number | undefined) => sisa(corrected(related[0]) ?? p, corrected(related[1]) ?? r);
          compareCell(ctx, table, row.row, col, col.role === 'sisa' ? messages.sisa : messages.efisiensiRp, 'difference', { value, how, related, recompute }, false);
        }
      }
    },
  }),
};
