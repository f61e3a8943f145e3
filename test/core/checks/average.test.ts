import { oneSheet, type CellSpec } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

const kinerja = (average: CellSpec) =>
  oneSheet([
    ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
    [1, 'Persentase PPKS yang tertangani', 100, 77.59, 77.59],
    [2, 'Persentase lansia terlantar terlayani', 100, 100, 100],
    [null, 'Rata-rata', null, null, average],
  ]);

describe('average: the Rata-rata row against the mean of the rows (77,59 and 100 → 88,795)', () => {
  it('88,80 and 88,79 agree (half a unit of the last printed digit)', () => {
    expect(findingsOf(kinerja(88.8), 'average')).toEqual([]);
    expect(findingsOf(kinerja(88.79), 'average')).toEqual([]);
  });

  it('88,7 printed with one decimal is within one unit of the last digit: info only', () => {
    const fs = findingsOf(kinerja({ v: 88.7, fmt: '0.0' }), 'average');
    expect(brief(fs)).toEqual(['Lembar1!E4 average info']);
    expect(fs[0]).toMatchObject({ expected: 88.795, actual: 88.7, related: ['E2', 'E3'] });
  });

  // domain.md §7: "printed 88,76, mean 88,795" is an average inconsistency (3,5 units of the last digit).
  it('88,76 is more than one unit off 88,795: error', () => {
    const fs = findingsOf(kinerja(88.76), 'average');
    expect(fs).toEqual([expect.objectContaining({ cell: 'E4', severity: 'error', expected: 88.795, actual: 88.76 })]);
    expect(fs[0].message).toContain('88,795');
  });
});

describe('average of absorption: Σ realisasi ÷ Σ pagu is accepted besides the mean of the rows', () => {
  const anggaran = (average: number) =>
    oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13],
      [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77],
      [null, 'Rata-rata', null, null, average],
    ]);

  it('94,45 (mean of rows) and 90,98 (256.173.635 ÷ 281.562.500) both agree', () => {
    expect(findingsOf(anggaran(94.45), 'average')).toEqual([]);
    expect(findingsOf(anggaran(90.98), 'average')).toEqual([]);
  });

  it('a value matching neither is an error', () => {
    expect(brief(findingsOf(anggaran(92), 'average'))).toEqual(['Lembar1!E4 average error']);
  });
});
