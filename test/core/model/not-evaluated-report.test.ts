import { checkWorkbook } from '../../../src/core/periksa';
import type { WorkbookModel } from '../../../src/core/model/workbook';

describe('formulas left without a result in the report', () => {
  it('adds one info finding per sheet naming the first such cell and how many others', () => {
    const model: WorkbookModel = {
      name: 'rumus.xlsx',
      sheets: [{ name: 'Data', cells: [[{ v: 1 }, { v: null, f: 'VLOOKUP(A1,A1:A1,1,FALSE)' }, { v: null, f: 'INDIRECT("A1")' }]], rowCount: 1, colCount: 3, merges: [] }],
    };
    const notes = checkWorkbook(model).report.findings.filter((f) => f.check === 'formula');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ sheet: 'Data', cell: 'B1', severity: 'info' });
    expect(notes[0].message).toContain('Rumus di B1 dan 1 rumus lain tidak menyimpan hasil');
    expect(notes[0].message).toContain('di luar yang dapat dihitung Cermat');
  });
});
