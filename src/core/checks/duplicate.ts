/** duplicate: a row that repeats an earlier row of the same table word for word and number for number. */
import { cellOf, shortLabel } from './context';
import type { Rule } from './rule';

const messages = {
  duplicate: 'Baris {row} sama persis dengan baris {original} ("{label}"): periksa apakah baris ini tersalin dua kali.',
};

export const duplicateRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'duplicate',
    name: 'duplicate-row',
    label: 'Baris ganda',
    description: 'Menandai baris yang sama persis, kata demi kata dan angka demi angka, dengan baris sebelumnya di tabel yang sama.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      for (const r of table.rows) {
        if (r.duplicateOf === undefined) continue;
        const data = { row: r.row + 1, original: r.duplicateOf + 1, label: shortLabel(r.label) };
        ctx.report({ table, cell: cellOf(r.row, table.area.left), severity: 'info', messageId: 'duplicate', data, related: [cellOf(r.duplicateOf, table.area.left)] });
      }
    },
  }),
};
