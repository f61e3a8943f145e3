import { parseArgs, UsageError } from '../../src/cli/args';

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('parseArgs', () => {
  it('reads periksa with files, folders and every option', () => {
    expect(
      parseArgs(['periksa', 'a.xlsx', 'laporan/', '--json', '--keluaran', 'hasil.xlsx', '--skala', 'BERHASIL', '--tahun', '2024']),
    ).toEqual({ kind: 'periksa', inputs: ['a.xlsx', 'laporan/'], json: true, output: 'hasil.xlsx', scale: 'BERHASIL', year: 2024 });
  });

  it('accepts --opsi=nilai and options before the files', () => {
    expect(parseArgs(['periksa', '--tahun=2023', '--skala=sakip', 'a.xlsx'])).toEqual({
      kind: 'periksa',
      inputs: ['a.xlsx'],
      json: false,
      scale: 'sakip',
      year: 2023,
    });
  });

  it('takes every word after -- as a file', () => {
    expect(parseArgs(['periksa', '--', '--json', '-aneh.xlsx'])).toMatchObject({ inputs: ['--json', '-aneh.xlsx'], json: false });
  });

  it.each([['bantuan'], ['--help'], ['-h'], ['--bantuan'], ['periksa', 'a.xlsx', '--help']])('reads %j as help', (...argv) => {
    expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });

  it.each([['--versi'], ['--version'], ['-v']])('reads %s as version', (word) => {
    expect(parseArgs([word])).toEqual({ kind: 'version' });
  });

  it('explains what is wrong, in Indonesian', () => {
    expect(usageError([])).toBe('Perintah belum diberikan. Lihat "cermat bantuan".');
    expect(usageError(['cek', 'a.xlsx'])).toBe('Perintah tidak dikenal: "cek". Perintah yang ada: periksa, bantuan.');
    expect(usageError(['periksa'])).toContain('Sebutkan berkas .xlsx atau folder');
    expect(usageError(['periksa', 'a.xlsx', '--warna'])).toBe('Opsi tidak dikenal: --warna. Lihat "cermat bantuan".');
    expect(usageError(['periksa', 'a.xlsx', '--keluaran'])).toBe('Opsi --keluaran memerlukan nilai.');
    expect(usageError(['periksa', 'a.xlsx', '--skala', '--json'])).toBe('Opsi --skala memerlukan nilai.');
    expect(usageError(['periksa', 'a.xlsx', '--json=ya'])).toBe('Opsi tidak dikenal: --json=ya. Lihat "cermat bantuan".');
  });

  it.each(['24', '20244', '1800', 'dua ribu', '2024.5'])('refuses the year %j', (year) => {
    expect(usageError(['periksa', 'a.xlsx', '--tahun', year])).toBe(
      `--tahun harus berupa tahun empat angka antara 1990 dan 2100, bukan "${year}".`,
    );
  });
});
