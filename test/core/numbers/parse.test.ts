import fc from 'fast-check';
import { parseNumberText, toNumber, type ParseResult } from '../../../src/core/numbers/parse';
import { formatNumber } from '../../../src/core/numbers/format';

function value(r: ParseResult): [number, number, boolean] {
  if (r.kind !== 'number') throw new Error(`not a number: ${JSON.stringify(r)}`);
  return [r.value, r.decimals, r.percent];
}

describe('parseNumberText: the number forms of domain.md §5', () => {
  test.each<[string, number, number, boolean]>([
    ['1.234.567,89', 1234567.89, 2, false],
    ['268.160.000,-', 268160000, 0, false],
    ['Rp 1.234.000', 1234000, 0, false],
    ['Rp. 10.577.358.620,-', 10577358620, 0, false],
    ['35,52%', 35.52, 2, true],
    ['35,52 %', 35.52, 2, true],
    ['94,17%%', 94.17, 2, true],
    ['100,%', 100, 0, true],
    ['114.44%', 114.44, 2, true],
    ['12,387,484,416', 12387484416, 0, false],
    ['1,033,690,900', 1033690900, 0, false],
    ['96.85%', 96.85, 2, true],
    ['Rp 7.336.869.187', 7336869187, 0, false],
    ['0,322', 0.322, 3, false],
    ['7.429', 7429, 0, false],
    ['1234.567', 1234.567, 3, false],
    ['1,234.56', 1234.56, 2, false],
    ['100,0', 100, 1, false],
    ['1.', 1, 0, false],
    ['−12,5', -12.5, 1, false],
    ['- 1.234', -1234, 0, false],
    ['1.234,', 1234, 0, false],
  ])('%s → %d (%d decimals, percent %s)', (text, v, decimals, percent) => {
    expect(value(parseNumberText(text))).toEqual([v, decimals, percent]);
  });

  test('a lone dash is zero in money columns and no value elsewhere', () => {
    for (const dash of ['-', 'Rp -', 'Rp. -', '-,-', '—']) {
      expect(value(parseNumberText(dash, { money: true }))).toEqual([0, 0, false]);
      expect(parseNumberText(dash).kind).toBe('dash');
    }
  });

  test.each(['n/a', 'Puas', '72/BB', 'Puas/100%', 'Tahun 2024', '1e5'])('%s is text, not a number', (text) => {
    expect(parseNumberText(text).kind).toBe('text');
  });

  test('blank text is blank', () => {
    expect(parseNumberText('  ').kind).toBe('blank');
  });

  test.each([
    ['1.100 %', /1100 %.*1,100 %/],
    ['76,946.900', /bisa ribuan, bisa desimal/],
    ['1 100', /dipisah spasi/],
  ])('%s is ambiguous and says why', (text, why) => {
    const r = parseNumberText(text);
    expect(r.kind).toBe('ambiguous');
    expect(r.kind !== 'number' && r.reason).toMatch(why);
  });

  test.each(['14.90.000', '930.47.023', '1,5,6', '1.234.5,6'])('%s is malformed and says why', (text) => {
    const r = parseNumberText(text);
    expect(r.kind).toBe('malformed');
    expect(r.kind !== 'number' && r.reason).toContain(text);
  });

  test('parentheses are a negative amount in money columns and a numbering label elsewhere', () => {
    expect(value(parseNumberText('(1.234.500)', { money: true }))).toEqual([-1234500, 0, false]);
    expect(parseNumberText('(1)').kind).toBe('text');
  });

  test('every id-ID formatted number reads back to its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 2 }), (cents, decimals) => {
        const v = cents / 100;
        const text = formatNumber(v, decimals);
        const r = parseNumberText(text);
        expect(r.kind).toBe('number');
        expect(r.kind === 'number' && r.value).toBeCloseTo(Number(v.toFixed(decimals)), 6);
      }),
    );
  });
});

describe('toNumber', () => {
  test('numbers pass, text is parsed, everything else is not a number', () => {
    expect(toNumber(0.3552)).toBe(0.3552);
    expect(toNumber('114,44%')).toBe(114.44);
    expect(toNumber('-', { money: true })).toBe(0);
    expect(toNumber('-')).toBeNull();
    expect(toNumber('14.90.000')).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
    expect(toNumber(true)).toBeNull();
    expect(toNumber(null)).toBeNull();
  });
});
