import fc from 'fast-check';
import {
  CATEGORY_RULE,
  EFFICIENCY_MEANING_LABEL,
  efisiensiAnggaran,
  efisiensiSelisih,
  kategoriEfisiensi,
} from '../../../src/core/formulas/efisiensi';
import { agrees } from '../../../src/core/numbers/tolerance';
import { labelsMatch } from '../../../src/core/scales/scale';

describe('efisiensi, meaning 1: capaian − penyerapan (Tanjungpinang)', () => {
  test('105,26 − 87,11 = 18,15; 114,44 − 72,17 = 42,27; 95,69 − 84,18 = 11,51', () => {
    expect(efisiensiSelisih(105.26, 87.11)).toBeCloseTo(18.15, 10);
    expect(efisiensiSelisih(114.44, 72.17)).toBeCloseTo(42.27, 10);
    expect(agrees(11.51, 2, efisiensiSelisih(95.69, 84.18))).toBe(true);
    expect(efisiensiSelisih(80, 95)).toBe(-15);
  });
});

describe('efisiensi, meaning 2: (pagu − realisasi) / pagu × 100 (Pontianak)', () => {
  test('(2.700.000 − 200.000) / 2.700.000 = 92,59; 48.359.300 unspent of 1.111.979.500 = 4,35', () => {
    expect(agrees(92.59, 2, efisiensiAnggaran(2700000, 200000)!)).toBe(true);
    expect(agrees(4.35, 2, efisiensiAnggaran(1111979500, 1111979500 - 48359300)!)).toBe(true);
    expect(agrees(26.32, 2, efisiensiAnggaran(396396200, 396396200 - 104350200)!)).toBe(true);
  });

  test('no value without a pagu', () => {
    expect(efisiensiAnggaran(0, 0)).toBeNull();
  });
});

describe('efisiensi, meaning 3: the category of every combination', () => {
  test('Tarakan rule: capaian 100 with penyerapan 79,38 / 68,16 / 86,03 is Efisien', () => {
    for (const p of [79.38, 68.16, 86.03]) expect(kategoriEfisiensi(100, p)).toBe('Efisien');
    expect(labelsMatch(kategoriEfisiensi(100, 79.38), 'EFISIEN')).toBe(true);
    expect(labelsMatch(kategoriEfisiensi(100, 79.38), 'SANGAT EFISIEN')).toBe(false);
  });

  test.each([
    [105.26, 87.11, 'Efisien'],
    [100, 100, 'Seimbang'],
    [100, 100.5, 'Kurang Efisien'],
    [92.5, 60, 'Efisien, Target Belum Tercapai'],
    [92.5, 92.5, 'Seimbang, Target Belum Tercapai'],
    [92.5, 97, 'Tidak Efisien'],
    [99.999, 99.999, 'Seimbang'],
    [87.111, 87.11, 'Seimbang, Target Belum Tercapai'],
    [Number.NaN, 80, 'Tidak Dapat Dinilai'],
  ])('capaian %d, penyerapan %d → %s', (c, p, label) => {
    expect(kategoriEfisiensi(c, p)).toBe(label);
  });

  test('every pair of numbers gets a category with an Indonesian rule', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 2000, noNaN: true }), fc.double({ min: -500, max: 2000, noNaN: true }), (c, p) => {
        expect(CATEGORY_RULE[kategoriEfisiensi(c, p)]).toMatch(/Capaian kinerja/);
      }),
    );
  });

  test('each meaning has an Indonesian name', () => {
    expect(Object.keys(EFFICIENCY_MEANING_LABEL).sort()).toEqual(['label', 'selisih', 'sisa-anggaran']);
    expect(EFFICIENCY_MEANING_LABEL.selisih).toContain('capaian − penyerapan');
  });
});
