/** A value right for its inputs' right values is no error of its own; only the wrong input is blamed. */
import { checkWorkbook } from '../../../src/core/periksa';
import { oneSheet } from '../../support/grid-builder';
import { brief, loud } from './run';

const HEADER = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'];

it('a parent realisasi that omits a child is blamed; its sisa, right for the true realisasi, is not', () => {
  // 1.06.04: realisasi printed 200.000.000 but its children add up to 210.000.000; the sisa printed is 250 − 210.
  const model = oneSheet([
    HEADER,
    ['1.06.04', 'Program Rehabilitasi Sosial', 250000000, 200000000, 40000000],
    ['1.06.04.2.02', 'Rehabilitasi Sosial Dasar', 250000000, 210000000, 40000000],
    ['1.06.04.2.02.0001', 'Penyediaan Permakanan', 13261200, 10000000, 3261200],
    ['1.06.04.2.02.0002', 'Penyediaan Sandang', 150000000, 130000000, 20000000],
    ['1.06.04.2.02.0003', 'Penyediaan Alat Bantu', 86738800, 70000000, 16738800],
  ]);
  expect(brief(loud(checkWorkbook(model).report.findings))).toEqual(['Lembar1!D2 sum error']);
});

it('a wrong sisa of a child does not make its parent\'s sisa a wrong subtotal', () => {
  const model = oneSheet([
    HEADER,
    ['1.06.04', 'Program Rehabilitasi Sosial', 250000000, 210000000, 40000000],
    ['1.06.04.2.02', 'Rehabilitasi Sosial Dasar', 250000000, 210000000, 40000000],
    ['1.06.04.2.02.0001', 'Penyediaan Permakanan', 13261200, 10000000, 3261200],
    ['1.06.04.2.02.0002', 'Penyediaan Sandang', 150000000, 130000000, 21500000],
    ['1.06.04.2.02.0003', 'Penyediaan Alat Bantu', 86738800, 70000000, 16738800],
  ]);
  expect(brief(loud(checkWorkbook(model).report.findings))).toEqual(['Lembar1!E5 difference error']);
});
