import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileProblem } from '../../src/cli/inputs';
import { exitCode, runCli, type Outcome } from '../../src/cli/run';
import type { Report } from '../../src/core/report';
import { contractProblems } from './report-contract';

const FIXTURES = join(__dirname, '..', 'fixtures');
const TANJUNGPINANG = join(FIXTURES, 'tanjungpinang-2024.xlsx');

class Capture {
  text = '';
  constructor(readonly isTTY = false) {}
  write(s: string): boolean {
    this.text += s;
    return true;
  }
}

async function run(argv: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const stdout = new Capture(options.tty);
  const stderr = new Capture(options.tty);
  const code = await runCli(argv, { stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function hasError(report: Report): boolean {
  return report.findings.some((f) => f.severity === 'error');
}

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cermat-cli-'));
  mkdirSync(join(dir, 'bermasalah'));
  copyFileSync(TANJUNGPINANG, join(dir, 'bermasalah', 'a-tanjungpinang.xlsx'));
  writeFileSync(join(dir, 'bermasalah', 'b-rusak.xlsx'), readFileSync(TANJUNGPINANG).subarray(0, 4000));
  const ole = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
  writeFileSync(join(dir, 'bermasalah', 'c-terkunci.xlsx'), ole);
  writeFileSync(join(dir, 'bermasalah', '~$a-tanjungpinang.xlsx'), 'lock');
  writeFileSync(join(dir, 'bermasalah', 'catatan.txt'), 'bukan buku kerja');
  writeFileSync(join(dir, 'catatan.txt'), 'Program;Pagu\nA;1.000\n');
  mkdirSync(join(dir, 'kosong'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exitCode', () => {
  const report = (severity: 'error' | 'warning' | 'info'): Report => ({
    file: 'a.xlsx',
    year: 2024,
    tables: [],
    findings: [{ sheet: 'S', cell: 'A1', check: 'sum', severity, message: 'm' }],
  });
  const ok = (r: Report): Outcome => ({ path: r.file, report: r, problems: [], notices: [] });
  const unusable: Outcome = { path: 'b.xlsx', problems: ['rusak'], notices: [] };

  it('is 0 without errors, 1 with an error, 2 when an input was unusable (2 wins)', () => {
    expect(exitCode([ok(report('warning')), ok(report('info'))])).toBe(0);
    expect(exitCode([ok(report('info')), ok(report('error'))])).toBe(1);
    expect(exitCode([ok(report('error')), unusable])).toBe(2);
    expect(exitCode([])).toBe(0);
  });
});

describe('cermat (in-process)', () => {
  it('prints the help in Indonesian', async () => {
    const { code, stdout } = await run(['bantuan']);
    expect(code).toBe(0);
    expect(stdout).toContain('Pemakaian:');
    expect(stdout).toContain('--keluaran HASIL.xlsx');
    expect(stdout).toContain('Kode 2 mengalahkan 1');
  });

  it('prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(await run(['--versi'])).toEqual({ code: 0, stdout: `cermat ${version}\n`, stderr: '' });
  });

  it('exits 2 on a command line it cannot read', async () => {
    const { code, stdout, stderr } = await run(['periksa', TANJUNGPINANG, '--warna']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('Opsi tidak dikenal: --warna. Lihat "cermat bantuan".\n');
  });

  it('prints exactly the JSON report of one workbook', async () => {
    const { code, stdout, stderr } = await run(['periksa', TANJUNGPINANG, '--json']);
    const report = JSON.parse(stdout) as Report;
    expect(contractProblems(report)).toEqual([]);
    expect(report.file).toBe('tanjungpinang-2024.xlsx');
    expect(report.year).toBe(2024);
    expect(code).toBe(hasError(report) ? 1 : 0);
    expect(stderr).toBe('');
  });

  it('prints a JSON array for a folder', async () => {
    const { stdout } = await run(['periksa', FIXTURES, '--json']);
    const reports = JSON.parse(stdout) as Report[];
    expect(reports.map((r) => r.file)).toEqual(['pontianak-2024.xlsx', 'tanjungpinang-2024.xlsx', 'tarakan-2024.xlsx']);
    for (const r of reports) expect(contractProblems(r)).toEqual([]);
  });

  it('uses --tahun instead of the detected year', async () => {
    const { stdout } = await run(['periksa', TANJUNGPINANG, '--json', '--tahun', '2023']);
    expect((JSON.parse(stdout) as Report).year).toBe(2023);
  });

  it('accepts a built-in scale by id or name and lists the profiles for an unknown one', async () => {
    expect((await run(['periksa', TANJUNGPINANG, '--json', '--skala', 'berhasil'])).code).toBeLessThan(2);
    const { code, stdout, stderr } = await run(['periksa', TANJUNGPINANG, '--skala', 'LAN-2020']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Skala "LAN-2020" tidak dikenal. Profil skala yang tersedia:');
    for (const id of ['PERMENDAGRI86', 'BERHASIL', 'BERHASIL_TERTUTUP', 'TERCAPAI', 'SAKIP']) expect(stderr).toContain(id);
  });

  it('checks the readable files of a folder, reports the unusable ones and exits 2', async () => {
    const { code, stdout, stderr } = await run(['periksa', join(dir, 'bermasalah'), '--json']);
    expect(code).toBe(2);
    const reports = JSON.parse(stdout) as Report[];
    expect(reports.map((r) => r.file)).toEqual(['a-tanjungpinang.xlsx']);
    expect(stderr).toContain('Berkas "b-rusak.xlsx" rusak atau tidak lengkap');
    expect(stderr).toContain('Berkas "c-terkunci.xlsx" dilindungi kata sandi');
    expect(stderr).not.toContain('~$');
    expect(stderr).not.toContain('catatan.txt');
  });

  it('exits 2 for a missing file, a text file and an empty folder, with Indonesian messages', async () => {
    const missing = join(dir, 'tidak-ada.xlsx');
    let r = await run(['periksa', missing]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `Berkas atau folder "${missing}" tidak ditemukan.\n` });
    r = await run(['periksa', join(dir, 'catatan.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Berkas "catatan.txt" bukan buku kerja Excel (.xlsx)');
    r = await run(['periksa', join(dir, 'kosong')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak berisi berkas .xlsx');
  });

  it('prints a JSON error object on stdout in --json mode when the one input is unusable', async () => {
    const { code, stdout, stderr } = await run(['periksa', join(dir, 'catatan.txt'), '--json']);
    expect(code).toBe(2);
    const printed = JSON.parse(stdout) as { file: string; error: string };
    expect(printed.file).toBe('catatan.txt');
    expect(printed.error).toMatch(/^Berkas "catatan\.txt" bukan buku kerja Excel \(\.xlsx\)/);
    expect(stderr).toBe(printed.error + '\n');
  });

  it('escapes control characters of file names in every line it prints', async () => {
    const name = 'a\x1b[2K\rRingkasan: 0 salah\x07\u009b\u202e.xlsx';
    const shown = 'a\\x1B[2K\\x0DRingkasan: 0 salah\\x07\\x9B\\u202E.xlsx';
    const hostile = join(dir, name);
    copyFileSync(TANJUNGPINANG, hostile);
    // Cermat's own colour and progress sequences are the only control characters left besides line breaks.
    // eslint-disable-next-line no-control-regex
    const own = /\r\x1b\[K|\x1b\[\d+m/g;
    // eslint-disable-next-line no-control-regex
    const controls = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/;
    for (const args of [[hostile], [hostile, join(dir, 'catatan.txt')], [hostile, '--keluaran', join(dir, `${name}-hasil.xlsx`)]]) {
      const { stdout, stderr } = await run(['periksa', ...args], { tty: true });
      const printed = (stdout + stderr).replace(own, '');
      expect(printed).not.toMatch(controls);
      expect(printed).toContain(shown);
    }
    const json = await run(['periksa', hostile, '--json']);
    expect(json.stdout).not.toMatch(controls);
    expect((JSON.parse(json.stdout) as Report).file).toBe(name);
    const missing = join(dir, 'hilang\x1b]0;judul\x07.xlsx');
    const { stderr } = await run(['periksa', missing]);
    expect(stderr).toBe(`Berkas atau folder "${join(dir, 'hilang\\x1B]0;judul\\x07.xlsx')}" tidak ditemukan.\n`);
  });

  it('prints a readable report per workbook and a total for several', async () => {
    const { stdout } = await run(['periksa', FIXTURES]);
    expect(stdout).toMatch(/^pontianak-2024\.xlsx \(tahun 2024\)\n/);
    expect(stdout).toContain('\ntanjungpinang-2024.xlsx (tahun 2024)\n');
    expect(stdout.match(/^Ringkasan: /gm)).toHaveLength(3);
    expect(stdout).toMatch(/\nSeluruhnya 3 berkas diperiksa: .* pada \d+ tabel\.\n$/);
    expect(stdout).not.toContain('\x1b[');
  });

  it('colours a terminal unless NO_COLOR is set, and shows progress on a terminal stderr', async () => {
    const tty = await run(['periksa', FIXTURES], { tty: true });
    expect(tty.stdout).toContain('\x1b[1m');
    expect(tty.stderr).toContain('Memeriksa [');
    expect(tty.stderr).toContain('3/3 tarakan-2024.xlsx');
    const noColor = await run(['periksa', FIXTURES], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\x1b[');
    const single = await run(['periksa', TANJUNGPINANG], { tty: true });
    expect(single.stderr).toBe('');
  });

  it('writes the marked copy and leaves the input as it was', async () => {
    const input = join(dir, 'masukan.xlsx');
    copyFileSync(TANJUNGPINANG, input);
    const before = readFileSync(input);
    const output = join(dir, 'hasil.xlsx');
    const { code, stdout } = await run(['periksa', input, '--keluaran', output]);
    expect(code).toBeLessThan(2);
    expect(stdout).toContain(`Salinan bertanda disimpan di "${output}".`);
    expect(readFileSync(input).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.getWorksheet('Hasil Pemeriksaan')?.getCell('A1').value).toBe('Hasil Pemeriksaan Cermat');
  });

  it('keeps stdout pure JSON when writing the marked copy, and marks every finding of the report', async () => {
    const output = join(dir, 'hasil-json.xlsx');
    const { stdout, stderr } = await run(['periksa', TANJUNGPINANG, '--json', '--keluaran', output]);
    const report = JSON.parse(stdout) as Report;
    expect(contractProblems(report)).toEqual([]);
    expect(stderr).toBe(`Salinan bertanda disimpan di "${output}".\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    for (const f of report.findings) {
      const cell = wb.getWorksheet(f.sheet)!.getCell(f.cell);
      expect((cell.fill as ExcelJS.FillPattern).pattern).toBe('solid');
      expect(JSON.stringify(cell.note)).toContain(JSON.stringify(f.message).slice(1, -1));
    }
    const sheet = wb.getWorksheet('Hasil Pemeriksaan')!;
    expect(sheet.getCell('B2').value).toBe('tanjungpinang-2024.xlsx');
    expect(sheet.rowCount).toBe(6 + Math.max(1, report.findings.length));
  });

  it('refuses --keluaran with several inputs or onto the input itself', async () => {
    const output = join(dir, 'tidak-dibuat.xlsx');
    let r = await run(['periksa', FIXTURES, '--keluaran', output]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('--keluaran hanya dapat dipakai untuk satu berkas masukan; yang diberikan 3 berkas.\n');
    expect(existsSync(output)).toBe(false);
    const input = join(dir, 'sama.xlsx');
    copyFileSync(TANJUNGPINANG, input);
    r = await run(['periksa', input, '--keluaran', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak boleh sama dengan berkas masukan');
    const link = join(dir, 'tautan.xlsx');
    symlinkSync(input, link);
    r = await run(['periksa', input, '--keluaran', link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak boleh sama dengan berkas masukan');
    expect(readFileSync(input).equals(readFileSync(TANJUNGPINANG))).toBe(true);
  });

  it('never replaces an existing output file unless told to (--timpa), and leaves no temporary file', async () => {
    const output = join(dir, 'sudah-ada.xlsx');
    writeFileSync(output, 'catatan pengguna');
    let r = await run(['periksa', TANJUNGPINANG, '--keluaran', output]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sudah ada');
    expect(readFileSync(output, 'utf8')).toBe('catatan pengguna');
    r = await run(['periksa', TANJUNGPINANG, '--keluaran', output, '--timpa']);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.getWorksheet('Hasil Pemeriksaan')).toBeDefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('creates the output exclusively at the end: of 8 parallel runs to one path one saves, the others refuse', async () => {
    const output = join(dir, 'paralel.xlsx');
    const runs = await Promise.all(Array.from({ length: 8 }, () => run(['periksa', TANJUNGPINANG, '--keluaran', output])));
    expect(runs.filter((r) => r.stdout.includes(`Salinan bertanda disimpan di "${output}".`))).toHaveLength(1);
    const refused = runs.filter((r) => r.code === 2);
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.stderr).toBe(`Salinan bertanda tidak disimpan: "${output}" sudah ada. Pilih nama lain, atau tambahkan --timpa untuk menggantinya.\n`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.getWorksheet('Hasil Pemeriksaan')).toBeDefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a marked copy it cannot save and exits 2', async () => {
    const output = join(dir, 'tidak-ada', 'hasil.xlsx');
    const { code, stderr } = await run(['periksa', TANJUNGPINANG, '--keluaran', output]);
    expect(code).toBe(2);
    expect(stderr).toBe(`Salinan bertanda tidak disimpan: "${output}" tidak ditemukan.\n`);
  });
});

describe('fileProblem', () => {
  it('names a known file-system reason, and gives the technical detail instead of an unknown error code', () => {
    const enoent = Object.assign(new Error('x'), { code: 'ENOENT' });
    expect(fileProblem('a.xlsx', enoent)).toBe('"a.xlsx" tidak ditemukan.');
    expect(fileProblem('a.xlsx', Object.assign(new Error('x'), { code: 'EXDEV' }))).toBe('"a.xlsx" tidak dapat dipakai (rincian teknis: EXDEV).');
    const plain = fileProblem('a.xlsx', new TypeError('Cannot read properties of undefined'));
    expect(plain).toBe('"a.xlsx" tidak dapat dipakai (rincian teknis: Cannot read properties of undefined).');
    expect(plain).not.toContain('tidak diketahui');
  });
});
