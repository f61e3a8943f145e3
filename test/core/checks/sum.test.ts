import { checkWorkbook } from '../../../src/core/periksa';
import { oneSheet } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

const HEADER = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'];

describe('sum: a parent against its children', () => {
  // The program's pagu omits the sub kegiatan of Rp 13.261.200.
  const model = oneSheet([
    HEADER,
    ['1.06.04', 'Program Rehabilitasi Sosial', 236738800, 210000000],
    ['1.06.04.2.02', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas', 250000000, 210000000],
    ['1.06.04.2.02.0001', 'Penyediaan Permakanan', 13261200, 10000000],
    ['1.06.04.2.02.0002', 'Penyediaan Sandang', 150000000, 130000000],
    ['1.06.04.2.02.0003', 'Penyediaan Alat Bantu', 86738800, 70000000],
  ]);

  it('blames the program pagu: printed 236.738.800, children sum 250.000.000 (selisih −13.261.200)', () => {
    const fs = findingsOf(model, 'sum');
    expect(fs).toEqual([expect.objectContaining({ cell: 'C2', severity: 'error', expected: 250000000, actual: 236738800, related: ['C3'] })]);
    expect(fs[0].message).toContain('13.261.200');
  });

  it('the kegiatan that adds up its sub kegiatan is not blamed', () => {
    expect(findingsOf(model, 'sum').map((f) => f.cell)).not.toContain('C3');
  });
});

describe('sum: the Jumlah row', () => {
  const rows = (jumlahPagu: number | string) =>
    oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Rehabilitasi Sosial', 36592500, 36274000],
      [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635],
      [3, 'Program Pemberdayaan Sosial', 13261200, 13000000],
      [null, 'Jumlah', jumlahPagu, 269173635],
    ]);

  it('a Jumlah that omits a row is an error with the sum and the difference', () => {
    const fs = findingsOf(rows(281562500), 'sum');
    expect(fs).toEqual([expect.objectContaining({ cell: 'C5', severity: 'error', expected: 294823700, actual: 281562500, related: ['C2', 'C3', 'C4'] })]);
    expect(fs[0].message).toMatch(/−13\.261\.200/);
  });

  it('a right Jumlah gives nothing', () => {
    expect(findingsOf(rows(294823700), 'sum')).toEqual([]);
  });

  it('a Jumlah whose text is malformed is reported with the sum of its rows', () => {
    const fs = findingsOf(rows('294.823.70'), 'sum');
    expect(brief(fs)).toEqual(['Lembar1!C5 sum error']);
    expect(fs[0]).toMatchObject({ expected: 294823700, actual: '294.823.70' });
  });
});

describe('sum: the SUM formula of the sheet decides the children', () => {
  it('a SUM that skips a row still compares with the rows it should cover', () => {
    const m = oneSheet(
      [
        ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [1, 'Pelayanan Rehabilitasi Sosial', 200, 180],
        [2, 'Penyediaan Permakanan', 100, 90],
        [3, 'Penyediaan Sandang', 50, 45],
        [4, 'Penyediaan Alat Bantu', 100, 90],
      ],
      { formulas: { C2: 'SUM(C3,C5)', D2: 'SUM(D3,D5)' } },
    );
    const fs = findingsOf(m, 'sum');
    expect(fs.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([
      ['C2', 'error', 250, 200],
      ['D2', 'error', 225, 180],
    ]);
  });
});

// Mutual SUM formulas once made a cycle in the row tree; sum.ts overflowed the stack and checkWorkbook
// swallowed it as an info finding "Satu pemeriksaan tidak dapat dijalankan", so no sum was checked.
it('mutual SUM formulas do not stop the sum check', () => {
  const m = oneSheet(
    [
      ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
      ['1.06.01', 'Program Rehabilitasi Sosial', 280, 250],
      ['1.06.01.2.01', 'Kegiatan Rehabilitasi Sosial Dasar', 100, 90],
      ['1.06.01.2.02', 'Kegiatan Rehabilitasi Sosial Lanjut', 200, 160],
    ],
    { formulas: { C2: 'SUM(C3:C4)', C4: 'SUM(C2:C3)' } },
  );
  const all = checkWorkbook(m).report.findings;
  expect(all.filter((f) => /tidak dapat dijalankan/.test(f.message))).toEqual([]);
  // The circular C4 leaves the children uncertain (300 by the codes, 200 by C4's claim on C3): either way 280 is wrong.
  expect(all.find((f) => f.check === 'sum' && f.cell === 'C2')).toMatchObject({ severity: 'error', actual: 280 });
});
