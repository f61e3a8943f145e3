import { columnsOf, evaluateColumnExpr, parseNumberingFormula } from '../../../src/core/recognition/numbering-formula';
import { numberingCellNumber } from '../../../src/core/recognition/tables';

describe('numbering-row formulas', () => {
  const value = (text: string, cols: Record<number, number>) => {
    const f = parseNumberingFormula(text);
    return f && evaluateColumnExpr(f.expr, (n) => cols[n] ?? null);
  };

  it('reads "13 = 12/7x100" as column 12 ÷ column 7 × 100', () => {
    expect(parseNumberingFormula('13 = 12/7x100')).toMatchObject({ number: 13 });
    expect(columnsOf(parseNumberingFormula('13 = 12/7x100')!.expr)).toEqual([12, 7]);
    expect(value('13 = 12/7x100', { 12: 45, 7: 60 })).toBeCloseTo(75, 10);
  });

  it('reads sums, parentheses, × and ÷ signs, and "(9 / 8) * 100"', () => {
    expect(value('14 = 7 + 13', { 7: 100, 13: 23 })).toBe(123);
    expect(value('10 = (9 / 8) * 100', { 9: 1, 8: 4 })).toBe(25);
    expect(value('18 = 10+12+14+16', { 10: 1, 12: 2, 14: 3, 16: 4 })).toBe(10);
    expect(value('5 = 3 − 4', { 3: 10, 4: 4 })).toBe(6);
    expect(value('6 = 5 ÷ 3 × 100', { 5: 50, 3: 200 })).toBe(25);
  });

  it('gives no value for a division by zero or a missing column, and no formula for plain numbers or words', () => {
    expect(value('13 = 12/7x100', { 12: 45, 7: 0 })).toBeNull();
    expect(value('13 = 12/7x100', { 12: 45 })).toBeNull();
    expect(parseNumberingFormula('13')).toBeNull();
    expect(parseNumberingFormula('13 = realisasi / target')).toBeNull();
    expect(parseNumberingFormula('13 = 100')).toBeNull();
    expect(parseNumberingFormula('13 = 12/')).toBeNull();
  });

  it('numbering cells: "7", "(7)", "0" and formula cells carry their column number', () => {
    expect(['7', '(7)', '0', '13 = 12/7x100', '14=7+13'].map(numberingCellNumber)).toEqual([7, 7, 0, 13, 14]);
    expect(['Target', '2024', '1.1'].map(numberingCellNumber)).toEqual([null, null, null]);
  });
});
