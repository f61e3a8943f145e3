import { oneSheet, sheet, workbook } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

const BERHASIL_SCALE = sheet('Skala', [
  ['Skala Penilaian'],
  ['No', 'Interval Nilai', 'Predikat'],
  [1, '> 85', 'Sangat Berhasil'],
  [2, '70 < x ≤ 85', 'Berhasil'],
  [3, '55 < x ≤ 70', 'Cukup Berhasil'],
  [4, '≤ 55', 'Tidak Berhasil'],
]);

const kinerja = (rows: (string | number | null)[][]) =>
  sheet('Kinerja', [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'], ...rows.map((r, i) => [i + 1, ...r])]);

describe('predicate under the workbook\'s own scale table', () => {
  const model = workbook([
    BERHASIL_SCALE,
    kinerja([
      ['Persentase PPKS yang tertangani', 100, 55, 55, 'Berhasil'],
      ['Persentase lansia terlantar terlayani', 100, 90, 90, 'Sangat Berhasil'],
      ['Persentase fakir miskin terlayani', 100, 75, 75, 'Berhasil'],
    ]),
  ]);

  it('55 labelled "Berhasil" → error on the label, expected "Tidak Berhasil"', () => {
    const fs = findingsOf(model, 'predicate');
    expect(fs).toEqual([expect.objectContaining({ sheet: 'Kinerja', cell: 'F2', severity: 'error', expected: 'Tidak Berhasil', actual: 'Berhasil', related: ['E2'] })]);
    expect(fs[0].message).toMatch(/Skala/);
  });

  it('a chosen profile overrides the workbook\'s scale: 55 is "Cukup Berhasil" under closed lower bounds', () => {
    const fs = findingsOf(model, 'predicate', { scale: 'BERHASIL_TERTUTUP' });
    expect(fs.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['F2', 'error', 'Cukup Berhasil', 'Berhasil']]);
  });
});

describe('predicate under a built-in profile chosen by the labels used', () => {
  it('Permendagri 86: 80 labelled "Sangat Tinggi" → "Tinggi"; a blank label gets an info note', () => {
    const m = workbook([
      kinerja([
        ['Persentase PPKS yang tertangani', 100, 95, 95, 'Sangat Tinggi'],
        ['Persentase lansia terlantar terlayani', 100, 80, 80, 'Sangat Tinggi'],
        ['Persentase fakir miskin terlayani', 100, 70, 70, 'Sedang'],
        ['Persentase anak terlantar terlayani', 100, 60, 60, null],
      ]),
    ]);
    const fs = findingsOf(m, 'predicate');
    expect(brief(fs)).toEqual(['Kinerja!F3 predicate error', 'Kinerja!F5 predicate info']);
    expect(fs[0]).toMatchObject({ expected: 'Tinggi', actual: 'Sangat Tinggi' });
    expect(fs[1]).toMatchObject({ expected: 'Rendah' });
  });

  it('a value on a band edge within rounding is not an error (90,5 printed as 91 → "Sangat Tinggi")', () => {
    const m = oneSheet([
      ['No', 'Indikator', 'Capaian', 'Kategori'],
      [1, 'Persentase PPKS yang tertangani', 91, 'Sangat Tinggi'],
      [2, 'Persentase lansia terlantar terlayani', 90.5, 'Tinggi'],
      [3, 'Persentase fakir miskin terlayani', 70, 'Sedang'],
    ]);
    expect(findingsOf(m, 'predicate').filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('labels that belong to no scale are left alone', () => {
    const m = workbook([kinerja([['Persentase PPKS yang tertangani', 100, 55, 55, 'Lanjutkan'], ['Persentase lansia terlantar terlayani', 100, 90, 90, 'Pertahankan']])]);
    expect(findingsOf(m, 'predicate')).toEqual([]);
  });
});

describe('predicate: a coarse label column', () => {
  it('a column that labels every row "Berhasil" is read as "at least Berhasil": only values below that band are errors', () => {
    const values = [95, 97.6, 100, 120, 104, 88, 20, 60, 92];
    const m = oneSheet([['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)', 'Keberhasilan'], ...values.map((v, i) => [i + 1, `Indikator ${i + 1}`, 100, v, v, 'Berhasil'])]);
    const fs = findingsOf(m, 'predicate', { scale: 'BERHASIL' }).filter((f) => f.severity === 'error');
    expect(fs.map((f) => f.cell)).toEqual(['F8', 'F9']);
    expect(fs[0].message).toContain('di bawah rentang "Berhasil"');
  });
});
