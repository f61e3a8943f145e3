/** Writes ../exceljs.xlsx with ExcelJS (the project's own dependency): npx tsx test/xlsx/inputs/producers/write-exceljs.ts */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import rows from './rows.json';

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Realisasi');
  (rows as (string | number | null)[][]).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = typeof v === 'string' && v.startsWith('=') ? { formula: v.slice(1) } : v;
      if (r >= 2 && c >= 2 && c <= 4) cell.numFmt = '#,##0';
    }),
  );
  sheet.mergeCells('A1:F1');
  await workbook.xlsx.writeFile(join(__dirname, '..', 'exceljs.xlsx'));
}

void main();
