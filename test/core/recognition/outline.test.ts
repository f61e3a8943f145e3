import { recognizeWorkbook } from '../../../src/core/recognition/recognize';
import { sheet, workbook } from '../../support/grid-builder';
import { findingsOf, loud } from '../checks/run';

const model = workbook([
  sheet('Anggaran', [
    ['No', 'Uraian', 'Pagu', 'Realisasi'],
    ['1', 'Program Rehabilitasi Sosial', 1111979500, 1063620200],
    ['1.1', 'Rehabilitasi Sosial Dasar di Luar Panti', 1033690900, 1001124700],
    ['1.1.1', 'Penyediaan Permakanan', 490890000, 476665000],
    ['1.1.2', 'Penyediaan Sandang', 542800900, 524459700],
    ['1.2', 'Rehabilitasi Sosial PMKS Lainnya', 78288600, 62495500],
    ['1.2.1', 'Penyediaan Perbekalan Kesehatan', 15177500, 12588240],
    ['1.2.2', 'Pemberian Bimbingan Fisik', 40011100, 39395500],
    ['1.2.3', 'Pemberian Bimbingan Sosial', 23100000, 23100000],
  ]),
]);

it('outline numbering 1 / 1.1 / 1.1.1 gives the hierarchy', () => {
  const rows = recognizeWorkbook(model).tables[0].rows;
  expect(rows.map((r) => [r.code, r.level, r.parent === null ? null : r.parent + 1])).toEqual([
    ['1', 0, null],
    ['1.1', 1, 2],
    ['1.1.1', 2, 3],
    ['1.1.2', 2, 3],
    ['1.2', 1, 2],
    ['1.2.1', 2, 6],
    ['1.2.2', 2, 6],
    ['1.2.3', 2, 6],
  ]);
});

it('finds the kegiatan whose realisasi leaves out a sub kegiatan (Pontianak: 62.495.500, subs 75.083.740)', () => {
  const fs = loud(findingsOf(model, 'sum'));
  expect(fs.map((f) => [f.cell, f.actual, f.expected])).toEqual([['D6', 62495500, 75083740]]);
});
