import { COLOURED, paintFor, PLAIN } from '../../src/cli/ansi';
import { formatTextReport } from '../../src/cli/text-report';
import type { Report } from '../../src/core/report';

const report: Report = {
  file: 'tarakan-2024.xlsx',
  year: 2024,
  tables: [
    { sheet: 'Realisasi Anggaran', range: 'A4:F66', kind: 'anggaran', header: 'A4:F5', columns: { pagu: 'D', realisasi: 'E', persen: 'F' } },
    { sheet: 'Efisiensi', range: 'A3:J33', kind: 'efisiensi', header: 'A3:J5', columns: {} },
    { sheet: 'Skala Predikat', range: 'A3:D10', kind: 'skala', header: 'A3:D3', columns: {} },
  ],
  findings: [
    {
      sheet: 'Realisasi Anggaran',
      cell: 'F25',
      check: 'ratio',
      severity: 'error',
      message: 'Persentase 75,49 % tidak sama dengan realisasi / pagu = 99,13 %',
      expected: 99.13,
      actual: 75.49,
    },
    { sheet: 'Realisasi Anggaran', cell: 'D8', check: 'sum', severity: 'error', message: 'Jumlah 9.956.880 tidak sama dengan 99.836.580' },
    { sheet: 'Realisasi Anggaran', cell: 'F10', check: 'ratio', severity: 'info', message: 'Persentase 68,16 % dibulatkan dari 68,15 %' },
    { sheet: 'Efisiensi', cell: 'E29', check: 'difference', severity: 'warning', message: 'Selisih 217.443.657, seharusnya 217.433.657' },
    { sheet: 'Realisasi Anggaran', cell: 'A2', check: 'year', severity: 'warning', message: 'Judul menyebut tahun 2023' },
  ],
};

describe('formatTextReport', () => {
  it('groups findings by sheet and table, in cell order, with a summary line', () => {
    expect(formatTextReport(report)).toBe(
      [
        'tarakan-2024.xlsx (tahun 2024)',
        'Lembar "Realisasi Anggaran"',
        '  Tabel A4:F66 (Realisasi anggaran)',
        '    D8     Salah       Jumlah        Jumlah 9.956.880 tidak sama dengan 99.836.580',
        '    F10    Catatan     Persentase    Persentase 68,16 % dibulatkan dari 68,15 %',
        '    F25    Salah       Persentase    Persentase 75,49 % tidak sama dengan realisasi / pagu = 99,13 %',
        '  Di luar tabel yang dikenali',
        '    A2     Peringatan  Tahun         Judul menyebut tahun 2023',
        'Lembar "Efisiensi"',
        '  Tabel A3:J33 (Efisiensi)',
        '    E29    Peringatan  Selisih/Sisa  Selisih 217.443.657, seharusnya 217.433.657',
        'Ringkasan: 2 salah, 2 peringatan, 1 catatan pada 3 tabel',
        '',
      ].join('\n'),
    );
  });

  it('says when no table was recognised and the year is unknown', () => {
    expect(formatTextReport({ file: 'kosong.xlsx', year: null, tables: [], findings: [] })).toBe(
      [
        'kosong.xlsx (tahun laporan tidak terdeteksi)',
        '  Tidak ada tabel kinerja, anggaran, efisiensi atau skala yang dikenali.',
        'Ringkasan: Tidak ada temuan pada 0 tabel',
        '',
      ].join('\n'),
    );
  });

  it('colours severities only when asked to', () => {
    const coloured = formatTextReport(report, COLOURED);
    expect(coloured).toContain('\x1b[31mSalah');
    expect(coloured).toContain('\x1b[33mPeringatan');
    expect(coloured).toContain('\x1b[36mCatatan');
    const withoutCodes = ['1', '31', '33', '36', '0'].reduce((text, code) => text.split(`\x1b[${code}m`).join(''), coloured);
    expect(withoutCodes).toBe(formatTextReport(report, PLAIN));
  });
});

describe('paintFor', () => {
  it('colours a terminal unless NO_COLOR is set', () => {
    expect(paintFor(true, {})).toBe(COLOURED);
    expect(paintFor(true, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(paintFor(true, { NO_COLOR: '' })).toBe(COLOURED);
    expect(paintFor(false, {})).toBe(PLAIN);
    expect(paintFor(undefined, {})).toBe(PLAIN);
  });
});

describe('formatTextReport with coverage', () => {
  it('says how many numbers were checked on the summary line and lists the columns that were not', () => {
    const text = formatTextReport({
      file: 'evaluasi.xlsx',
      year: 2024,
      tables: [],
      findings: [],
      coverage: { numericCells: 450, checkedCells: 412, unchecked: [{ sheet: 'Evaluasi Renja', table: 'A5:Z40', column: 'Q', reason: 'arti kolom ini tidak dikenali' }] },
    });
    expect(text.split('\n').slice(-3)).toEqual([
      'Ringkasan: Tidak ada temuan pada 0 tabel; 412 dari 450 angka diperiksa (91 %)',
      '  Tidak diperiksa: lembar "Evaluasi Renja" tabel A5:Z40 kolom Q: arti kolom ini tidak dikenali',
      '',
    ]);
  });
});
