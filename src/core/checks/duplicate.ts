/** duplicate: a row that repeats an earlier row of the same table word for word and number for number. */
import type { Check } from './context';
import { cellOf, finding, shortLabel } from './context';

export const duplicateCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) =>
    table.rows
      .filter((r) => r.duplicateOf !== undefined)
      .map((r) =>
        finding(table, cellOf(r.row, table.area.left), 'duplicate', 'info', `Baris ${r.row + 1} sama persis dengan baris ${r.duplicateOf! + 1} ("${shortLabel(r.label)}"): periksa apakah baris ini tersalin dua kali.`, {
          related: [cellOf(r.duplicateOf!, table.area.left)],
        }),
      ),
  );
