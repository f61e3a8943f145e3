import { oneSheet } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

describe('efficiency as capaian − penyerapan (Tanjungpinang, Dumai)', () => {
  const table = (second: number) =>
    oneSheet([
      ['No', 'Indikator', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
      [1, 'Persentase PPKS yang tertangani', 105.26, 87.11, 18.15],
      [2, 'Persentase lansia terlantar terlayani', 105.26, 87.11, second],
      [3, 'Persentase fakir miskin terlayani', 100, 90, 10],
    ]);

  it('105,26 − 87,11 = 18,15 printed 18,15: nothing', () => {
    expect(findingsOf(table(18.15), 'efficiency')).toEqual([]);
  });

  it('printed 20 → error, expected 18,15, with the formula in the message', () => {
    const fs = findingsOf(table(20), 'efficiency');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'E3', severity: 'error', actual: 20 });
    expect(fs[0].expected).toBeCloseTo(18.15, 4);
    expect(fs[0].message).toContain('18,15');
    expect(fs[0].message).toContain('capaian kinerja − penyerapan anggaran');
  });
});

describe('efficiency as the unspent share (pagu − realisasi) ÷ pagu × 100 (Pontianak)', () => {
  it('recognises the meaning from the rows and flags the row that fits none', () => {
    const m = oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Efisiensi (%)'],
      [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 0.87],
      [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 10.23],
      [3, 'Program Pemberdayaan Sosial', 100000000, 90000000, 15],
    ]);
    const fs = findingsOf(m, 'efficiency');
    expect(fs).toEqual([expect.objectContaining({ cell: 'E4', severity: 'error', expected: 10, actual: 15 })]);
  });

  it('a column that holds the absorption instead is a warning on each row', () => {
    const m = oneSheet([
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Efisiensi (%)'],
      [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13],
      [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77],
    ]);
    const fs = findingsOf(m, 'efficiency');
    expect(brief(fs)).toEqual(['Lembar1!E2 efficiency warning', 'Lembar1!E3 efficiency warning']);
    expect(fs[0].message).toMatch(/penyerapan, bukan efisiensi/);
  });
});

describe('efficiency labels (Tarakan)', () => {
  it('"Efisien" for capaian 95 % with penyerapan 98 % is a warning: "Tidak Efisien"', () => {
    const m = oneSheet([
      ['No', 'Indikator', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Keterangan'],
      [1, 'Persentase PPKS yang tertangani', 105.26, 87.11, 'Efisien'],
      [2, 'Persentase lansia terlantar terlayani', 95, 98, 'Efisien'],
    ]);
    expect(findingsOf(m, 'efficiency')).toEqual([expect.objectContaining({ cell: 'E3', severity: 'warning', expected: 'Tidak Efisien', actual: 'Efisien' })]);
  });
});
