import { SheetCells } from '../../src/xlsx/patch/cells';

const SHEET = (p: string) =>
  `<${p}worksheet xmlns${p ? ':' + p.slice(0, -1) : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${p}cols><${p}col min="4" max="6" width="9" style="7"/></${p}cols><${p}sheetData>` +
  `<${p}row r="1"><${p}c r="A1" s="2"><${p}v>1</${p}v></${p}c><${p}c><${p}v>2</${p}v></${p}c></${p}row>` +
  `<${p}row r="3" s="5" customFormat="1"/>` +
  `</${p}sheetData></${p}worksheet>`;

describe.each(['', 'x:'])('SheetCells (prefix "%s")', (p) => {
  it('reads the style of listed cells, of cells without an address, and of row and column styles', () => {
    const cells = new SheetCells(SHEET(p), p);
    expect(cells.styles([{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 2, col: 0 }, { row: 1, col: 4 }, { row: 1, col: 0 }])).toEqual([2, 0, 5, 7, 0]);
  });

  it('restyles only the cells asked for, adding missing cells and rows in order, values untouched', () => {
    const cells = new SheetCells(SHEET(p), p);
    cells.setStyles(new Map([['B1', 9], ['D2', 11], ['B2', 10], ['C3', 12], ['A5', 13]]));
    expect(cells.text()).toBe(
      `<${p}worksheet xmlns${p ? ':' + p.slice(0, -1) : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<${p}cols><${p}col min="4" max="6" width="9" style="7"/></${p}cols><${p}sheetData>` +
        `<${p}row r="1"><${p}c r="A1" s="2"><${p}v>1</${p}v></${p}c><${p}c s="9"><${p}v>2</${p}v></${p}c></${p}row>` +
        `<${p}row r="2"><${p}c r="B2" s="10"/><${p}c r="D2" s="11"/></${p}row>` +
        `<${p}row r="3" s="5" customFormat="1"><${p}c r="C3" s="12"/></${p}row>` +
        `<${p}row r="5"><${p}c r="A5" s="13"/></${p}row>` +
        `</${p}sheetData></${p}worksheet>`,
    );
  });
});
