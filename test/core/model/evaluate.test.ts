import { withFormulaResults } from '../../../src/core/model/evaluate';
import type { Cell, WorkbookModel } from '../../../src/core/model/workbook';

function sheetOf(rows: (Cell | undefined)[][]): WorkbookModel {
  return { name: 't.xlsx', sheets: [{ name: 'S', cells: rows, rowCount: rows.length, colCount: 6, merges: [] }] };
}

describe('formula results missing from the file', () => {
  it('computes the subset the reports use: SUM over ranges, differences, ROUND of a ratio', () => {
    // Tanjungpinang Realisasi Anggaran rows 41–43: pagu, realisasi, sisa = C − D, % = ROUND(D/C*100,2)
    const model = sheetOf([
      [{ v: 401500000 }, { v: 373770400 }, { v: null, f: 'A1-B1' }, { v: null, f: 'ROUND(B1/A1*100,2)' }],
      [{ v: 2050000 }, { v: 0 }, { v: null, f: 'A2-B2' }, { v: null, f: 'ROUND(B2/A2*100,2)' }],
      [{ v: null, f: 'SUM(A1:A2)' }, { v: null, f: 'SUM(B1,B2)' }, { v: null, f: 'C1+C2' }, { v: null, f: 'ROUND(AVERAGE(D1:D2),2)' }],
    ]);
    const cells = withFormulaResults(model).sheets[0].cells;
    expect(cells[0][2]!.v).toBe(27729600);
    expect(cells[0][3]!.v).toBe(93.09);
    expect(cells[1][3]!.v).toBe(0);
    expect(cells[2][0]!.v).toBe(403550000);
    expect(cells[2][1]!.v).toBe(373770400);
    expect(cells[2][2]!.v).toBe(29779600);
    expect(cells[2][3]!.v).toBe(46.55);
  });

  it('leaves unsupported formulas, division by zero and cycles unknown, and never changes its input', () => {
    const model = sheetOf([
      [{ v: 0 }, { v: null, f: 'VLOOKUP(A1,B1:C2,2,FALSE)' }, { v: null, f: '10/A1' }, { v: null, f: 'D1+1' }],
      [{ v: null, f: 'A1;DROP TABLE' }, { v: null, f: 'C2' }, { v: null, f: 'B2' }],
    ]);
    const cells = withFormulaResults(model).sheets[0].cells;
    expect([cells[0][1]!.v, cells[0][2]!.v, cells[1][0]!.v, cells[1][1]!.v, cells[1][2]!.v]).toEqual([null, null, null, null, null]);
    expect(cells[0][3]!.v).toBeNull();
    expect(model.sheets[0].cells[0][2]!.v).toBeNull();
  });
});
