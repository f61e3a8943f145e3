/**
 * The checker on large budget workbooks: a 20-sheet × 5.000-row anggaran workbook written with
 * ExcelJS, then a bare ExcelJS load of it against the whole `cermat periksa --json` and against
 * recognise + check alone (alternating rounds, medians, ratios); then the check time of one sheet
 * at 1.000 … 200.000 rows (cost per row, to show growth stays linear).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell, SheetModel, WorkbookModel } from '../../src/core/model/workbook';
import { formatNumber } from '../../src/core/numbers/format';
import { checkWorkbook } from '../../src/core/periksa';
import { runCli } from '../../src/cli/run';
import { loadWorkbookModel } from '../../src/xlsx/load';

export const SHEETS = 20;
export const ROWS_PER_SHEET = 5_000;
const GROWTH_ROWS = [1_000, 10_000, 50_000, 100_000, 200_000];
const GROWTH_ROUNDS = 3;
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

/** Rounds of the large-workbook comparison: the three measurements alternate, medians are reported. */
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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

async function elapsed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** `cermat periksa FILE --json` in this process, its JSON counted but not kept. */
async function periksaJson(file: string): Promise<void> {
  let written = 0;
  const sink = { write: (text: string) => (written += text.length) };
  await runCli(['periksa', file, '--json'], { stdout: sink, stderr: sink, env: {} });
  if (written === 0) throw new Error('cermat periksa --json wrote nothing');
}

/**
 * Writes the 20-sheet workbook and returns its rows per sheet. Its ExcelJS copy lives only in here:
 * kept alive, its hundreds of megabytes would be marked by every collection in the timed steps.
 */
async function writeLargeWorkbook(file: string): Promise<number> {
  const source = new ExcelJS.Workbook();
  const rows = anggaranRows(ROWS_PER_SHEET);
  for (let s = 1; s <= SHEETS; s++) addSheet(source, sheetModel(`Realisasi ${s}`, rows));
  await source.xlsx.writeFile(file);
  return rows.length;
}

/**
 * The issue "Speed and memory" figures on the 20 × 5.000-row workbook: a bare ExcelJS load, the whole
 * `cermat periksa --json`, and recognise + check alone, alternating, medians and ratios.
 */
async function largeWorkbook(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cermat-bench-'));
  try {
    const file = join(dir, 'anggaran-besar.xlsx');
    const rowCount = await writeLargeWorkbook(file);
    const bytes = readFileSync(file);
    const model = await loadWorkbookModel(bytes, 'anggaran-besar.xlsx');
    const runs: Record<'exceljs' | 'periksa' | 'check', number[]> = { exceljs: [], periksa: [], check: [] };
    const steps: [keyof typeof runs, () => unknown][] = [
      ['exceljs', () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)],
      ['periksa', () => periksaJson(file)],
      ['check', () => checkWorkbook(model)],
    ];
    for (let round = 0; round < ROUNDS; round++) {
      // Each round starts with a different step, so no step always runs on a warm or a tired heap.
      for (let i = 0; i < steps.length; i++) {
        const [name, fn] = steps[(round + i) % steps.length];
        runs[name].push(await elapsed(fn));
      }
    }
    const exceljs = median(runs.exceljs);
    const periksa = median(runs.periksa);
    const check = median(runs.check);
    const { report } = checkWorkbook(model);
    console.log(
      `Buku kerja ${SHEETS} lembar × ${formatNumber(rowCount)} baris (${formatNumber(bytes.length / 1_048_576, 1)} MB), median ${ROUNDS} putaran bergantian:`,
    );
    table(
      ['Langkah', 'Median', 'Putaran', ': ExcelJS'],
      [
        ['ExcelJS xlsx.load saja', ms(exceljs), runs.exceljs.map((v) => formatNumber(v, 0)).join(' / '), '1,00'],
        ['cermat periksa --json (seluruhnya)', ms(periksa), runs.periksa.map((v) => formatNumber(v, 0)).join(' / '), formatNumber(periksa / exceljs, 2)],
        ['Kenali + periksa (checkWorkbook)', ms(check), runs.check.map((v) => formatNumber(v, 0)).join(' / '), formatNumber(check / exceljs, 2)],
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
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < GROWTH_ROUNDS; i++) {
      const start = performance.now();
      findings = checkWorkbook(model).report.findings.length;
      times.push(performance.now() - start);
    }
    return { rows, elapsed: median(times), findings };
  });
  const perRow = results.map((r) => r.elapsed / r.rows);
  const base = perRow[0];
  console.log(`\nWaktu periksa satu lembar menurut jumlah baris (median ${GROWTH_ROUNDS} kali):`);
  table(
    ['Baris', 'Waktu', 'µs/baris', 'Relatif', 'Temuan'],
    results.map((r, i) => [formatNumber(r.rows), ms(r.elapsed), formatNumber(perRow[i] * 1000, 2), `${formatNumber(perRow[i] / base, 2)}×`, formatNumber(r.findings)]),
  );
  console.log(`µs/baris terbesar : terkecil = ${formatNumber(Math.max(...perRow) / Math.min(...perRow), 2)}`);
}

export async function run(): Promise<void> {
  await largeWorkbook();
  growth();
}
