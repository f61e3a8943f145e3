import { agrees, compareAtPrecision, unitOf } from '../../../src/core/numbers/tolerance';

describe('the tolerance rule of domain.md §5', () => {
  test('one unit of the last printed digit', () => {
    expect(unitOf(2)).toBe(0.01);
    expect(unitOf(0)).toBe(1);
  });

  test('77,77 vs 77,7778 agrees (truncated, within one unit)', () => {
    expect(compareAtPrecision(77.77, 2, 77.7778)).toBe('rounding');
    expect(agrees(77.77, 2, 77.7778)).toBe(true);
  });

  test('101,04 vs 101,41 does not agree (Tanjungpinang 66,97 / 66,04)', () => {
    expect(agrees(101.04, 2, (66.97 / 66.04) * 100)).toBe(false);
  });

  test('179 vs 178,57 agrees exactly at whole percents', () => {
    expect(compareAtPrecision(179, 0, 178.57)).toBe('exact');
  });

  test('95 vs 94,0975 is within one unit but not the rounded value (Pontianak 7429 / 7895)', () => {
    expect(compareAtPrecision(95, 0, (7429 / 7895) * 100)).toBe('rounding');
  });

  test('a printed value that is exactly one unit off differs', () => {
    expect(compareAtPrecision(94.18, 2, 94.17)).toBe('differs');
    expect(compareAtPrecision(110.51, 2, (77.77 / 70.37) * 100)).toBe('rounding');
  });
});
