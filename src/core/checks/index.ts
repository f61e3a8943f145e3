/** Every check, in the order their findings are listed. Adding a check: write one module, add it here. */
import { averageCheck } from './average';
import { capaianCheck } from './capaian';
import type { Check } from './context';
import { crossTableCheck } from './cross-table';
import { differenceCheck } from './difference';
import { duplicateCheck } from './duplicate';
import { efficiencyCheck } from './efficiency';
import { formatCheck } from './format';
import { predicateCheck } from './predicate';
import { rangeCheck } from './range';
import { ratioCheck } from './ratio';
import { scaleCheck } from './scale';
import { sumCheck } from './sum';
import { yearCheck } from './year';

export const CHECKS: readonly Check[] = [
  capaianCheck,
  ratioCheck,
  differenceCheck,
  sumCheck,
  averageCheck,
  efficiencyCheck,
  predicateCheck,
  scaleCheck,
  yearCheck,
  crossTableCheck,
  formatCheck,
  rangeCheck,
  duplicateCheck,
];
