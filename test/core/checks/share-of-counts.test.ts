import { sheet, workbook } from '../../support/grid-builder';
import { checkWorkbook } from '../../../src/core/periksa';
import { findingsOf, loud } from './run';

describe('a "%" after two count columns is the share of one in the other', () => {
  const model = workbook([
    sheet('SPM', [
      ['No', 'Jenis Pelayanan Dasar', 'Jumlah PPKS', 'Jumlah yang Terlayani', '%'],
      [1, 'Penyandang disabilitas terlantar', 131, 131, 100],
      [2, 'Anak terlantar', 114, 112, 98.25],
      [3, 'Lanjut usia terlantar', 1036, 1020, 98.46],
    ]),
  ]);

  it('112 of 114 is 98,25 % and 1.020 of 1.036 is 98,46 %: nothing to report', () => {
    expect(checkWorkbook(model).report.tables[0].columns).toMatchObject({ jumlah: 'C', persen: 'E' });
    expect(loud(findingsOf(model, 'ratio'))).toEqual([]);
  });

  it('a printed 98,46 % for 1.036 of 1.036 is an error expecting 100 %', () => {
    const wrong = workbook([
      sheet('SPM', [
        ['No', 'Jenis Pelayanan Dasar', 'Jumlah PPKS', 'Jumlah yang Terlayani', '%'],
        [1, 'Lanjut usia terlantar', 1036, 1036, 98.46],
      ]),
    ]);
    const fs = loud(findingsOf(wrong, 'ratio'));
    expect(fs.map((f) => [f.cell, f.expected])).toEqual([['E2', 100]]);
    expect(fs[0].message).toContain('1.036 ÷ 1.036 × 100');
  });
});
