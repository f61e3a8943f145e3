/**
 * average (sasaran): a row that prints a capaian but no target or realisasi of its own, above the
 * indicators it groups, prints the sasaran's capaian — the mean of its indicators' capaian (what the
 * regulations say) or, as one report did, mean realisasi ÷ mean target (domain.md §3). A value that
 * matches neither is reported.
 */
import { mean } from '../formulas/average';
import type { RecognizedTable, TableRow } from '../recognition/types';
import { compareCell } from './compare-cell';
import { cellOf, column, fmt, rowList, type CheckContext } from './context';
import { numberAt, pointsAt, readAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule } from './rule';

const messages = {
  ...RECOMPUTED_MESSAGES,
  how: 'rata-rata capaian {count} indikator di bawahnya ({rows}) = {mean}',
  howOrRatio: 'rata-rata capaian {count} indikator di bawahnya ({rows}) = {mean}; rata-rata realisasi ÷ rata-rata target × 100 = {ratio}',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  sasaran: 'Capaian sasaran',
};

function isGroupRow(ctx: CheckContext, table: RecognizedTable, row: TableRow): boolean {
  const target = column(table, 'target')!;
  const realisasi = column(table, 'realisasi')!;
  const blank = (k: string) => k === 'blank' || k === 'dash';
  return pointsAt(ctx, table, row.row, column(table, 'capaian')) !== null && blank(readAt(ctx, table, row.row, target).kind) && blank(readAt(ctx, table, row.row, realisasi).kind);
}

export const groupCapaianRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'average',
    name: 'sasaran-capaian',
    label: 'Rata-rata',
    description: 'Menghitung ulang capaian sasaran pada baris tanpa target dan realisasi sebagai rerata capaian indikator di bawahnya (atau rerata realisasi ÷ rerata target × 100).',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      const cap = column(table, 'capaian');
      const target = column(table, 'target');
      const realisasi = column(table, 'realisasi');
      if (!cap || !target || !realisasi) return;
      const rows = table.rows.filter((r) => r.type === 'data' || r.type === 'section');
      rows.forEach((group, i) => {
        if (!isGroupRow(ctx, table, group)) return;
        const members: TableRow[] = [];
        for (const r of rows.slice(i + 1)) {
          if (isGroupRow(ctx, table, r)) break;
          if (pointsAt(ctx, table, r.row, cap) && numberAt(ctx, table, r.row, target) !== null && numberAt(ctx, table, r.row, realisasi) !== null) members.push(r);
        }
        if (members.length === 0) return;
        const caps = members.map((m) => pointsAt(ctx, table, m.row, cap)!.value);
        const byMean = mean(caps)!;
        const meanT = mean(members.map((m) => numberAt(ctx, table, m.row, target)!))!;
        const meanR = mean(members.map((m) => numberAt(ctx, table, m.row, realisasi)!))!;
        const alternatives = meanT !== 0 ? [(meanR / meanT) * 100] : [];
        const how = () =>
          ctx.text(alternatives.length ? 'howOrRatio' : 'how', { count: members.length, rows: rowList(members.map((m) => m.row)), mean: fmt(byMean), ...(alternatives.length ? { ratio: fmt(alternatives[0]) } : {}) });
        compareCell(ctx, table, group.row, cap, messages.sasaran, 'average', { value: byMean, how, related: members.map((m) => cellOf(m.row, cap)), alternatives, vertical: true }, true);
      });
    },
  }),
};
