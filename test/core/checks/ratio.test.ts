import { oneSheet } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

const HEADER = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'];

describe('ratio: penyerapan = realisasi ÷ pagu × 100', () => {
  it('36.274.000 ÷ 36.592.500 printed 75,49 → error, expected 99,13', () => {
    const fs = findingsOf(oneSheet([HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 75.49]]), 'ratio');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'E2', severity: 'error', actual: 75.49, related: ['C2', 'D2'] });
    expect(fs[0].expected).toBeCloseTo(99.1296, 4);
    expect(fs[0].message).toContain('99,13 %');
    expect(fs[0].message).toContain('36.274.000 ÷ 36.592.500');
  });

  it('the right value (99,13) and the right value as a fraction with a percent format give nothing', () => {
    expect(findingsOf(oneSheet([HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13]]), 'ratio')).toEqual([]);
    expect(findingsOf(oneSheet([HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, { v: 0.9913, fmt: '0.00%' }]]), 'ratio')).toEqual([]);
  });

  it('a truncated percentage (99,12 for 99,1296) is an info note only', () => {
    expect(brief(findingsOf(oneSheet([HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.12]]), 'ratio'))).toEqual(['Lembar1!E2 ratio info']);
  });

  it('pagu 0 gives no ratio finding (no division by zero)', () => {
    expect(findingsOf(oneSheet([HEADER, [1, 'Program Rehabilitasi Sosial', 0, 0, 0]]), 'ratio')).toEqual([]);
  });

  it('checks the Jumlah row too', () => {
    const m = oneSheet([
      HEADER,
      [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13],
      [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77],
      [null, 'Jumlah', 281562500, 256173635, 89.77],
    ]);
    const fs = findingsOf(m, 'ratio');
    expect(brief(fs)).toEqual(['Lembar1!E4 ratio error']);
    expect(fs[0].expected).toBeCloseTo(90.9829, 4);
  });
});

describe('ratio: a parent\'s realisasi % against the counts of its children', () => {
  it('children 40 of 50 and 45 of 50 orang → parent realisasi 85 %', () => {
    const sheet = (printed: string) =>
      oneSheet([
        ['No', 'Uraian', 'Target', 'Realisasi'],
        [1, 'Program Rehabilitasi Sosial', '100%', printed],
        [null, 'Kegiatan Rehabilitasi Sosial Dasar Anak', '50 orang', '40 orang'],
        [null, 'Kegiatan Rehabilitasi Sosial Dasar Lansia', '50 orang', '45 orang'],
      ]);
    expect(findingsOf(sheet('85%'), 'ratio')).toEqual([]);
    expect(findingsOf(sheet('95%'), 'ratio')[0]).toMatchObject({ cell: 'D2', severity: 'error', expected: 85, actual: 95 });
  });
});

// When the Jumlah pagu omits a row, the % beside it is right for the true total
// (256.173.635 ÷ 281.562.500 = 90,98 %): only the total is blamed, not the correct cell beside it.
it('a % that is right for the true total is not blamed for the wrong total beside it', () => {
  const m = oneSheet([
    HEADER,
    [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13],
    [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77],
    [null, 'Jumlah', 268301300, 256173635, 90.98],
  ]);
  expect(brief(findingsOf(m, 'ratio').filter((f) => f.severity === 'error'))).toEqual([]);
});
