import { ratioRule } from '../../../../src/core/checks/ratio';
import { ruleTester } from './rule-tester';

const HEADER = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'];
const COUNTS = ['No', 'Uraian', 'Jumlah PPKS', 'Jumlah PPKS Tertangani', '%'];

ruleTester.run(ratioRule, {
  valid: [
    { name: '36.274.000 ÷ 36.592.500 × 100 = 99,13', rows: [HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13]] },
    { name: 'a share of two counts: 45 of 60 = 75 %', rows: [COUNTS, [1, 'Kecamatan Tanjungpinang Barat', 60, 45, 75], [2, 'Kecamatan Bukit Bestari', 80, 60, 75]] },
  ],
  invalid: [
    {
      // domain.md §7: 36.274.000 / 36.592.500 printed 75,49 % (true 99,13 %).
      name: 'absorption printed 75,49 for 99,13',
      rows: [HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 75.49]],
      errors: [{ cell: 'E2', messageId: 'recomputedDiffers', severity: 'error' }],
    },
    {
      name: 'absorption 99,12 for 99,1296 is rounding only',
      rows: [HEADER, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.12]],
      errors: [{ cell: 'E2', messageId: 'recomputedRounding', severity: 'info' }],
    },
    {
      name: 'a share of two counts printed 80 for 75',
      rows: [COUNTS, [1, 'Kecamatan Tanjungpinang Barat', 60, 45, 80], [2, 'Kecamatan Bukit Bestari', 80, 60, 75]],
      errors: [{ cell: 'E2', messageId: 'recomputedDiffers', severity: 'error' }],
    },
  ],
});
