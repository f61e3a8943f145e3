import { evaluateMissingResults, withFormulaResults } from '../../../src/core/model/evaluate';
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

describe('bounded evaluation', () => {
  it('reads a range reaching to XFD1048576 only inside the used range', () => {
    // Four SUM(E21:XFD1048576) without cached values over a 30-row × 8-column sheet.
    const rows: (Cell | undefined)[][] = Array.from({ length: 30 }, (_, r) => [undefined, undefined, undefined, undefined, { v: r + 1 }, undefined, undefined, { v: 2 }]);
    for (let i = 0; i < 4; i++) rows[i][0] = { v: null, f: 'SUM(E21:XFD1048576)' };
    const model: WorkbookModel = { sheets: [{ name: 'S', cells: rows, rowCount: 30, colCount: 8, merges: [] }] };
    const { model: filled, notEvaluated } = evaluateMissingResults(model);
    // E21..E30 = 21..30 → 255; H21..H30 = 10 × 2 → 20.
    expect(filled.sheets[0].cells.slice(0, 4).map((r) => r[0]!.v)).toEqual([275, 275, 275, 275]);
    expect(notEvaluated).toEqual([]);
  });

  it('evaluates a 30 000-row chain of formulas, each reading the next row, once per cell', () => {
    const n = 30_000;
    const rows: (Cell | undefined)[][] = Array.from({ length: n }, (_, r) => [r === n - 1 ? { v: 1 } : { v: null, f: `A${r + 2}+1` }]);
    const model: WorkbookModel = { sheets: [{ name: 'S', cells: rows, rowCount: n, colCount: 1, merges: [] }] };
    const { model: filled, notEvaluated } = evaluateMissingResults(model);
    expect(filled.sheets[0].cells[0][0]!.v).toBe(n);
    expect(filled.sheets[0].cells[n - 2][0]!.v).toBe(2);
    expect(notEvaluated).toEqual([]);
  });

  it('stops at the work limit and says which formulas were left unknown', () => {
    // 200 totals each summing the whole 200-row column: 40 000 reads, above a limit of 10 000.
    const rows: (Cell | undefined)[][] = Array.from({ length: 200 }, (_, r) => [{ v: r }, { v: null, f: 'SUM(A1:A200)' }]);
    const model: WorkbookModel = { sheets: [{ name: 'Besar', cells: rows, rowCount: 200, colCount: 2, merges: [] }] };
    const { model: filled, notEvaluated } = evaluateMissingResults(model, 10_000);
    const results = filled.sheets[0].cells.map((r) => r[1]!.v);
    const computed = results.filter((v) => v !== null);
    expect(computed.length).toBeGreaterThan(0);
    expect(new Set(computed)).toEqual(new Set([19_900]));
    expect(notEvaluated).toEqual([{ sheet: 'Besar', count: 200 - computed.length, first: `B${computed.length + 1}`, limitReached: true }]);
  });

  it('names formulas outside the subset without blaming the limit', () => {
    const model = sheetOf([[{ v: 1 }, { v: null, f: 'VLOOKUP(A1,A1:A1,1,FALSE)' }, { v: null, f: 'B1+C2' }]]);
    expect(evaluateMissingResults(model).notEvaluated).toEqual([{ sheet: 'S', count: 2, first: 'B1', limitReached: false }]);
  });
});
