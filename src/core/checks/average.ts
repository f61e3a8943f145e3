/**
 * average: a Rata-rata row against the mean of the rows above it (for absorption also Σ realisasi ÷
 * Σ pagu, the usual way a "rata-rata" absorption is computed).
 */
import { mean, percentOfSums } from '../formulas/average';
import { parseNumberText } from '../numbers/parse';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import { compareCell } from './compare-cell';
import { cellOf, column, fmt, rowList, type CheckContext } from './context';
import { numberAt, readAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule } from './rule';

const messages = {
  ...RECOMPUTED_MESSAGES,
  how: 'rata-rata {count} nilai pada {rows} = {mean}',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  average: 'Rata-rata',
};

/** A value for averaging: a number, or the percentage inside text such as "Puas/100%". */
function looseNumber(ctx: CheckContext, table: RecognizedTable, row: number, col: TableColumn): number | null {
  const r = readAt(ctx, table, row, col);
  if (r.kind === 'number') return r.value;
  if (r.kind === 'text') {
    const m = /([\d.,]+\s*%)/.exec(r.text);
    const n = m ? parseNumberText(m[1]) : null;
    if (n?.kind === 'number') return n.value;
  }
  return null;
}

const AVERAGED = new Set(['capaian', 'penyerapan', 'realisasi', 'target', 'efisiensi', 'capaian_renstra']);

export const averageRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'average',
    name: 'average-row',
    label: 'Rata-rata',
    description: 'Menghitung ulang setiap baris Rata-rata sebagai rerata baris di atasnya (untuk penyerapan juga Σ realisasi ÷ Σ pagu × 100).',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      // "Jumlah/Rata-rata" closes a table with sums of amounts and averages of percentages.
      const averageRows = table.rows.filter((r) => r.type === 'average' || (r.type === 'total' && /rata|rerata/i.test(r.label)));
      if (averageRows.length === 0) return;
      const data = table.rows.filter((r) => r.type === 'data' || r.type === 'section');
      const top = Math.min(...data.map((r) => r.level));
      const members = data.filter((r) => r.level === top);
      for (const avgRow of averageRows) {
        // On a "Jumlah/Rata-rata" row the efficiency is the row's own (efficiency.ts checks it), not a mean.
        for (const col of table.columns.filter((c) => AVERAGED.has(c.role) && !(avgRow.type === 'total' && c.role === 'efisiensi'))) {
          if (readAt(ctx, table, avgRow.row, col).kind !== 'number') continue;
          const rows = members.filter((r) => r.row < avgRow.row);
          const counted = rows.map((r) => ({ row: r.row, v: looseNumber(ctx, table, r.row, col) })).filter((x): x is { row: number; v: number } => x.v !== null);
          const values = counted.map((x) => x.v);
          const m = mean(values);
          if (m === null) continue;
          // Agencies average the top rows, every row, or the leaves (sub kegiatan): each is a reading of "rata-rata".
          const before = data.filter((r) => r.row < avgRow.row);
          const parents = new Set(before.map((r) => r.parent));
          const meanOf = (rs: typeof data) => mean(rs.map((r) => looseNumber(ctx, table, r.row, col)).filter((v): v is number => v !== null));
          const alternatives: number[] = [meanOf(before), meanOf(before.filter((r) => !parents.has(r.row)))].filter((v): v is number => v !== null);
          const pagu = column(table, 'pagu');
          const real = column(table, 'realisasi_anggaran');
          if (col.role === 'penyerapan' && pagu && real) {
            const ratio = percentOfSums(
              rows.map((r) => numberAt(ctx, table, r.row, real) ?? 0),
              rows.map((r) => numberAt(ctx, table, r.row, pagu) ?? 0),
            );
            if (ratio !== null) alternatives.push(ratio);
            const own = [numberAt(ctx, table, avgRow.row, pagu), numberAt(ctx, table, avgRow.row, real)];
            if (own[0] && own[1] !== null) alternatives.push((own[1] / own[0]) * 100);
          }
          const how = () => ctx.text('how', { count: values.length, rows: rowList(counted.map((x) => x.row)), mean: fmt(m) });
          compareCell(ctx, table, avgRow.row, col, messages.average, 'average', { value: m, how, related: rows.map((r) => cellOf(r.row, col)), alternatives, vertical: true }, true);
        }
      }
    },
  }),
};
