/** format: malformed or ambiguous number text, and numbers stored as text (one note per column). */
import { NUMERIC_ROLES } from '../recognition/roles';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import { cellOf, type CheckContext } from './context';
import type { Rule } from './rule';
import { valueColumns } from './table-columns';
import { readAt } from './readings';

const messages = {
  malformed: 'Angka "{text}" tidak wajar: {reason}. Ketik ulang angkanya.',
  malformedSeparators: 'Angka "{text}" tidak wajar: pemisah ribuan tidak beraturan. Ketik ulang angkanya.',
  ambiguous: 'Angka "{text}" bermakna ganda: {reason}. Tulis dengan satu cara (mis. 1.234.567,89).',
  storedAsText: '{count} angka di kolom "{header}" disimpan sebagai teks (mis. {sample}); Excel tidak dapat menjumlahkannya. Cermat tetap membacanya.',
};

function mostlyNumbers(ctx: CheckContext, table: RecognizedTable, col: TableColumn): boolean {
  let numbers = 0;
  let filled = 0;
  for (const row of table.rows) {
    const r = readAt(ctx, table, row.row, col);
    if (r.kind === 'blank') continue;
    filled++;
    if (r.kind === 'number' || r.kind === 'dash') numbers++;
  }
  return numbers >= 2 && numbers * 2 > filled;
}

export const formatRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'format',
    name: 'number-format',
    label: 'Format angka',
    description: 'Membaca setiap angka di kolom angka: pemisah ribuan yang tidak beraturan, angka bermakna ganda, dan kolom yang seluruh angkanya disimpan sebagai teks.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      for (const col of valueColumns(ctx.grid(table.sheet), table)) {
        // A column the header words did not name is a number column when most of its cells are numbers.
        if (!NUMERIC_ROLES.has(col.role) && !mostlyNumbers(ctx, table, col)) continue;
        const asText: string[] = [];
        let numbers = 0;
        for (const row of table.rows) {
          if (row.type === 'section') continue;
          const r = readAt(ctx, table, row.row, col);
          const cell = cellOf(row.row, col);
          if (r.kind === 'malformed') {
            ctx.report({ table, cell, severity: 'error', messageId: r.reason === undefined ? 'malformedSeparators' : 'malformed', data: { text: r.text, reason: r.reason ?? '' }, actual: r.text });
          } else if (r.kind === 'ambiguous') {
            ctx.report({ table, cell, severity: 'warning', messageId: 'ambiguous', data: { text: r.text, reason: r.reason ?? '' }, actual: r.text });
          } else if (r.kind === 'number') {
            numbers++;
            if (r.fromText) asText.push(cell);
          }
        }
        if (asText.length > 0 && asText.length === numbers && numbers > 0) {
          const sample = asText.slice(0, 3).join(', ');
          ctx.report({ table, cell: asText[0], severity: 'info', messageId: 'storedAsText', data: { count: asText.length, header: col.header, sample } });
        }
      }
    },
  }),
};
