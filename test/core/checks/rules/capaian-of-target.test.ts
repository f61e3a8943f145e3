import { capaianRule } from '../../../../src/core/checks/capaian';
import type { CellSpec } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';

const HEADER = ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'];
const table = (...rows: CellSpec[][]) => [HEADER, ...rows.map((r, i) => [i + 1, ...r])];

ruleTester.run(capaianRule, {
  valid: [
    { name: '40,65 ÷ 35,52 × 100 = 114,44', rows: table(['Persentase PPKS yang tertangani', 35.52, 40.65, 114.44]) },
    { name: '70 ÷ 90 printed 77,78', rows: table(['Persentase lansia terlantar terlayani', 90, 70, 77.78]) },
    { name: 'percent cells stored as fractions', rows: table(['Persentase fakir miskin terlayani', { v: 0.9, fmt: '0%' }, { v: 0.8325, fmt: '0.00%' }, { v: 0.925, fmt: '0.00%' }]) },
    { name: 'lower is better: angka kemiskinan target 10, realisasi 8 → 120', rows: table(['Angka kemiskinan', 10, 8, 120]) },
  ],
  invalid: [
    {
      // domain.md §7: target 90 %, realisasi 83,25 %, printed capaian 100 % (true 92,50 %).
      name: 'target 90, realisasi 83,25 printed 100',
      rows: table(['Persentase PPKS yang tertangani', 90, 83.25, 100]),
      errors: [{ cell: 'E2', messageId: 'recomputedDiffers', severity: 'error' }],
    },
    {
      name: '77,77 for 77,7778 is rounding only',
      rows: table(['Persentase lansia terlantar terlayani', 90, 70, 77.77]),
      errors: [{ cell: 'E2', messageId: 'recomputedRounding', severity: 'info' }],
    },
    {
      name: 'capaian printed without a target',
      rows: table(['Persentase PPKS yang tertangani', null, 83.25, 92.5]),
      errors: [{ cell: 'E2', messageId: 'noTarget', severity: 'info' }],
    },
    {
      name: 'capaian printed without a realisasi',
      rows: table(['Persentase PPKS yang tertangani', 90, null, 92.5]),
      errors: [{ cell: 'E2', messageId: 'noData', severity: 'warning' }],
    },
    {
      name: 'a qualitative target ("Puas")',
      rows: table(['Indeks kepuasan masyarakat', 'Puas', 'Puas', 100]),
      errors: [{ cell: 'E2', messageId: 'qualitative', severity: 'info' }],
    },
  ],
});
