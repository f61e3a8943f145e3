import { mean, percentOfSums, sum } from '../../../src/core/formulas/average';
import { compareAtPrecision } from '../../../src/core/numbers/tolerance';

describe('averages', () => {
  test('mean of indicator values (Tanjungpinang (66,97 + 14,34) / 2 = 40,655, printed 40,65)', () => {
    const m = mean([66.97, 14.34])!;
    expect(m).toBeCloseTo(40.655, 10);
    expect(compareAtPrecision(40.65, 2, m)).not.toBe('differs');
  });

  test('printed averages that match neither are visible (88,76 vs (77,59 + 100) / 2 = 88,795)', () => {
    expect(mean([77.59, 100])).toBeCloseTo(88.795, 10);
    expect(mean([61.33, 93, 93])).toBeCloseTo(82.4433, 4);
    expect(mean([118, 201, 113])).toBe(144);
    expect(mean([118, 201, 113, 43])).toBe(118.75);
  });

  test('no mean of nothing or of a non-number', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, Number.NaN])).toBeNull();
  });

  test('a rata-rata absorption row is Σ realisasi / Σ pagu (Tarakan 2.738.463.160 / 3.211.321.335 = 85,2753)', () => {
    expect(percentOfSums([2738463160], [3211321335])).toBeCloseTo(85.2753, 4);
    expect(percentOfSums([193519000, 1218120563], [268160000, 1398308000])).toBeCloseTo((1411639563 / 1666468000) * 100, 10);
    expect(percentOfSums([1], [0])).toBeNull();
    expect(percentOfSums([1, 2], [3])).toBeNull();
    expect(percentOfSums([], [])).toBeNull();
  });

  test('sums of money add up exactly', () => {
    expect(sum([200, 10, 11, 27, 30, 34, 14])).toBe(326);
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sum([1e16, 1, -1e16])).toBe(1);
  });
});
