import { scaleRule } from '../../../../src/core/checks/scale';
import { ruleTester } from './rule-tester';

ruleTester.run(scaleRule, {
  valid: [
    {
      name: 'the ordinal 4-level scale covers every value once',
      rows: [
        ['No', 'Interval Nilai', 'Predikat'],
        [1, '> 85', 'Sangat Berhasil'],
        [2, '70 < x ≤ 85', 'Berhasil'],
        [3, '55 < x ≤ 70', 'Cukup Berhasil'],
        [4, '≤ 55', 'Tidak Berhasil'],
      ],
    },
  ],
  invalid: [
    {
      // domain.md §4: "90 ≤ 100 / 76 s/d <90 / 66 s/d <75 / 51 s/d <65 / 0 s/d <50".
      name: 'gaps at 75–76, 65–66, 50–51 and nothing above 100',
      rows: [
        ['Skala Nilai Peringkat Kinerja'],
        ['No', 'Interval Nilai Capaian', 'Kategori'],
        [1, '90 ≤ 100', 'Sangat Tinggi'],
        [2, '76 s/d <90', 'Tinggi'],
        [3, '66 s/d <75', 'Sedang'],
        [4, '51 s/d <65', 'Rendah'],
        [5, '0 s/d <50', 'Sangat Rendah'],
      ],
      errors: [
        { cell: 'A7', messageId: 'issue', severity: 'error' },
        { cell: 'A6', messageId: 'issue', severity: 'error' },
        { cell: 'A5', messageId: 'issue', severity: 'error' },
        { cell: 'A3', messageId: 'issue', severity: 'warning' },
      ],
    },
  ],
});
