import { oneSheet } from '../../support/grid-builder';
import { findingsOf } from './run';

describe('scale: a printed rating scale with gaps and nothing above 100', () => {
  // domain.md §4: "90 ≤ 100 / 76 s/d <90 / 66 s/d <75 / 51 s/d <65 / 0 s/d <50"
  const model = oneSheet([
    ['Skala Nilai Peringkat Kinerja'],
    ['No', 'Interval Nilai Capaian', 'Kategori'],
    [1, '90 ≤ 100', 'Sangat Tinggi'],
    [2, '76 s/d <90', 'Tinggi'],
    [3, '66 s/d <75', 'Sedang'],
    [4, '51 s/d <65', 'Rendah'],
    [5, '0 s/d <50', 'Sangat Rendah'],
  ]);
  const fs = findingsOf(model, 'scale');

  it('blames the gaps 75–76, 65–66, 50–51 on the lower band\'s row, as errors', () => {
    const gaps = fs.filter((f) => f.severity === 'error');
    expect(gaps.map((f) => f.cell)).toEqual(['A5', 'A6', 'A7']);
    expect(gaps[0].message).toMatch(/75/);
    expect(gaps[0].message).toMatch(/76/);
    expect(gaps[1].message).toMatch(/65/);
    expect(gaps[2].message).toMatch(/50/);
  });

  it('warns on the top row that nothing covers capaian above 100', () => {
    expect(fs.filter((f) => f.severity === 'warning')).toEqual([expect.objectContaining({ cell: 'A3' })]);
    expect(fs.find((f) => f.severity === 'warning')!.message).toMatch(/100/);
  });

  it('a complete scale gives nothing', () => {
    const ok = oneSheet([
      ['No', 'Interval Nilai', 'Predikat'],
      [1, '> 85', 'Sangat Berhasil'],
      [2, '70 < x ≤ 85', 'Berhasil'],
      [3, '55 < x ≤ 70', 'Cukup Berhasil'],
      [4, '≤ 55', 'Tidak Berhasil'],
    ]);
    expect(findingsOf(ok, 'scale')).toEqual([]);
  });

  it('an overlap ("≥ 90" and "76 ≤ 90": 90 in two bands) is an error', () => {
    const m = oneSheet([
      ['No', 'Interval Nilai', 'Predikat'],
      [1, '≥ 90', 'Sangat Tinggi'],
      [2, '76 ≤ 90', 'Tinggi'],
      [3, '66 s/d < 76', 'Sedang'],
      [4, '< 66', 'Rendah'],
    ]);
    const fs = findingsOf(m, 'scale');
    expect(fs.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    expect(fs.every((f) => /^A[2-5]$/.test(f.cell))).toBe(true);
  });
});
