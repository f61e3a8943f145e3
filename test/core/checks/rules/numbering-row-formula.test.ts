import { statedRule } from '../../../../src/core/checks/stated';
import type { CellSpec } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';

const form = (rows: CellSpec[][]): CellSpec[][] => [
  ['No', 'Uraian', 'Rencana', 'Realisasi', 'Deviasi', 'Progres'],
  [1, 2, 3, 4, '5 = 3 - 4', '6 = 4/3x100'],
  ...rows,
];
const ROWS: CellSpec[][] = [
  [1, 'Penyediaan Permakanan', 1000, 800, 200, 80],
  [2, 'Penyediaan Sandang', 500, 450, 50, 90],
  [3, 'Penyediaan Alat Bantu', 400, 100, 300, 25],
];

ruleTester.run(statedRule, {
  valid: [{ name: 'every row keeps "5 = 3 - 4" and "6 = 4/3x100"', rows: form(ROWS) }],
  invalid: [
    {
      name: 'a deviation 60 for 500 − 450 and a progress 52 for 100 ÷ 400 × 100',
      rows: form([ROWS[0], [2, 'Penyediaan Sandang', 500, 450, 60, 90], [3, 'Penyediaan Alat Bantu', 400, 100, 300, 52]]),
      errors: [
        { cell: 'E4', messageId: 'recomputedDiffers', check: 'difference' },
        { cell: 'F5', messageId: 'recomputedDiffers', check: 'ratio' },
      ],
    },
  ],
});
