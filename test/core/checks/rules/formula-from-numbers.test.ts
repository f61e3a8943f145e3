import { discoveredRule } from '../../../../src/core/checks/discovered';
import type { CellSpec } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';

const QUARTERS = ['No', 'Uraian', 'Rencana (Rp)', 'TW I', 'TW II', 'TW III', 'TW IV', 'Total'];
const ROWS: [number, number, number, number][] = [
  [120, 340, 210, 90],
  [55, 60, 75, 80],
  [900, 1200, 1100, 1300],
  [40, 35, 50, 45],
  [300, 280, 310, 290],
  [77, 81, 69, 93],
];
const NAMES = ['Penyediaan Permakanan', 'Penyediaan Sandang', 'Penyediaan Alat Bantu', 'Layanan Rehabilitasi', 'Bimbingan Teknis', 'Pendataan Fakir Miskin'];
const quarterly = (total: (q: number[], i: number) => number): CellSpec[][] => [QUARTERS, ...ROWS.map((q, i) => [i + 1, NAMES[i], 5000, ...q, total(q, i)])];
const sum = (q: number[]) => q.reduce((a, b) => a + b, 0);

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
