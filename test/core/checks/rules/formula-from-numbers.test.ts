import { discoveredRule } from '../../../../src/core/checks/discovered';
import type { CellSpec } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';
import { quarterly, ROW_NAMES as NAMES, sum } from '../../../support/quarterly-table';


// A column whose header names no role ("Skor") that holds realisasi ÷ target × 100.
const RATIO = ['No', 'Indikator', 'Target', 'Realisasi', 'Skor'];
const PAIRS: [number, number][] = [[60, 45], [80, 60], [40, 30], [24, 18], [36, 27], [90, 72]];
const ratios = (wrong: number | null): CellSpec[][] => [RATIO, ...PAIRS.map(([t, r], i) => [i + 1, NAMES[i], t, r, i === 1 && wrong !== null ? wrong : Math.round((r / t) * 10000) / 100])];

ruleTester.run(discoveredRule, {
  valid: [
    { name: 'a total that is the sum of its quarters', rows: quarterly(sum) },
    { name: 'a ratio column that holds on every row', rows: ratios(null) },
    { name: 'a column no formula explains is left alone', rows: quarterly((_q, i) => [17, 4, 950, 2, 33, 8][i]) },
  ],
  invalid: [
    {
      name: 'the row whose total is not the sum of its quarters',
      rows: quarterly((q, i) => (i === 3 ? 180 : sum(q))),
      errors: [{ cell: 'H5', messageId: 'recomputedDiffers', severity: 'error', check: 'sum' }],
    },
    {
      name: 'a Skor 70 where 60 ÷ 80 × 100 = 75',
      rows: ratios(70),
      errors: [{ cell: 'E3', messageId: 'recomputedDiffers', severity: 'error', check: 'ratio' }],
    },
  ],
});
