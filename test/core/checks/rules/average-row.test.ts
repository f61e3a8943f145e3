import { averageRule } from '../../../../src/core/checks/average';
import { ruleTester } from './rule-tester';

const table = (average: number) => [
  ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
  [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
  [2, 'Persentase lansia terlantar terlayani', 100, 85, 85],
  [null, 'Rata-rata', null, null, average],
];

ruleTester.run(averageRule, {
  valid: [{ name: 'Rata-rata 88,75 of 92,5 and 85', rows: table(88.75) }],
  invalid: [
    // domain.md §7: an average row printed 88,76 where the mean is 88,795 — here 88,85 for 88,75.
    { name: 'Rata-rata printed 88,85 for 88,75', rows: table(88.85), errors: [{ cell: 'E4', messageId: 'recomputedDiffers', severity: 'error' }] },
  ],
});
