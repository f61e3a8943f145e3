import { sheet, workbook } from '../../support/grid-builder';
import { findingsOf, loud } from './run';

/** A sasaran row printing its capaian above the indicators it groups. */
const table = (sasaranCapaian: number) =>
  workbook([
    sheet('Capaian Sasaran', [
      ['No', 'Sasaran / Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
      ['1', 'Meningkatnya rehabilitasi sosial PPKS', null, null, sasaranCapaian],
      ['1.a', 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
      ['1.b', 'Persentase lansia terlantar terlayani', 100, 100, 100],
      ['2', 'Meningkatnya perlindungan sosial', null, null, 101.41],
      ['2.a', 'Persentase fakir miskin yang mendapat bantuan', 66.04, 66.97, 101.41],
    ]),
  ]);

describe('the capaian of a sasaran against its indicators', () => {
  it('the mean of the indicators\' capaian (92,5 and 100 → 96,25) agrees', () => {
    expect(loud(findingsOf(table(96.25), 'average'))).toEqual([]);
    expect(findingsOf(table(96.25), 'capaian')).toEqual([]);
  });

  it('mean realisasi ÷ mean target (91,625 ÷ 95 = 96,45) is accepted too', () => {
    expect(loud(findingsOf(table(96.45), 'average'))).toEqual([]);
  });

  it('a value matching neither is an error on the sasaran row', () => {
    const fs = loud(findingsOf(table(98), 'average'));
    expect(fs.map((f) => [f.cell, f.severity, f.expected])).toEqual([['E2', 'error', 96.25]]);
    expect(fs[0].message).toContain('rata-rata capaian 2 indikator');
  });
});
