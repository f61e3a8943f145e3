import { sumRule } from '../../../../src/core/checks/sum';
import { ruleTester } from './rule-tester';

const HIERARCHY = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)'];
const program = (pagu: number) => [
  HIERARCHY,
  ['1.06.04', 'Program Rehabilitasi Sosial', pagu, 210000000],
  ['1.06.04.2.02', 'Rehabilitasi Sosial Dasar Penyandang Disabilitas', 250000000, 210000000],
  ['1.06.04.2.02.0001', 'Penyediaan Permakanan', 13261200, 10000000],
  ['1.06.04.2.02.0002', 'Penyediaan Sandang', 150000000, 130000000],
  ['1.06.04.2.02.0003', 'Penyediaan Alat Bantu', 86738800, 70000000],
];
const jumlah = (pagu: number) => [
  ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
  [1, 'Program Rehabilitasi Sosial', 6000000000, 5000000000],
  [2, 'Program Perlindungan dan Jaminan Sosial', 6387484416, 6000000000],
  [null, 'Jumlah', pagu, 11000000000],
];

ruleTester.run(sumRule, {
  valid: [
    { name: 'Program = Kegiatan = Σ Sub Kegiatan (250.000.000)', rows: program(250000000) },
    { name: 'Jumlah 12.387.484.416 of two programs', rows: jumlah(12387484416) },
  ],
  invalid: [
    {
      // domain.md §7: the program total omits one sub kegiatan (Rp 13.261.200).
      name: 'the program pagu 236.738.800 omits the sub kegiatan of 13.261.200',
      rows: program(236738800),
      errors: [{ cell: 'C2', messageId: 'differsOne', severity: 'error' }],
    },
    {
      name: 'a Jumlah 12 rupiah off',
      rows: jumlah(12387484404),
      errors: [{ cell: 'C4', messageId: 'differs', severity: 'error' }],
    },
    {
      name: 'a Jumlah typed as malformed text',
      rows: jumlah(0).map((r, i) => (i === 3 ? [null, 'Jumlah', '12.387.484.41', 11000000000] : r)),
      errors: [{ cell: 'C4', messageId: 'unreadable', severity: 'error' }],
    },
    {
      name: 'a whole-rupiah Jumlah of amounts with cents: rounding only',
      rows: [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'],
        [1, 'Program Rehabilitasi Sosial', { v: 6000000000.4, fmt: '#,##0.00' }, 5000000000],
        [2, 'Program Perlindungan dan Jaminan Sosial', { v: 6387484416.3, fmt: '#,##0.00' }, 6000000000],
        [null, 'Jumlah', 12387484416, 11000000000],
      ],
      errors: [{ cell: 'C4', messageId: 'rounding', severity: 'info' }],
    },
  ],
});
