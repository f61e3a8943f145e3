/** format: malformed or ambiguous number text, and numbers stored as text (one note per column). */
import { NUMERIC_ROLES } from '../recognition/roles';
import type { Finding } from '../report';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import { cellOf, finding, type Check, type CheckContext } from './context';
import { valueColumns } from './table-columns';
import { readAt } from './readings';

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

export const formatCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    const out: Finding[] = [];
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
          out.push(finding(table, cell, 'format', 'error', `Angka "${r.text}" tidak wajar: ${r.reason ?? 'pemisah ribuan tidak beraturan'}. Ketik ulang angkanya.`, { actual: r.text }));
        } else if (r.kind === 'ambiguous') {
          out.push(finding(table, cell, 'format', 'warning', `Angka "${r.text}" bermakna ganda: ${r.reason ?? ''}. Tulis dengan satu cara (mis. 1.234.567,89).`, { actual: r.text }));
        } else if (r.kind === 'number') {
          numbers++;
          if (r.fromText) asText.push(cell);
        }
      }
      if (asText.length > 0 && asText.length === numbers && numbers > 0) {
        const sample = asText.slice(0, 3).join(', ');
        out.push(finding(table, asText[0], 'format', 'info', `${asText.length} angka di kolom "${col.header}" disimpan sebagai teks (mis. ${sample}); Excel tidak dapat menjumlahkannya. Cermat tetap membacanya.`));
      }
    }
    return out;
  });
