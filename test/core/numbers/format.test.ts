import { formatNumber, formatPercent } from '../../../src/core/numbers/format';

describe('id-ID formatting', () => {
  test('thousands with dots, decimals with a comma', () => {
    expect(formatNumber(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNumber(10577358620)).toBe('10.577.358.620');
    expect(formatNumber(25070365)).toBe('25.070.365');
    expect(formatNumber(18.1, 2)).toBe('18,10');
    expect(formatNumber(18.1)).toBe('18,1');
  });

  test('negative values carry a minus sign, a rounded-away negative does not', () => {
    expect(formatNumber(-13261200)).toBe('−13.261.200');
    expect(formatNumber(-0.001, 2)).toBe('0,00');
  });

  test('percent in points', () => {
    expect(formatPercent((40.65 / 35.52) * 100)).toBe('114,44 %');
    expect(formatPercent(1160, 0)).toBe('1.160 %');
  });

  test('values too large for fixed notation are written with a power of ten, the Indonesian way', () => {
    expect(formatNumber(1.5e308)).toBe('1,5 × 10³⁰⁸');
    expect(formatNumber(-1.7976931348623157e308)).toBe('−1,8 × 10³⁰⁸');
    expect(formatNumber(1e21)).toBe('1 × 10²¹');
    expect(formatNumber(9.999e25, 2)).toBe('1,00 × 10²⁶');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
