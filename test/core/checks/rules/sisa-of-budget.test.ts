import { differenceRule } from '../../../../src/core/checks/difference';
import { ruleTester } from './rule-tester';

const HEADER = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'];
const EFISIENSI = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Efisiensi (Rp)'];

// domain.md §7: a kegiatan's sisa printed 11.809.165, true 25.070.365.
ruleTester.run(differenceRule, {
  valid: [
    { name: 'sisa 25.070.365 = 244.970.000 − 219.899.635', rows: [HEADER, ['1.06.02', 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 25070365, 89.77]] },
    { name: 'the same typed as Indonesian text', rows: [HEADER, ['1.06.02', 'Program Perlindungan dan Jaminan Sosial', '244.970.000', '219.899.635', '25.070.365,-', 89.77]] },
    { name: '"-" as the sisa of a fully spent pagu', rows: [HEADER, ['1.06.02', 'Program Perlindungan dan Jaminan Sosial', 5000000, 5000000, '-', 100]] },
    { name: 'Efisiensi (Rp) 318.500 = 36.592.500 − 36.274.000', rows: [EFISIENSI, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 318500]] },
  ],
  invalid: [
    {
      name: 'sisa 11.809.165 printed for 25.070.365',
      rows: [HEADER, ['1.06.02', 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 11809165, 89.77]],
      errors: [{ cell: 'E2', messageId: 'recomputedDiffers', severity: 'error' }],
    },
    {
      name: 'Efisiensi (Rp) 418.500 printed for 318.500',
      rows: [EFISIENSI, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 418500]],
      errors: [{ cell: 'E2', messageId: 'recomputedDiffers', severity: 'error' }],
    },
  ],
});
