import { penyerapan, sisa } from '../../../src/core/formulas/budget';
import { agrees } from '../../../src/core/numbers/tolerance';

describe('budget formulas', () => {
  test('penyerapan 1.218.120.563 / 1.398.308.000 → 87,11 (Tanjungpinang)', () => {
    expect(penyerapan(1398308000, 1218120563)).toBeCloseTo(87.1139, 4);
    expect(agrees(87.11, 2, penyerapan(1398308000, 1218120563)!)).toBe(true);
  });

  test('a misprinted absorption is caught: 36.274.000 / 36.592.500 is 99,13, not 75,49 (Tarakan)', () => {
    const p = penyerapan(36592500, 36274000)!;
    expect(agrees(99.13, 2, p)).toBe(true);
    expect(agrees(75.49, 2, p)).toBe(false);
  });

  test('penyerapan has no value without a pagu', () => {
    expect(penyerapan(0, 0)).toBeNull();
    expect(penyerapan(0, 200000)).toBeNull();
    expect(penyerapan(Number.NaN, 1)).toBeNull();
  });

  test('sisa = pagu − realisasi (Tanjungpinang 244.970.000 − 219.899.635 = 25.070.365, printed 11.809.165)', () => {
    expect(sisa(244970000, 219899635)).toBe(25070365);
    expect(sisa(7247670961, 6995601707)).toBe(252069254);
    expect(sisa(5176219306, 4958785649)).toBe(217433657);
    expect(sisa(100, 120)).toBe(-20);
    expect(Object.is(sisa(5, 5), 0)).toBe(true);
  });
});
