/**
 * The check's direct reader of the package's XML (workbook-xml.ts) gives the model ExcelJS +
 * `workbookFromExcelJs` give, for every workbook the tests hold: the fixtures, the other
 * producers' files, the example in assets/, the hand-written edge cases, corpus workbooks and the
 * bench's budget workbook written through ExcelJS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbook, loadWorkbookModel } from '../../src/xlsx/load';
import { addSheet, anggaranRows, sheetModel } from '../bench/checker.bench';
import { FAMILIES, generate } from '../corpus/corpus';
import { xlsxBytes } from '../corpus/xlsx';
import { edgeWorkbooks } from './edge-workbooks';
import { anggaranRowsXml, cellXml, workbookParts, xmlWorkbook, zipParts } from './xml-workbook';

const ROOT = join(__dirname, '..', '..');

function xlsxIn(folder: string): string[] {
  return readdirSync(join(ROOT, folder))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(folder, f));
}

/** Files ExcelJS reads (rich-openpyxl.xlsx it refuses as damaged; the direct reader reads it). */
const FILES = [...xlsxIn('test/fixtures'), ...xlsxIn('test/xlsx/inputs'), ...xlsxIn('assets/contoh'), 'test/xlsx/rich/rich-libreoffice.xlsx'];

async function expectSameModel(bytes: Uint8Array, name: string): Promise<void> {
  const viaExcelJs = (await loadWorkbook(bytes, name)).model;
  const direct = await loadWorkbookModel(bytes, name);
  expect(direct).toStrictEqual(viaExcelJs);
}

it.each(FILES)('%s', async (file) => {
  await expectSameModel(readFileSync(join(ROOT, file)), file);
});

it('covers the files the tests hold', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(15);
});

describe('hand-written edge cases', () => {
  it.each([0, 1])('workbook %i (1900 and 1904 date systems)', async (i) => {
    const [name, bytes] = (await edgeWorkbooks())[i];
    await expectSameModel(bytes, name);
  });

  it('text that crosses the chunks a part is read in: multi-byte characters, entities, shared strings', async () => {
    const text = (i: number) => `Sub Kegiatan &amp; Pelayanan é漢字 ${i} &lt;${'ñ'.repeat(i % 7)}&gt;`;
    const strings = Array.from({ length: 3000 }, (_, i) => `<si><t>${text(i)}</t></si>`).join('');
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>${text(i)}</t></is></c><c r="C${i + 1}"><v>${i * 1.5}</v></c></row>`).join('');
    const parts = workbookParts([{ name: 'Panjang', sheetData: rows }]);
    parts['xl/sharedStrings.xml'] = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>`;
    await expectSameModel(await zipParts(parts), 'panjang.xlsx');
  });

  it('a merge to XFD1048576, formulas without results, a formula chain', async () => {
    await expectSameModel(await xmlWorkbook([{ name: 'S', sheetData: anggaranRowsXml() + `<row r="30">${cellXml('L30', 1)}</row>`, merges: ['H20:XFD1048576', 'G1:G1048576', 'M40:P50'] }]), 'gabung.xlsx');
    const sums = `<row r="1">${['A1', 'B1'].map((ref) => cellXml(ref, { f: 'SUM(E21:XFD1048576)' })).join('')}</row><row r="21">${cellXml('E21', 4)}</row>`;
    await expectSameModel(await xmlWorkbook([{ name: 'S', sheetData: sums }]), 'jumlah.xlsx');
    const chain = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}">${cellXml(`A${i + 1}`, i === 49 ? 1 : { f: `A${i + 2}+1` })}</row>`).join('');
    await expectSameModel(await xmlWorkbook([{ name: 'Rantai', sheetData: chain }]), 'rantai.xlsx');
  });
});

it('corpus workbooks of every family, written through ExcelJS', async () => {
  for (const family of FAMILIES) {
    for (const [seed, twin] of [[3, false], [4, true]] as const) {
      const g = generate(family, seed, twin);
      await expectSameModel(await xlsxBytes(g.model), g.truth.file);
    }
  }
});

it("the bench's budget workbook at a small size", async () => {
  const workbook = new ExcelJS.Workbook();
  const rows = anggaranRows(300);
  for (let s = 1; s <= 3; s++) addSheet(workbook, sheetModel(`Realisasi ${s}`, rows));
  await expectSameModel(new Uint8Array(await workbook.xlsx.writeBuffer()), 'anggaran.xlsx');
});
