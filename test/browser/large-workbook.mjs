/**
 * A large realisation workbook for the responsiveness step of the browser test: `sheets` sheets of a
 * budget table (caption, two header rows, numbering, `rows` sub-kegiatan rows, Jumlah) with one
 * deliberate sisa error per sheet, as .xlsx bytes written with ExcelJS. Deterministic.
 */
import ExcelJS from 'exceljs';

const MONEY = '#,##0';

function amount(seed) {
  return 25_000_000 + ((seed * 7_919_993) % 475_000) * 1_000;
}

function addBudgetSheet(workbook, name, rows, errorRow) {
  const ws = workbook.addWorksheet(name);
  ws.addRow([`Tabel Realisasi Anggaran per Sub Kegiatan Tahun 2024 (${name})`]);
  ws.addRow(['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Anggaran (Rp)', null, 'Sisa (Rp)', '%']);
  ws.addRow([null, null, 'Pagu', 'Realisasi']);
  ws.addRow([1, 2, 3, 4, 5, 6]);
  for (const m of ['A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3']) ws.mergeCells(m);
  for (const r of [2, 3]) ws.getRow(r).font = { bold: true };
  const first = 5;
  let paguTotal = 0;
  let realisasiTotal = 0;
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const pagu = amount(i + 1);
    const realisasi = Math.round(pagu * (0.72 + ((i * 37) % 28) / 100));
    paguTotal += pagu;
    realisasiTotal += realisasi;
    const sisa = pagu - realisasi + (i === errorRow ? 2_000_000 : 0);
    const row = ws.addRow([
      `1.06.01.2.01.${String(i + 1).padStart(4, '0')}`,
      `Sub Kegiatan Penyediaan Layanan Sosial ${i + 1}`,
      pagu,
      realisasi,
      { formula: `C${r}-D${r}`, result: sisa },
      { formula: `ROUND(D${r}/C${r}*100,2)`, result: Math.round((realisasi / pagu) * 10_000) / 100 },
    ]);
    for (const c of [3, 4, 5]) row.getCell(c).numFmt = MONEY;
  }
  const last = first + rows - 1;
  const total = ws.addRow([
    null,
    'Jumlah',
    { formula: `SUM(C${first}:C${last})`, result: paguTotal },
    { formula: `SUM(D${first}:D${last})`, result: realisasiTotal },
    { formula: `C${last + 1}-D${last + 1}`, result: paguTotal - realisasiTotal },
    { formula: `ROUND(D${last + 1}/C${last + 1}*100,2)`, result: Math.round((realisasiTotal / paguTotal) * 10_000) / 100 },
  ]);
  total.font = { bold: true };
}

/** The workbook as .xlsx bytes. */
export async function largeBudgetWorkbook(sheets, rows) {
  const workbook = new ExcelJS.Workbook();
  for (let s = 1; s <= sheets; s++) addBudgetSheet(workbook, `Anggaran ${s}`, rows, (s * 431) % rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
