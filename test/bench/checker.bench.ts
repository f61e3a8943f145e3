/**
 * The checker on large budget workbooks: a 20-sheet × 5.000-row anggaran workbook written with
 * ExcelJS and read back (load time against recognise-and-check time), then the check time of one
 * sheet at 1.000 … 100.000 rows (cost per row, to show growth stays close to linear).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, SheetModel, WorkbookModel } from '../../src/core/model/workbook';
import { formatNumber } from '../../src/core/numbers/format';
import { checkWorkbook } from '../../src/core/periksa';
import { openXlsx } from '../../src/xlsx/load';
import { workbookFromExcelJs } from '../../src/xlsx/read';

export const SHEETS = 20;
export const ROWS_PER_SHEET = 5_000;
const GROWTH_ROWS = [1_000, 10_000, 50_000, 100_000];
const KEGIATAN_PER_PROGRAM = 4;
const SUB_PER_KEGIATAN = 10;
/** Every this many sub-kegiatan one carries a deliberate error in its sisa, another in its %. */
const ERROR_EVERY = 97;
/** Every this many kegiatan one leaves its first sub-kegiatan out of its sums. */
const OMIT_EVERY = 23;
const MONEY = '#,##0';
const PERCENT = '0.00';

/** One generated row: the cells of columns A–F (Kode, Uraian, Pagu, Realisasi, Sisa, %). */
type GeneratedRow = Cell[];

/** Deterministic pseudo-random amounts (no Math.random: the same workbook every run). */
function amount(seed: number): number {
  return 25_000_000 + ((seed * 7_919_993) % 475_000) * 1_000;
}

function subKegiatan(code: string, n: number, row: number): GeneratedRow {
  const pagu = amount(n);
  const realisasi = Math.round(pagu * (0.72 + ((n * 37) % 28) / 100));
  let sisa = pagu - realisasi;
  let persen = Math.round((realisasi / pagu) * 10_000) / 100;
  if (n % ERROR_EVERY === 13) sisa += 2_000_000;
  if (n % ERROR_EVERY === 41) persen = Math.round(persen * 0.8 * 100) / 100;
  return [
    { v: code },
    { v: `Sub Kegiatan Penyediaan Layanan Sosial ${n}` },
    { v: pagu, fmt: MONEY },
    { v: realisasi, fmt: MONEY },
    { v: sisa, f: `C${row + 1}-D${row + 1}`, fmt: MONEY },
    { v: persen, f: `ROUND(D${row + 1}/C${row + 1}*100,2)`, fmt: PERCENT },
  ];
}

/** A parent row (program, kegiatan, Jumlah) whose pagu and realisasi sum the given rows; `omit` leaves the first out. */
function parentRow(code: string, label: string, row: number, rows: GeneratedRow[], childRows: number[], omit = false): GeneratedRow {
  const counted = omit ? childRows.slice(1) : childRows;
  const sumOf = (col: number) => counted.reduce((s, r) => s + (rows[r][col].v as number), 0);
  const refs = (letter: string) => counted.map((r) => `${letter}${r + 1}`).join(',');
  const pagu = sumOf(2);
  const realisasi = sumOf(3);
  return [
    { v: code, bold: true },
    { v: label, bold: true },
    { v: pagu, f: `SUM(${refs('C')})`, fmt: MONEY, bold: true },
    { v: realisasi, f: `SUM(${refs('D')})`, fmt: MONEY, bold: true },
    { v: pagu - realisasi, f: `C${row + 1}-D${row + 1}`, fmt: MONEY, bold: true },
    { v: Math.round((realisasi / pagu) * 10_000) / 100, f: `ROUND(D${row + 1}/C${row + 1}*100,2)`, fmt: PERCENT, bold: true },
  ];
}

/** A realisation table of about `dataRows` rows: caption, two header rows, numbering, hierarchy, Jumlah. */
export function anggaranRows(dataRows: number): GeneratedRow[] {
  const rows: GeneratedRow[] = [
    [{ v: 'Tabel 3.12 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2024' }],
    [{ v: 'Kode', bold: true }, { v: 'Program/Kegiatan/Sub Kegiatan', bold: true }, { v: 'Anggaran (Rp)', bold: true }, undefined as unknown as Cell, { v: 'Sisa (Rp)', bold: true }, { v: '%', bold: true }],
    [undefined as unknown as Cell, undefined as unknown as Cell, { v: 'Pagu', bold: true }, { v: 'Realisasi', bold: true }],
    [1, 2, 3, 4, 5, 6].map((v) => ({ v })),
  ];
  const programRows: number[] = [];
  let sub = 0;
  for (let p = 1; rows.length < dataRows + 4; p++) {
    const programRow = rows.length;
    rows.push([]);
    const kegiatanRows: number[] = [];
    for (let k = 1; k <= KEGIATAN_PER_PROGRAM; k++) {
      const kegiatanRow = rows.length;
      rows.push([]);
      const subRows: number[] = [];
      for (let s = 1; s <= SUB_PER_KEGIATAN; s++) {
        sub++;
        subRows.push(rows.length);
        rows.push(subKegiatan(`1.06.${String(p).padStart(2, '0')}.2.${String(k).padStart(2, '0')}.${String(s).padStart(4, '0')}`, sub, rows.length));
      }
      const omitOne = (p * KEGIATAN_PER_PROGRAM + k) % OMIT_EVERY === 0;
      rows[kegiatanRow] = parentRow(`1.06.${String(p).padStart(2, '0')}.2.${String(k).padStart(2, '0')}`, `Kegiatan Pelayanan Sosial ${p}.${k}`, kegiatanRow, rows, subRows, omitOne);
      kegiatanRows.push(kegiatanRow);
    }
    rows[programRow] = parentRow(`1.06.${String(p).padStart(2, '0')}`, `Program Perlindungan dan Jaminan Sosial ${p}`, programRow, rows, kegiatanRows);
    programRows.push(programRow);
  }
  const total = rows.length;
  const jumlah = parentRow('', 'Jumlah', total, rows, programRows);
  jumlah[0] = { v: null };
  rows.push(jumlah);
  return rows;
}

export function sheetModel(name: string, rows: GeneratedRow[]): SheetModel {
  return {
    name,
    cells: rows.map((r) => [...r]),
    rowCount: rows.length,
    colCount: 6,
    merges: [
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 2, right: 4 },
      { top: 1, left: 5, bottom: 2, right: 5 },
    ],
  };
}

export function addSheet(workbook: ExcelJS.Workbook, model: SheetModel): void {
  const ws = workbook.addWorksheet(model.name);
  model.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell || cell.v === null) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell.f ? { formula: cell.f, result: cell.v as number } : (cell.v as ExcelJS.CellValue);
      if (cell.fmt) target.numFmt = cell.fmt;
      if (cell.bold) target.font = { bold: true };
    });
  });
  for (const m of model.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
}

function time<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}

function ms(value: number): string {
  return `${formatNumber(value, 0)} ms`;
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

async function largeWorkbook(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cermat-bench-'));
  try {
    const file = join(dir, 'anggaran-besar.xlsx');
    const source = new ExcelJS.Workbook();
    const rows = anggaranRows(ROWS_PER_SHEET);
    for (let s = 1; s <= SHEETS; s++) addSheet(source, sheetModel(`Realisasi ${s}`, rows));
    const written = await timeAsync(() => source.xlsx.writeFile(file));
    const bytes = readFileSync(file);
    const parsed = await timeAsync(() => openXlsx(bytes, 'anggaran-besar.xlsx'));
    const converted = time(() => workbookFromExcelJs(parsed.result, 'anggaran-besar.xlsx'));
    const checked = time(() => checkWorkbook(converted.result));
    const { report } = checked.result;
    const load = parsed.ms + converted.ms;
    console.log(
      `Buku kerja ${SHEETS} lembar × ${formatNumber(rows.length)} baris (${formatNumber(bytes.length / 1_048_576, 1)} MB, ditulis dalam ${ms(written.ms)}):`,
    );
    table(
      ['Langkah', 'Waktu'],
      [
        ['Baca dengan ExcelJS', ms(parsed.ms)],
        ['ExcelJS → WorkbookModel', ms(converted.ms)],
        ['Muat (jumlah)', ms(load)],
        ['Kenali + periksa (checkWorkbook)', ms(checked.ms)],
        ['Periksa : muat', formatNumber(checked.ms / load, 2)],
      ],
    );
    console.log(`Temuan: ${formatNumber(report.findings.length)} pada ${formatNumber(report.tables.length)} tabel.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function growth(): void {
  // Warm-up so the first size does not pay for JIT compilation.
  checkWorkbook({ name: 'pemanasan.xlsx', sheets: [sheetModel('Realisasi', anggaranRows(2_000))] });
  const results = GROWTH_ROWS.map((n) => {
    const model: WorkbookModel = { name: 'anggaran-2024.xlsx', sheets: [sheetModel('Realisasi Anggaran', anggaranRows(n))] };
    const rows = model.sheets[0].rowCount;
    const { result, ms: elapsed } = time(() => checkWorkbook(model));
    return { rows, elapsed, findings: result.report.findings.length };
  });
  const base = results[0].elapsed / results[0].rows;
  console.log('\nWaktu periksa satu lembar menurut jumlah baris:');
  table(
    ['Baris', 'Waktu', 'µs/baris', 'Relatif', 'Temuan'],
    results.map((r) => [
      formatNumber(r.rows),
      ms(r.elapsed),
      formatNumber((r.elapsed * 1000) / r.rows, 2),
      `${formatNumber(r.elapsed / r.rows / base, 2)}×`,
      formatNumber(r.findings),
    ]),
  );
}

export async function run(): Promise<void> {
  await largeWorkbook();
  growth();
}
