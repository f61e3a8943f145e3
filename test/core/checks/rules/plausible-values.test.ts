import { rangeRule } from '../../../../src/core/checks/range';
import { ruleTester } from './rule-tester';

const BUDGET = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)'];

ruleTester.run(rangeRule, {
  valid: [
    { name: 'realisasi within its pagu, and within half a rupiah of it', rows: [BUDGET, [1, 'Program Rehabilitasi Sosial', 100000000, 100000000], [2, 'Program Perlindungan Sosial', 100000000, 100000000.4]] },
    { name: 'capaian 114,44 %', rows: [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], [1, 'Persentase PPKS yang tertangani', 35.52, 40.65, 114.44]] },
  ],
  invalid: [
    {
      name: 'realisasi 120.000.000 above a pagu of 100.000.000',
      rows: [[...BUDGET, '%'], [1, 'Program Rehabilitasi Sosial', 100000000, 120000000, 120]],
      errors: [{ cell: 'D2', messageId: 'overPagu', severity: 'warning' }],
    },
    {
      name: 'a negative pagu and a negative realisasi',
      rows: [BUDGET, [1, 'Program Rehabilitasi Sosial', -5000000, 0], [2, 'Program Perlindungan Sosial', 5000000, '(1.000)']],
      errors: [
        { cell: 'C2', messageId: 'negativePagu', severity: 'warning' },
        { cell: 'D3', messageId: 'negativeRealisasi', severity: 'warning' },
      ],
    },
    {
      // domain.md §3: reports print 286,8 %.
      name: 'capaian 286,8 %',
      rows: [['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], [1, 'Persentase PPKS yang mendapat bantuan', 50, 143.4, 286.8]],
      errors: [{ cell: 'E2', messageId: 'capaianAbove200', severity: 'info' }],
    },
  ],
});
