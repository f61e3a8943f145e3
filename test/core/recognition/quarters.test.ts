import { recognizeWorkbook } from '../../../src/core/recognition/recognize';
import { columnLetter } from '../../../src/core/model/address';
import { sheet, workbook } from '../../support/grid-builder';

it('of quarterly realisasi columns (TW I … TW IV) the last quarter is the year\'s realisasi', () => {
  const model = workbook([
    sheet(
      'Kinerja',
      [
        ['No', 'Indikator', 'Target', 'Realisasi', null, null, null, 'Capaian (%)'],
        [null, null, null, 'TW I', 'TW II', 'TW III', 'TW IV', null],
        [1, 'Persentase PPKS yang tertangani', 80, 20, 40, 60, 82, 102.5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:G1', 'H1:H2'] },
    ),
  ]);
  const table = recognizeWorkbook(model).tables[0];
  const roles = Object.fromEntries(table.columns.map((c) => [columnLetter(c.col), c.role]));
  expect(roles).toMatchObject({ C: 'target', D: 'realisasi_lalu', E: 'realisasi_lalu', F: 'realisasi_lalu', G: 'realisasi', H: 'capaian' });
});
