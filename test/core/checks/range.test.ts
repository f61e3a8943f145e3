import { oneSheet } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

describe('range: impossible or suspicious values', () => {
  it('realisasi above pagu → warning on the realisasi, with the pagu', () => {
    const m = oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
      [1, 'Program Rehabilitasi Sosial', 100000000, 120000000, 120],
    ]);
    expect(findingsOf(m, 'range')).toEqual([expect.objectContaining({ cell: 'D2', severity: 'warning', expected: 100000000, actual: 120000000, related: ['C2'] })]);
  });

  it('negative pagu and negative realisasi → warnings', () => {
    const m = oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Rehabilitasi Sosial', -5000000, 0],
      [2, 'Program Perlindungan Sosial', 5000000, '(1.000)'],
    ]);
    expect(brief(findingsOf(m, 'range'))).toEqual(['Lembar1!C2 range warning', 'Lembar1!D3 range warning']);
  });

  it('capaian 286,8 % is only an info note (a target set too low is possible)', () => {
    const m = oneSheet([
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase PPKS yang mendapat bantuan', 50, 143.4, 286.8],
    ]);
    expect(findingsOf(m, 'range')).toEqual([expect.objectContaining({ cell: 'E2', severity: 'info', actual: 286.8 })]);
    expect(findingsOf(m, 'capaian')).toEqual([]);
  });

  it('realisasi equal to pagu, and within half a rupiah, is fine', () => {
    const m = oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
      [1, 'Program Rehabilitasi Sosial', 100000000, 100000000],
      [2, 'Program Perlindungan Sosial', 100000000, 100000000.4],
    ]);
    expect(findingsOf(m, 'range')).toEqual([]);
  });
});
