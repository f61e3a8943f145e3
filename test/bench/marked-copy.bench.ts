/**
 * The marked copy of a 20-sheet × 5.000-row workbook with 2.000 findings: time and heap of the
 * package patch (src/xlsx/write-marked.ts) beside a bare ExcelJS load-and-write of the same file
 * (what the copy cost when it was re-written with ExcelJS). Reported, never asserted.
 */
import ExcelJS from 'exceljs';
import { formatNumber } from '../../src/core/numbers/format';
import type { Finding } from '../../src/core/report';
import { writeMarkedCopy } from '../../src/xlsx/write-marked';

const SHEETS = 20;
const ROWS = 5_000;
const FINDING_EVERY = 50;

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (let s = 1; s <= SHEETS; s++) {
    const ws = wb.addWorksheet(`Lembar ${s}`);
    for (let r = 1; r <= ROWS; r++) ws.addRow([`Program ${r}`, r * 1000, r * 900, { formula: `B${r}-C${r}`, result: r * 100 }]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function findings(): Finding[] {
  const out: Finding[] = [];
  for (let s = 1; s <= SHEETS; s++) {
    for (let r = 1; r <= ROWS; r += FINDING_EVERY) {
      out.push({ sheet: `Lembar ${s}`, cell: `D${r}`, check: 'difference', severity: 'error', message: `Sisa baris ${r} salah` });
    }
  }
  return out;
}

async function measure(label: string, work: () => Promise<unknown>): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  console.log(`${label.padEnd(34)}${formatNumber(Math.round(ms)).padStart(8)} ms   heap +${formatNumber(Math.round((peak - before) / 1048576))} MB`);
}

export async function run(): Promise<void> {
  const bytes = await workbook();
  const list = findings();
  console.log(`${SHEETS} lembar × ${formatNumber(ROWS)} baris (${formatNumber(Math.round(bytes.length / 1024))} KB), ${formatNumber(list.length)} temuan`);
  await measure('salinan bertanda (tambal paket)', () => writeMarkedCopy(bytes, { file: 'besar.xlsx', year: 2024, tables: [], findings: list }));
  await measure('ExcelJS load + writeBuffer', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    await wb.xlsx.writeBuffer();
  });
}
