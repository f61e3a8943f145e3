import { formatDecimals, isPercentFormat, numberOf, readCell } from '../../../src/core/recognition/values';

describe('formatDecimals / isPercentFormat', () => {
  it('counts the decimals a number format prints', () => {
    expect(formatDecimals('#,##0.00')).toBe(2);
    expect(formatDecimals('0%')).toBe(0);
    expect(formatDecimals('0.00%')).toBe(2);
    expect(formatDecimals('General')).toBeNull();
    expect(formatDecimals(undefined)).toBeNull();
    expect(formatDecimals('"Rp" #,##0')).toBe(0);
  });
  it('sees a percent format, not a quoted percent sign', () => {
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat('#,##0')).toBe(false);
  });
});

describe('readCell', () => {
  it('reads a fraction with a percent format in points (0,3552 → 35,52 %)', () => {
    expect(readCell({ v: 0.3552, fmt: '0.00%' })).toEqual({ kind: 'number', value: 35.52, decimals: 2, percent: true, fromText: false });
  });

  it('reads a typed number with its printed decimals', () => {
    expect(readCell({ v: 114.44 })).toMatchObject({ kind: 'number', value: 114.44, decimals: 2, percent: false, fromText: false });
    expect(readCell({ v: 244970000, fmt: '#,##0' })).toMatchObject({ value: 244970000, decimals: 0 });
    expect(readCell({ v: 88.795, fmt: '0.00' })).toMatchObject({ value: 88.795, decimals: 2 });
  });

  it('reads Indonesian and US number text, marking it as text', () => {
    expect(readCell({ v: '35,52%' })).toMatchObject({ kind: 'number', value: 35.52, decimals: 2, percent: true, fromText: true });
    expect(readCell({ v: 'Rp. 10.577.358.620,-' })).toMatchObject({ kind: 'number', value: 10577358620, fromText: true });
    expect(readCell({ v: '12,387,484,416' })).toMatchObject({ kind: 'number', value: 12387484416 });
    expect(readCell({ v: '114.44%' })).toMatchObject({ kind: 'number', value: 114.44, percent: true });
  });

  it('reports malformed and ambiguous text, never a guessed number', () => {
    expect(readCell({ v: '14.90.000' }).kind).toBe('malformed');
    expect(readCell({ v: '930.47.023' }).kind).toBe('malformed');
    expect(readCell({ v: '1.100 %' }).kind).toBe('ambiguous');
  });

  it('reads a count with its unit ("335 Orang")', () => {
    expect(readCell({ v: '335 Orang' })).toMatchObject({ kind: 'number', value: 335, unit: 'orang' });
  });

  it('reads "-" as zero and "(1.234)" as negative only in money columns', () => {
    expect(readCell({ v: '-' }, { money: true })).toMatchObject({ kind: 'number', value: 0 });
    expect(readCell({ v: '-' }).kind).toBe('dash');
    expect(numberOf(readCell({ v: '-' }))).toBeNull();
    expect(readCell({ v: '(1.234)' }, { money: true })).toMatchObject({ kind: 'number', value: -1234 });
    expect(readCell({ v: '(1)' }).kind).toBe('text');
  });

  it('tells blank, error, formula without a cached value and qualitative text apart', () => {
    expect(readCell(undefined).kind).toBe('blank');
    expect(readCell({ v: null }).kind).toBe('blank');
    expect(readCell({ v: null, f: 'SUM(C7:C9)' }).kind).toBe('unknown');
    expect(readCell({ v: { error: '#DIV/0!' } })).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(readCell({ v: 'Puas' }).kind).toBe('text');
    expect(readCell({ v: 'n/a' }).kind).toBe('text');
    expect(readCell({ v: true }).kind).toBe('text');
  });
});
