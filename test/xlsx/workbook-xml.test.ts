/**
 * The check's direct reader of a package's XML (workbook-xml.ts), case by case: what each kind of
 * cell becomes, the date systems, cells and rows without `r`, namespace prefixes, relationship
 * targets, and the reading limits and damaged parts it shares with the ExcelJS path.
 */
import type { SheetModel } from '../../src/core/model/workbook';
import { loadWorkbookModel, WorkbookLoadError } from '../../src/xlsx/load';
import { LIMITS } from '../../src/xlsx/package';
import { edgeWorkbooks, SHARED_STRINGS, STYLES } from './edge-workbooks';
import { cellXml, workbookParts, xmlWorkbook, zipParts } from './xml-workbook';

async function edgeSheet(date1904: boolean): Promise<SheetModel> {
  const [name, bytes] = (await edgeWorkbooks())[date1904 ? 1 : 0];
  return (await loadWorkbookModel(bytes, name)).sheets[0];
}

async function refusal(bytes: Uint8Array, limits = LIMITS): Promise<WorkbookLoadError> {
  const error = await loadWorkbookModel(bytes, 'laporan.xlsx', limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookLoadError);
  return error as WorkbookLoadError;
}

describe('cell values', () => {
  let sheet: SheetModel;
  beforeAll(async () => {
    sheet = await edgeSheet(false);
  });

  it('reads shared strings with rich text runs joined and phonetic runs left out', () => {
    expect(sheet.cells[0].map((c) => c?.v)).toEqual(['Uraian', 'Program  A', '漢字', 'a & b\rc', '', null]);
    expect(sheet.cells[0][5]).toEqual({ v: null, fmt: '#,##0 "Rp"' });
  });

  it('reads inline strings (plain and rich), booleans, errors and formula-less str cells', () => {
    expect(sheet.cells[1].map((c) => c?.v)).toEqual(['x < y\r\nz\nw', 'abA', true, false, { error: '#DIV/0!' }, 'R&D']);
  });

  it('gives a number its style: format, bold, indent; a date format makes it an ISO date', () => {
    expect(sheet.cells[2]).toEqual([
      { v: 1.5, fmt: '#,##0 "Rp"' },
      { v: '2024-01-01', fmt: 'mm-dd-yy', bold: true },
      { v: '1899-12-30', fmt: 'dd/mm/yyyy' },
      { v: 1234, fmt: '#,##0', indent: 2 },
      { v: 'tebal', bold: true },
      { v: 0.25, fmt: '0.00%' },
      { v: 5 },
      undefined,
      { v: 7 },
    ]);
  });

  it('takes cached results as values, a result of 0 included', () => {
    expect(sheet.cells[3]).toEqual([
      { v: 0, f: '1-1' },
      { v: '2024-01-02', f: 'B3+1', fmt: 'mm-dd-yy', bold: true },
      { v: 'ab', f: '"a"&"b"' },
      { v: true, f: 'TRUE()' },
      { v: { error: '#DIV/0!' }, f: '1/0' },
      { v: null, f: 'SUM(A3:A3)' },
      { v: '1899-12-30', f: '0', fmt: 'mm-dd-yy', bold: true },
    ]);
  });

  it('moves a shared formula to each cell it fills; an array formula keeps its text', () => {
    expect(sheet.cells[4][2]).toEqual({ v: 2, f: '$A5*2+Sheet2!B1+SUM(B$5:B5)+LOG10(C1)+XFE1' });
    expect(sheet.cells[5][1]).toEqual({ v: 4, f: '$A6*2+Sheet2!A2+SUM(A$5:A6)+LOG10(B2)+XFE1' });
    expect(sheet.cells[5][2]).toEqual({ v: 6, f: 'A6*3' });
    expect(sheet.cells[6][3]).toEqual({ v: 5, f: '$A7*2+Sheet2!C3+SUM(C$5:C7)+LOG10(D3)+XFE1' });
    expect(sheet.cells[4][4]).toEqual({ v: 6, f: 'SUM(A5:A6*2)' });
    // A shared formula whose master is not there gives no formula, and no value.
    expect(sheet.cells[4][5]).toBeUndefined();
  });

  it('places cells and rows written without r after the previous one', () => {
    expect(sheet.cells[7]).toEqual([{ v: 1 }, { v: 'dua' }, undefined, undefined, { v: 5 }, { v: 6 }]);
    expect(sheet.cells[8]).toEqual([{ v: 9 }, { v: { error: '#NUM!' } }, { v: 1000 }, { v: 2024 }]);
  });

  it('leaves out what a merge covers, and lists hidden rows that hold a value or a merged cell', () => {
    expect(sheet.cells[11]).toEqual([{ v: 'gabung' }]);
    expect(sheet.merges).toEqual([
      { top: 11, left: 0, bottom: 12, right: 1 },
      { top: 19, left: 7, bottom: 29, right: 11 },
    ]);
    expect(sheet.hiddenRows).toEqual([9, 11, 12]);
    expect([sheet.rowCount, sheet.colCount, sheet.protected]).toEqual([30, 12, true]);
  });

  it('keeps only the text of a hyperlinked cell', () => {
    expect(sheet.cells[13]).toEqual([{ v: 'situs' }, undefined, { v: 'ok' }, { v: null, fmt: '#,##0 "Rp"' }, { v: 'dalam' }]);
  });

  it('reads dates in the 1904 date system', async () => {
    const sheet1904 = await edgeSheet(true);
    expect([sheet1904.cells[2][1]?.v, sheet1904.cells[2][2]?.v, sheet1904.cells[3][1]?.v]).toEqual(['2028-01-02', '1904-01-01', '2028-01-03']);
  });

  it('cuts a sheet name to the 31 characters Excel allows', async () => {
    const [name, bytes] = (await edgeWorkbooks())[0];
    expect((await loadWorkbookModel(bytes, name)).sheets.map((s) => s.name)).toEqual(['Tepi', 'Realisasi & Capaian Kinerja Tah']);
  });
});

describe('the package', () => {
  it('reads elements written with a namespace prefix', async () => {
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const parts = workbookParts([{ name: 'Awalan', sheetData: '' }]);
    const prefixed = (xml: string) => xml.replace(/<(\/?)(?!\?)([A-Za-z]+)/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
    parts['xl/workbook.xml'] = prefixed(parts['xl/workbook.xml']);
    parts['xl/styles.xml'] = prefixed(STYLES);
    parts['xl/sharedStrings.xml'] = prefixed(SHARED_STRINGS);
    parts['xl/worksheets/sheet1.xml'] = prefixed(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="4"><v>2500</v></c><c r="C1"><f>B1*2</f><v>5000</v></c></row><row r="2"><c r="D2"><v>1</v></c></row></sheetData>` +
        '<mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells></worksheet>',
    );
    const model = await loadWorkbookModel(await zipParts(parts), 'awalan.xlsx');
    expect(model.sheets[0]).toEqual({
      name: 'Awalan',
      cells: [[{ v: 'Program  A' }, { v: 2500, fmt: '#,##0', indent: 2 }, { v: 5000, f: 'B1*2' }], [undefined, undefined, undefined, { v: 1 }]],
      rowCount: 2,
      colCount: 4,
      merges: [{ top: 1, left: 0, bottom: 1, right: 2 }],
    });
  });

  it.each([
    ['relative', 'worksheets/sheet1.xml'],
    ['absolute', '/xl/worksheets/sheet1.xml'],
    ['relative with ..', '../xl/worksheets/sheet1.xml'],
  ])('%s relationship target: the sheet is found', async (_how, target) => {
    const parts = workbookParts([{ name: 'S', sheetData: `<row r="1">${cellXml('A1', 42)}</row>` }]);
    parts['xl/_rels/workbook.xml.rels'] = parts['xl/_rels/workbook.xml.rels'].replace('Target="worksheets/sheet1.xml"', `Target="${target}"`);
    expect((await loadWorkbookModel(await zipParts(parts), 's.xlsx')).sheets[0].cells).toEqual([[{ v: 42 }]]);
  });

  it('refuses a workbook without sheets, and a sheet part that is no XML, as corrupt', async () => {
    const none = workbookParts([]);
    expect((await refusal(await zipParts(none))).message).toBe('Berkas "laporan.xlsx" tidak berisi lembar kerja.');
    const parts = workbookParts([{ name: 'S', sheetData: '' }]);
    parts['xl/worksheets/sheet1.xml'] = 'PK\u0003\u0004 bukan xml';
    expect((await refusal(await zipParts(parts))).code).toBe('corrupt');
  });

  it('counts cells, merges and shared strings against the same limits, with the same messages', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}">${cellXml(`A${i + 1}`, i)}</row>`).join('');
    const cells = await refusal(await xmlWorkbook([{ name: 'S', sheetData: rows }]), { ...LIMITS, cells: 50 });
    expect(cells.message).toBe(
      'Berkas "laporan.xlsx" terlalu besar: lebih dari 50 sel; periksa per lembar (salin lembar yang berisi tabel ke buku kerja baru, lalu periksa buku kerja itu).',
    );
    const merges = Array.from({ length: 11 }, (_, i) => `A${i + 1}:B${i + 1}`);
    expect((await refusal(await xmlWorkbook([{ name: 'S', sheetData: rows, merges }]), { ...LIMITS, merges: 10 })).message).toContain(
      'lebih dari 10 rentang sel gabungan pada satu lembar',
    );
    const strings = await zipParts({ ...workbookParts([{ name: 'S', sheetData: rows }]), 'xl/sharedStrings.xml': SHARED_STRINGS });
    expect((await refusal(strings, { ...LIMITS, sharedStrings: 5 })).message).toContain('lebih dari 5 teks berbeda');
    await expect(loadWorkbookModel(strings, 'laporan.xlsx', { ...LIMITS, sharedStrings: 6 })).resolves.toBeDefined();
  });
});
