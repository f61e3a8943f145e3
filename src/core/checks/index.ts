/** Every check, in the order their findings are listed. Adding a check: write one module, add it here. */
import { averageCheck } from './average';
import { capaianCheck } from './capaian';
import type { CheckId } from '../report';
import type { Check } from './context';
import { crossTableCheck } from './cross-table';
import { differenceCheck } from './difference';
import { discoveredCheck } from './discovered';
import { duplicateCheck } from './duplicate';
import { efficiencyCheck } from './efficiency';
import { formatCheck } from './format';
import { groupCapaianCheck } from './group-capaian';
import { predicateCheck } from './predicate';
import { rangeCheck } from './range';
import { ratioCheck } from './ratio';
import { scaleCheck } from './scale';
import { statedCheck } from './stated';
import { sumCheck } from './sum';
import { yearCheck } from './year';

export const CHECKS: readonly { id: CheckId; run: Check }[] = [
  // The formulas the sheet prints in its numbering row (same check ids as the header-based checks, so one finding per cell).
  { id: 'ratio', run: statedCheck },
  // Differences, then sums, then the percentages: a value computed from a cell's right value is no
  // error of its own (context.ts, corrections).
  { id: 'difference', run: differenceCheck },
  { id: 'sum', run: sumCheck },
  { id: 'capaian', run: capaianCheck },
  { id: 'ratio', run: ratioCheck },
  { id: 'average', run: averageCheck },
  { id: 'average', run: groupCapaianCheck },
  { id: 'efficiency', run: efficiencyCheck },
  { id: 'predicate', run: predicateCheck },
  // After every header-based relation: only the columns none of them computes.
  { id: 'ratio', run: discoveredCheck },
  { id: 'scale', run: scaleCheck },
  { id: 'year', run: yearCheck },
  // Cross-table runs after the others: it trusts a cell less when its own table already contradicts it.
  { id: 'cross-table', run: crossTableCheck },
  { id: 'format', run: formatCheck },
  { id: 'range', run: rangeCheck },
  { id: 'duplicate', run: duplicateCheck },
];
