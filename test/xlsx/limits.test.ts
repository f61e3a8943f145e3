/**
 * Bounded reading: inputs that used to take the checker down (4 GB, heap out of memory) end with
 * a report or a clear Indonesian message. Inputs are generated here; timings are in
 * test/bench/memory.bench.ts, never asserted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { address } from '../../src/core/model/address';
import { evaluateMissingResults } from '../../src/core/model/evaluate';
import { checkWorkbook } from '../../src/core/periksa';
import { loadWorkbook, loadWorkbookModel, WorkbookLoadError } from '../../src/xlsx/load';
import { LIMITS } from '../../src/xlsx/package';
import { anggaranRowsXml, cellXml, workbookParts, xmlWorkbook, zipParts } from './xml-workbook';

/** The anggaran table at A1:E5, and one more value at L30 (the used range is A1:L30). */
const TABLE = anggaranRowsXml() + `<row r="30">${cellXml('L30', 1)}</row>`;

async function refusal(bytes: Uint8Array, name: string, limits = LIMITS): Promise<WorkbookLoadError> {
  const error = await loadWorkbook(bytes, name, limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookLoadError);
  return error as WorkbookLoadError;
}

/** `rows` rows of `cols` numbers each, from row 1. */
function numberRows(rows: number, cols: number): string {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${address(r - 1, c)}"><v>${r}</v></c>`;
    out.push(row + '</row>');
  }
  return out.join('');
}

describe('merges reaching past the used range', () => {
  it('clips H20:XFD1048576 in a 2 KB file to the used range H20:L30 and checks the workbook', async () => {
    const bytes = await xmlWorkbook([{ name: 'Realisasi', sheetData: TABLE, merges: ['H20:XFD1048576'] }]);
    expect(bytes.length).toBeLessThan(3000);
    const { model, clippedMerges } = await loadWorkbook(bytes, 'gabung.xlsx');
    expect(model.sheets[0].merges).toEqual([{ top: 19, left: 7, bottom: 29, right: 11 }]);
    expect([model.sheets[0].rowCount, model.sheets[0].colCount]).toEqual([30, 12]);
    expect(clippedMerges).toEqual([{ sheetPart: 'xl/worksheets/sheet1.xml', original: 'H20:XFD1048576', clipped: 'H20:L30' }]);
    expect(checkWorkbook(model).report.tables.length).toBeGreaterThan(0);
  });

  it('clips a full-column merge and drops a merge wholly outside the used range', async () => {
    const bytes = await xmlWorkbook([{ name: 'S', sheetData: TABLE, merges: ['G1:G1048576', 'M40:P50'] }]);
    const { model, clippedMerges } = await loadWorkbook(bytes, 'kolom.xlsx');
    expect(model.sheets[0].merges).toEqual([{ top: 0, left: 6, bottom: 29, right: 6 }]);
    expect(clippedMerges.map((m) => m.clipped)).toEqual(['G1:G30', null]);
  });

  it('refuses a workbook with more merged ranges than the limit, naming the limit', async () => {
    const n = LIMITS.merges + 1;
    const merges = Array.from({ length: n }, (_, i) => `A${i + 1}:B${i + 1}`);
    const bytes = await xmlWorkbook([{ name: 'S', sheetData: `<row r="${n}">${cellXml(`B${n}`, 1)}</row>`, merges }]);
    const error = await refusal(bytes, 'gabungan.xlsx');
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      'Berkas "gabungan.xlsx" terlalu besar: lebih dari 5.000 rentang sel gabungan pada satu lembar (atau setara itu pada beberapa lembar); periksa per lembar (salin lembar yang berisi tabel ke buku kerja baru, lalu periksa buku kerja itu).',
    );
  });

  it('lets sheets share the merge allowance by what ExcelJS spends on them: two sheets of 3 000 are read, three are refused', async () => {
    const sheet = (name: string) => ({ name, sheetData: `<row r="3000">${cellXml('B3000', 1)}</row>`, merges: Array.from({ length: 3000 }, (_, i) => `A${i + 1}:B${i + 1}`) });
    const two = await loadWorkbookModel(await xmlWorkbook([sheet('A'), sheet('B')]), 'dua.xlsx');
    expect(two.sheets.map((s) => s.merges.length)).toEqual([3000, 3000]);
    expect((await refusal(await xmlWorkbook([sheet('A'), sheet('B'), sheet('C')]), 'tiga.xlsx')).code).toBe('too-large');
  });
});

describe('formulas without cached results', () => {
  it('computes four SUM(E21:XFD1048576) over the used range only', async () => {
    const column = Array.from({ length: 10 }, (_, i) => `<row r="${21 + i}">${cellXml(`E${21 + i}`, i + 1)}${cellXml(`H${21 + i}`, 2)}</row>`).join('');
    const sums = `<row r="1">${['A1', 'B1', 'C1', 'D1'].map((ref) => cellXml(ref, { f: 'SUM(E21:XFD1048576)' })).join('')}</row>`;
    const { model } = await loadWorkbook(await xmlWorkbook([{ name: 'S', sheetData: sums + column }]), 'jumlah.xlsx');
    const { model: filled, notEvaluated } = evaluateMissingResults(model);
    expect(filled.sheets[0].cells[0].slice(0, 4).map((c) => c!.v)).toEqual([75, 75, 75, 75]);
    expect(notEvaluated).toEqual([]);
    expect(checkWorkbook(model).report.file).toBe('jumlah.xlsx');
  });

  it('computes a 30 000-row chain of formulas, each pointing at the next row', async () => {
    const n = 30_000;
    const rows = Array.from({ length: n }, (_, i) => `<row r="${i + 1}">${cellXml(`A${i + 1}`, i === n - 1 ? 1 : { f: `A${i + 2}+1` })}</row>`).join('');
    const { model } = await loadWorkbook(await xmlWorkbook([{ name: 'Rantai', sheetData: rows }]), 'rantai.xlsx');
    expect(evaluateMissingResults(model).model.sheets[0].cells[0][0]!.v).toBe(n);
    expect(checkWorkbook(model).report.findings.filter((f) => f.check === 'formula')).toEqual([]);
  });
});

describe('cells, shared strings and unpacked size', () => {
  let million: Uint8Array;
  beforeAll(async () => {
    million = await xmlWorkbook([{ name: 'Baris', sheetData: numberRows(1_048_576, 1) }]);
  });

  it('refuses a 1 048 576-row workbook with the cell limit before building it', async () => {
    const error = await refusal(million, 'sejuta.xlsx');
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('terlalu besar: lebih dari 1.000.000 sel; periksa per lembar');
  });

  it('counts the shared strings and the unpacked bytes against their limits', async () => {
    const strings = Array.from({ length: 11 }, (_, i) => `<si><t>teks ${i}</t></si>`).join('');
    const parts = { 'xl/sharedStrings.xml': `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>` };
    const bytes = await zipParts({ ...workbookParts([{ name: 'S', sheetData: TABLE }]), ...parts });
    expect((await refusal(bytes, 'teks.xlsx', { ...LIMITS, sharedStrings: 10 })).message).toContain('lebih dari 10 teks berbeda');
    expect((await refusal(bytes, 'teks.xlsx', { ...LIMITS, unpackedBytes: 1000 })).message).toContain('MB setelah dibuka');
    await expect(loadWorkbook(bytes, 'teks.xlsx', { ...LIMITS, sharedStrings: 11 })).resolves.toBeDefined();
  });

  it('in a batch, refuses only the workbook that is too large (exit 2) and still checks the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cermat-batas-'));
    try {
      writeFileSync(join(dir, 'a-sejuta.xlsx'), million);
      writeFileSync(join(dir, 'b-anggaran.xlsx'), await xmlWorkbook([{ name: 'Realisasi', sheetData: TABLE }]));
      const out = { text: '', isTTY: false, write: (s: string) => ((out.text += s), true) };
      const err = { text: '', isTTY: false, write: (s: string) => ((err.text += s), true) };
      const code = await runCli(['periksa', dir, '--json'], { stdout: out, stderr: err, env: {} });
      expect(code).toBe(2);
      expect(err.text).toContain('"a-sejuta.xlsx" terlalu besar: lebih dari 1.000.000 sel');
      const reports = JSON.parse(out.text) as { file: string }[];
      expect(reports.map((r) => r.file)).toEqual(['b-anggaran.xlsx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('data validation rules', () => {
  /** The anggaran table with a validation rule on `sqref`. */
  async function validated(sqref: string): Promise<Uint8Array> {
    const parts = workbookParts([{ name: 'Realisasi', sheetData: TABLE }]);
    const rule = `<dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="${sqref}"><formula1>0</formula1></dataValidation></dataValidations>`;
    parts['xl/worksheets/sheet1.xml'] = parts['xl/worksheets/sheet1.xml'].replace('</worksheet>', `${rule}</worksheet>`);
    return zipParts(parts);
  }

  it('are skipped by the check, also over the whole sheet (ExcelJS would store 17 billion of them)', async () => {
    const model = await loadWorkbookModel(await validated('A1:XFD1048576'), 'validasi.xlsx');
    expect(checkWorkbook(model).report.tables.length).toBeGreaterThan(0);
  });

  it('bound a whole-workbook read: one full column is read, the whole sheet is refused with the limit named', async () => {
    await expect(loadWorkbook(await validated('C1:C1048576'), 'kolom.xlsx')).resolves.toBeDefined();
    const error = await refusal(await validated('C1:C1048576 A1:XFD1048576'), 'validasi.xlsx');
    expect(error.message).toContain('terlalu besar: aturan validasi data mencakup lebih dari 1.100.000 sel; periksa per lembar');
  });
});
