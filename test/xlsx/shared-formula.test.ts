/** A shared formula moved to each cell it fills, as ExcelJS's `formula` getter moves it. */
import fc from 'fast-check';
import { slideFormula } from '../../src/xlsx/shared-formula';

/** ExcelJS's own slide (not part of its typed API), the reference: (formula, 'B5', 'C7') → moved formula. */
const excelJs = jest.requireActual<{ slideFormula(formula: string, from: string, to: string): string }>('exceljs/lib/utils/shared-formula');

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe('slideFormula', () => {
  it('moves relative references, keeps what $ fixes, function names and names past XFD', () => {
    expect(slideFormula('$A5*2+Sheet2!A1+SUM(A$5:A5)+LOG10(B1)+XFE1', 5, 2, 7, 4)).toBe('$A7*2+Sheet2!C3+SUM(C$5:C7)+LOG10(D3)+XFE1');
    expect(slideFormula('ROUND(D6/C6*100,2)', 6, 6, 9, 6)).toBe('ROUND(D9/C9*100,2)');
    expect(slideFormula('$B$2+b2', 1, 1, 3, 2)).toBe('$B$2+C4');
  });

  it('writes #REF! for a column moved off the sheet (ExcelJS throws there)', () => {
    expect(slideFormula('A1+B1', 1, 2, 1, 1)).toBe('#REF!+A1');
  });

  it('gives the formula ExcelJS gives, for any mix of references, names, sheets and operators', () => {
    const piece = fc.constantFrom('A1', '$B$2', 'c$3', '$D4', 'Sheet1!', 'Data_2-x!', 'SUM(', 'LOG10(', ')', '+', '-', ':', ',', 'XFD1', 'XFE2', 'ab', '_x', '1', '"', ' ', 'AA100', 'zz9', '!', "'", 'A0', 'R1C1');
    const cell = fc.record({ row: fc.integer({ min: 1, max: 60 }), col: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), cell, cell, (pieces, from, to) => {
        const formula = pieces.join('');
        let expected: string;
        try {
          expected = excelJs.slideFormula(formula, `${letters(from.col)}${from.row}`, `${letters(to.col)}${to.row}`);
        } catch {
          return; // a column off the sheet: ExcelJS throws
        }
        expect(slideFormula(formula, from.row, from.col, to.row, to.col)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
