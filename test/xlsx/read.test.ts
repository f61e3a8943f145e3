import { evaluateMissingResults } from '../../src/core/model/evaluate';
import { loadWorkbook, loadWorkbookModel } from '../../src/xlsx/load';
import { xmlWorkbook } from './xml-workbook';

describe('reading formulas', () => {
  it('gives a cell filled from a shared formula its own formula, not the master address', async () => {
    // Excel writes a filled-down column this way: the master C1 carries the text, C2:C3 refer to it.
    const sheetData =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+B1</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><v>6</v></c><c r="C2"><f t="shared" si="0"/><v>11</v></c></row>' +
      '<row r="3"><c r="A3"><v>7</v></c><c r="B3"><v>8</v></c><c r="C3"><f t="shared" si="0"/></c></row>';
    const model = await loadWorkbookModel(await xmlWorkbook([{ name: 'S', sheetData }]), 'berbagi.xlsx');
    const cells = model.sheets[0].cells;
    expect([cells[0][2]!.f, cells[1][2]!.f, cells[2][2]!.f]).toEqual(['A1+B1', 'A2+B2', 'A3+B3']);
    expect(cells[1][2]!.v).toBe(11);
    expect(evaluateMissingResults(model).model.sheets[0].cells[2][2]!.v).toBe(15);
  });
});

describe('ExcelJS stays quiet', () => {
  it('reads a sheet name longer than Excel allows without ExcelJS printing its English warning', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const name = 'Realisasi Anggaran & Capaian Kinerja Tahun 2024';
      const bytes = await xmlWorkbook([{ name, sheetData: '<row r="1"><c r="A1"><v>1</v></c></row>' }]);
      const whole = await loadWorkbook(bytes, 'panjang.xlsx');
      const bySheet = await loadWorkbookModel(bytes, 'panjang.xlsx');
      expect(whole.model.sheets.map((s) => s.name)).toEqual(['Realisasi Anggaran & Capaian Ki']);
      expect(bySheet.sheets.map((s) => s.name)).toEqual(['Realisasi Anggaran & Capaian Ki']);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
