import { predicateRule } from '../../../../src/core/checks/predicate';
import { sheet, workbook, type CellSpec } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';

// domain.md §4: the ordinal 4-level scale, printed in the workbook.
const SCALE = sheet('Skala', [
  ['Skala Penilaian'],
  ['No', 'Interval Nilai', 'Predikat'],
  [1, '> 85', 'Sangat Berhasil'],
  [2, '70 < x ≤ 85', 'Berhasil'],
  [3, '55 < x ≤ 70', 'Cukup Berhasil'],
  [4, '≤ 55', 'Tidak Berhasil'],
]);
const kinerja = (rows: CellSpec[][]) =>
  workbook([SCALE, sheet('Kinerja', [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian', 'Predikat'], ...rows.map((r, i) => [i + 1, ...r])])]);
const AVERAGE = [
  ['No', 'Indikator', 'Capaian (%)', 'Penyerapan (%)'],
  [1, 'Persentase PPKS yang tertangani', 92.5, 99.13],
  [2, 'Persentase lansia terlantar terlayani', 85, 89.77],
  [null, 'Rata-rata', 88.75, 94.45],
];

ruleTester.run(predicateRule, {
  valid: [
    {
      name: 'every label fits its capaian',
      model: kinerja([
        ['Persentase PPKS yang tertangani', 100, 55, 55, 'Tidak Berhasil'],
        ['Persentase lansia terlantar terlayani', 100, 90, 90, 'Sangat Berhasil'],
        ['Persentase fakir miskin terlayani', 100, 75, 75, 'Berhasil'],
      ]),
    },
  ],
  invalid: [
    {
      // domain.md §7: 55 % labelled "Berhasil" under a scale where ≤ 55 is "Tidak Berhasil".
      name: '55 labelled "Berhasil"',
      model: kinerja([
        ['Persentase PPKS yang tertangani', 100, 55, 55, 'Berhasil'],
        ['Persentase lansia terlantar terlayani', 100, 90, 90, 'Sangat Berhasil'],
        ['Persentase fakir miskin terlayani', 100, 75, 75, 'Berhasil'],
      ]),
      errors: [{ sheet: 'Kinerja', cell: 'F2', messageId: 'differs', severity: 'error' }],
    },
    {
      name: 'a blank label is given its predicate',
      model: kinerja([
        ['Persentase PPKS yang tertangani', 100, 55, 55, null],
        ['Persentase lansia terlantar terlayani', 100, 90, 90, 'Sangat Berhasil'],
        ['Persentase fakir miskin terlayani', 100, 75, 75, 'Berhasil'],
      ]),
      errors: [{ sheet: 'Kinerja', cell: 'F2', messageId: 'blank', severity: 'info' }],
    },
    {
      name: 'a "Predikat Kinerja" line under the Rata-rata line',
      model: workbook([SCALE, sheet('Efisiensi', [...AVERAGE, [null, 'Predikat Kinerja', 'Berhasil', 'Cukup Berhasil']])]),
      errors: [
        { sheet: 'Efisiensi', cell: 'C5', messageId: 'summaryDiffers', severity: 'error' },
        { sheet: 'Efisiensi', cell: 'D5', messageId: 'summaryDiffers', severity: 'error' },
      ],
    },
  ],
});
