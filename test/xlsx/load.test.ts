import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellAt } from '../../src/core/model/workbook';
import { loadWorkbookModel, openXlsx, WorkbookLoadError } from '../../src/xlsx/load';

const FIXTURES = join(__dirname, '..', 'fixtures');
const tanjungpinang = readFileSync(join(FIXTURES, 'tanjungpinang-2024.xlsx'));

/** An OLE compound file header, optionally naming the stream an encrypted .xlsx has. */
function oleFile(withEncryptedPackage: boolean): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const stream = withEncryptedPackage ? 'EncryptedPackage' : 'Workbook';
  bytes.set(Buffer.from(stream, 'utf16le'), 1024);
  return bytes;
}

async function loadError(bytes: Uint8Array, name = 'laporan.xlsx'): Promise<WorkbookLoadError> {
  try {
    await loadWorkbookModel(bytes, name);
  } catch (e) {
    if (e instanceof WorkbookLoadError) return e;
    throw e;
  }
  throw new Error('expected a WorkbookLoadError');
}

describe('loadWorkbookModel', () => {
  it('reads a fixture workbook with its sheets, values and formulas', async () => {
    const model = await loadWorkbookModel(tanjungpinang, 'tanjungpinang-2024.xlsx');
    expect(model.name).toBe('tanjungpinang-2024.xlsx');
    expect(model.sheets.map((s) => s.name)).toEqual([
      'PK 2024', 'Skala Predikat', 'Kinerja Sasaran 1', 'Kinerja Sasaran 2', 'Kinerja Sasaran 3', 'Capaian IKU', 'Realisasi Anggaran', 'Efisiensi',
    ]);
    const anggaran = model.sheets[6];
    expect(cellAt(anggaran, 20, 4)).toEqual({ v: 11809165, f: 'SUM(E23:E26)', fmt: '#,##0' });
    expect(cellAt(model.sheets[2], 4, 5)?.v).toBe('Realisasi Thn 2023');
  });

  it('accepts an ArrayBuffer as the browser gives it', async () => {
    const buffer = tanjungpinang.buffer.slice(tanjungpinang.byteOffset, tanjungpinang.byteOffset + tanjungpinang.byteLength);
    const workbook = await openXlsx(buffer, 'tanjungpinang-2024.xlsx');
    expect(workbook.worksheets).toHaveLength(8);
  });

  it('refuses a password-protected workbook', async () => {
    const e = await loadError(oleFile(true));
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('dilindungi kata sandi');
    expect(e.message).toContain('laporan.xlsx');
  });

  it('refuses an Excel 97–2003 file and says to save it as .xlsx', async () => {
    const e = await loadError(oleFile(false), 'lama.xls');
    expect(e.code).toBe('xls');
    expect(e.message).toContain('.xls');
    expect(e.message).toContain('Simpan ulang');
  });

  it.each([
    ['a CSV file', Buffer.from('Program;Pagu;Realisasi\nProgram A;1.000.000;900.000\n'), 'anggaran.csv'],
    ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256), 'acak.xlsx'],
  ])('refuses %s as not an .xlsx', async (_what, bytes, name) => {
    const e = await loadError(bytes, name);
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toContain(`"${name}" bukan buku kerja Excel (.xlsx)`);
  });

  it('refuses an empty file', async () => {
    expect((await loadError(new Uint8Array(0))).code).toBe('empty');
  });

  it('refuses a zip archive that holds no workbook', async () => {
    const renamed = Buffer.from(tanjungpinang.toString('latin1').split('xl/workbook.xml').join('xl/workbooX.xml'), 'latin1');
    const e = await loadError(renamed);
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toContain('xl/workbook.xml');
  });

  it('reports a cut-off workbook as corrupt', async () => {
    const e = await loadError(tanjungpinang.subarray(0, Math.floor(tanjungpinang.length * 0.6)));
    expect(e.code).toBe('corrupt');
    expect(e.message).toBe(
      'Berkas "laporan.xlsx" rusak atau tidak lengkap, sehingga tidak dapat dibaca sebagai .xlsx. Coba buka dan simpan ulang di Excel.',
    );
  });

  it('reports a workbook with damaged contents as corrupt', async () => {
    const damaged = Buffer.from(tanjungpinang);
    damaged.fill(0x55, 200, damaged.length - 3000);
    expect((await loadError(damaged)).code).toBe('corrupt');
  });
});
