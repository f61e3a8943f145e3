/**
 * Peak memory and time of reading, each in a fresh process (test/bench/memory/probe.ts):
 * the 20-sheet × 5.000-row anggaran workbook read by ExcelJS alone against `cermat periksa`'s
 * whole path (the XML read directly within the limits, one sheet at a time, model, check) and against a whole read
 * as for a marked copy, then the inputs that used to take the
 * checker down: a merge H20:XFD1048576, four SUM(E21:XFD1048576) without results, a 30.000-row
 * formula chain, a 1.048.576 × 12 workbook.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { address } from '../../src/core/model/address';
import { formatNumber } from '../../src/core/numbers/format';
import { anggaranRowsXml, cellXml, workbookParts, xmlWorkbook } from '../xlsx/xml-workbook';
import { addSheet, anggaranRows, ROWS_PER_SHEET, sheetModel, SHEETS } from './checker.bench';

interface Probe {
  ms: number;
  maxRssKb: number;
  outcome: string;
}

function probe(mode: 'exceljs' | 'cermat' | 'whole', file: string): Probe {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'memory', 'probe.ts'), mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as Probe;
}

const mb = (kb: number) => `${formatNumber(kb / 1024, 0)} MB`;

async function bigBudgetWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const rows = anggaranRows(ROWS_PER_SHEET);
  for (let s = 1; s <= SHEETS; s++) addSheet(workbook, sheetModel(`Realisasi ${s}`, rows));
  await workbook.xlsx.writeFile(file);
}

/** 1.048.576 rows × 12 numbers, written as a stream (the sheet's XML is larger than a JavaScript string may be). */
async function millionRows(file: string): Promise<void> {
  const rows = 1_048_576;
  let r = 0;
  const xml = new Readable({
    read() {
      if (r === 0) this.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
      let chunk = '';
      for (let i = 0; i < 2_000 && r < rows; i++, r++) {
        chunk += `<row r="${r + 1}">`;
        for (let c = 0; c < 12; c++) chunk += `<c r="${address(r, c)}"><v>${r + c}</v></c>`;
        chunk += '</row>';
      }
      this.push(chunk);
      if (r >= rows) {
        this.push('</sheetData></worksheet>');
        this.push(null);
      }
    },
  });
  const zip = new JSZip();
  for (const [name, content] of Object.entries(workbookParts([{ name: 'Baris', sheetData: '' }]))) zip.file(name, content);
  zip.file('xl/worksheets/sheet1.xml', xml);
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cermat-memory-'));
  try {
    const budget = join(dir, 'anggaran-besar.xlsx');
    await bigBudgetWorkbook(budget);
    const bare = probe('exceljs', budget);
    const rows: [string, Probe][] = [
      ['ExcelJS saja (xlsx.load)', bare],
      ['cermat periksa (XML langsung)', probe('cermat', budget)],
      ['dibaca utuh, seperti untuk --keluaran', probe('whole', budget)],
    ];
    console.log(`Buku kerja ${SHEETS} lembar × ${formatNumber(ROWS_PER_SHEET)} baris (${formatNumber(statSync(budget).size / 1_048_576, 1)} MB), memori puncak (RSS):`);
    for (const [label, p] of rows) {
      console.log(`  ${label.padEnd(40)} ${mb(p.maxRssKb).padStart(8)}  ${formatNumber(p.maxRssKb / bare.maxRssKb, 2).padStart(5)} ×  ${formatNumber(p.ms, 0).padStart(6)} ms  ${p.outcome}`);
    }

    const inputs: [string, () => Promise<Uint8Array | void>][] = [
      ['Gabungan H20:XFD1048576', () => xmlWorkbook([{ name: 'S', sheetData: anggaranRowsXml() + `<row r="30">${cellXml('L30', 1)}</row>`, merges: ['H20:XFD1048576'] }])],
      [
        '4 × SUM(E21:XFD1048576) tanpa hasil',
        () =>
          xmlWorkbook([
            {
              name: 'S',
              sheetData:
                `<row r="1">${['A1', 'B1', 'C1', 'D1'].map((ref) => cellXml(ref, { f: 'SUM(E21:XFD1048576)' })).join('')}</row>` +
                Array.from({ length: 10 }, (_, i) => `<row r="${21 + i}">${cellXml(`E${21 + i}`, i + 1)}</row>`).join(''),
            },
          ]),
      ],
      ['Rantai rumus 30.000 baris', () => xmlWorkbook([{ name: 'S', sheetData: Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}">${cellXml(`A${i + 1}`, i === 29_999 ? 1 : { f: `A${i + 2}+1` })}</row>`).join('') }])],
      ['1.048.576 baris × 12 kolom', () => millionRows(join(dir, 'input.xlsx'))],
    ];
    console.log('\nMasukan berat (cermat, proses baru per masukan):');
    for (const [label, make] of inputs) {
      const file = join(dir, 'input.xlsx');
      const bytes = await make();
      if (bytes) writeFileSync(file, bytes);
      const p = probe('cermat', file);
      console.log(`  ${label.padEnd(38)} ${formatNumber(statSync(file).size / 1024, 0).padStart(7)} KB  ${mb(p.maxRssKb).padStart(8)}  ${formatNumber(p.ms, 0).padStart(6)} ms  ${p.outcome.slice(0, 90)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
