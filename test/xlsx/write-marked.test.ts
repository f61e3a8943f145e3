import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SEVERITY_FILLS } from '../../src/core/changes/marks';
import type { Finding, Report } from '../../src/core/report';
import { writeMarkedCopy } from '../../src/xlsx/write-marked';
import { sisaE21, yearF5 } from '../support/sample-findings';

const original = readFileSync(join(__dirname, '..', 'fixtures', 'tanjungpinang-2024.xlsx'));

const findings: Finding[] = [
  sisaE21,
  yearF5,
  {
    sheet: 'Kinerja Sasaran 1',
    cell: 'G18',
    check: 'capaian',
    severity: 'info',
    message: '=HYPERLINK("http://contoh.invalid","klik") tercetak 110,51 %',
    actual: '=HYPERLINK("http://contoh.invalid","klik")',
  },
  { sheet: 'Lembar Hilang', cell: 'A1', check: 'sum', severity: 'error', message: 'lembar tidak ada' },
];

const report: Report = { file: 'tanjungpinang-2024.xlsx', year: 2024, tables: [], findings };

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function argbOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

describe('writeMarkedCopy', () => {
  let marked: ExcelJS.Workbook;
  const before = Buffer.from(original);

  beforeAll(async () => {
    marked = await open(await writeMarkedCopy(original, report));
  });

  it('leaves the input bytes unchanged', () => {
    expect(original.equals(before)).toBe(true);
  });

  it('fills and annotates each finding cell by severity', () => {
    const e21 = marked.getWorksheet('Realisasi Anggaran')!.getCell('E21');
    expect(argbOf(e21)).toBe('FF' + SEVERITY_FILLS.error.slice(1));
    expect(noteOf(e21)).toBe('Cermat — Salah (Selisih/Sisa): Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365');
    const f5 = marked.getWorksheet('Kinerja Sasaran 1')!.getCell('F5');
    expect(argbOf(f5)).toBe('FF' + SEVERITY_FILLS.warning.slice(1));
    expect(noteOf(f5)).toContain('Peringatan (Tahun)');
    expect(argbOf(marked.getWorksheet('Kinerja Sasaran 1')!.getCell('G18'))).toBe('FF' + SEVERITY_FILLS.info.slice(1));
  });

  it('keeps the values, formulas and formats of the marked cells and leaves their neighbours unfilled', () => {
    const sheet = marked.getWorksheet('Realisasi Anggaran')!;
    const e21 = sheet.getCell('E21');
    expect(e21.formula).toBe('SUM(E23:E26)');
    expect(e21.numFmt).toBe('#,##0');
    // E22 shares E21's style in the file: changing one must not fill the other.
    expect(argbOf(sheet.getCell('E22'))).toBeUndefined();
    expect(argbOf(sheet.getCell('E20'))).toBeUndefined();
  });

  it('adds the Hasil Pemeriksaan sheet with a header and one row per finding', () => {
    const ws = marked.getWorksheet('Hasil Pemeriksaan')!;
    expect(ws.getCell('A1').value).toBe('Hasil Pemeriksaan Cermat');
    expect(ws.getCell('B2').value).toBe('tanjungpinang-2024.xlsx');
    expect(ws.getCell('B3').value).toBe(2024);
    expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual(['No', 'Lembar', 'Sel', 'Pemeriksaan', 'Tingkat', 'Pesan', 'Tercetak', 'Seharusnya']);
    const row = ws.getRow(7);
    expect([1, 2, 4, 5, 6, 7, 8].map((c) => row.getCell(c).value)).toEqual([
      1,
      'Realisasi Anggaran',
      'Selisih/Sisa',
      'Salah',
      'Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365',
      11809165,
      25070365,
    ]);
    expect([row.getCell(7).numFmt, row.getCell(8).numFmt]).toEqual(['#,##0', '#,##0']);
    expect(ws.getCell('D8').value).toBe('Tahun');
    expect(ws.getCell('E8').value).toBe('Peringatan');
    expect(ws.getCell('E9').value).toBe('Catatan');
    expect(ws.rowCount).toBe(10);
  });

  it('links each finding row to its cell', () => {
    const ws = marked.getWorksheet('Hasil Pemeriksaan')!;
    expect(ws.getCell('C7').value).toEqual({ formula: 'HYPERLINK("#\'Realisasi Anggaran\'!E21","E21")', result: 'E21' });
    expect(ws.getCell('C8').value).toEqual({ formula: 'HYPERLINK("#\'Kinerja Sasaran 1\'!F5","F5")', result: 'F5' });
  });

  it('writes workbook text that looks like a formula as plain text', () => {
    const ws = marked.getWorksheet('Hasil Pemeriksaan')!;
    for (const address of ['F9', 'G9']) {
      const cell = ws.getCell(address);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(ws.getCell('F9').value).toBe('=HYPERLINK("http://contoh.invalid","klik") tercetak 110,51 %');
    expect(ws.getCell('G9').value).toBe('=HYPERLINK("http://contoh.invalid","klik")');
  });

  it('replaces its own sheet and notes when a marked copy is marked again', async () => {
    const again = await open(await writeMarkedCopy(await writeMarkedCopy(original, report), report));
    expect(again.worksheets.filter((w) => w.name.startsWith('Hasil Pemeriksaan')).map((w) => w.name)).toEqual(['Hasil Pemeriksaan']);
    expect(noteOf(again.getWorksheet('Realisasi Anggaran')!.getCell('E21'))).toBe(
      'Cermat — Salah (Selisih/Sisa): Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365',
    );
  });

  it("keeps a user's note above Cermat's", async () => {
    const wb = await open(original);
    wb.getWorksheet('Realisasi Anggaran')!.getCell('E21').note = 'Cek lagi dengan SP2D';
    const withNote = new Uint8Array(await wb.xlsx.writeBuffer());
    const twice = await open(await writeMarkedCopy(await writeMarkedCopy(withNote, report), report));
    expect(noteOf(twice.getWorksheet('Realisasi Anggaran')!.getCell('E21'))).toBe(
      'Cek lagi dengan SP2D\n\nCermat — Salah (Selisih/Sisa): Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365',
    );
  });

  it("keeps a user's own sheet named Hasil Pemeriksaan", async () => {
    const wb = await open(original);
    wb.addWorksheet('Hasil Pemeriksaan').getCell('A1').value = 'Catatan tim';
    const withUserSheet = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await open(await writeMarkedCopy(withUserSheet, report));
    expect(out.getWorksheet('Hasil Pemeriksaan')!.getCell('A1').value).toBe('Catatan tim');
    expect(out.getWorksheet('Hasil Pemeriksaan (2)')!.getCell('A1').value).toBe('Hasil Pemeriksaan Cermat');
  });

  it('takes its marks off a cell fixed since the last run, and keeps the marks still due', async () => {
    const first = await writeMarkedCopy(original, report);
    const fixed: Report = { ...report, findings: [yearF5] };
    const again = await open(await writeMarkedCopy(first, fixed));
    const e21 = again.getWorksheet('Realisasi Anggaran')!.getCell('E21');
    expect(argbOf(e21)).toBeUndefined();
    expect(noteOf(e21)).toBe('');
    expect(e21.formula).toBe('SUM(E23:E26)');
    expect(e21.numFmt).toBe('#,##0');
    const f5 = again.getWorksheet('Kinerja Sasaran 1')!.getCell('F5');
    expect(argbOf(f5)).toBe('FF' + SEVERITY_FILLS.warning.slice(1));
    expect(noteOf(f5)).toContain('Peringatan (Tahun)');
    expect(again.getWorksheet('Hasil Pemeriksaan')!.getCell('B4').value).toBe('0 salah, 1 peringatan, 0 catatan pada 0 tabel');
  });

  it('replaces report sheets stacked by earlier versions with one, keeping sheet-scoped names right', async () => {
    const wb = await open(original);
    for (const name of ['Hasil Pemeriksaan', 'Hasil Pemeriksaan (2)', 'Hasil Pemeriksaan (3)']) {
      wb.addWorksheet(name).getCell('A1').value = 'Hasil Pemeriksaan Cermat';
    }
    const after = wb.addWorksheet('Catatan Tim');
    after.getCell('A1').value = 'catatan';
    after.pageSetup.printArea = 'A1:B2';
    const stacked = new Uint8Array(await wb.xlsx.writeBuffer());
    const out = await open(await writeMarkedCopy(stacked, report));
    const names = out.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('Hasil Pemeriksaan'))).toEqual(['Hasil Pemeriksaan']);
    expect(names.slice(-2)).toEqual(['Hasil Pemeriksaan', 'Catatan Tim']);
    expect(out.getWorksheet('Catatan Tim')!.pageSetup.printArea).toBe('A1:B2');
    expect(out.getWorksheet('Hasil Pemeriksaan')!.getCell('C7').value).toEqual({ formula: 'HYPERLINK("#\'Realisasi Anggaran\'!E21","E21")', result: 'E21' });
  });

  it("gives a fixed cell back the user's own fill and format", async () => {
    const wb = await open(original);
    const cell = wb.getWorksheet('Realisasi Anggaran')!.getCell('E21');
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    cell.font = { italic: true };
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const first = await writeMarkedCopy(filled, report);
    expect(argbOf((await open(first)).getWorksheet('Realisasi Anggaran')!.getCell('E21'))).toBe('FF' + SEVERITY_FILLS.error.slice(1));
    const fixed = (await open(await writeMarkedCopy(first, { ...report, findings: [yearF5] }))).getWorksheet('Realisasi Anggaran')!.getCell('E21');
    expect(argbOf(fixed)).toBe('FF92D050');
    expect(fixed.font?.italic).toBe(true);
    expect(fixed.numFmt).toBe('#,##0');
  });
});
