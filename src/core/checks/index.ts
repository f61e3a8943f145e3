/** Every rule, in the order their findings are listed. Adding a check: write one rule module, add it here. */
import { averageRule } from './average';
import { capaianRule } from './capaian';
import { crossTableRule } from './cross-table';
import { differenceRule } from './difference';
import { discoveredRule } from './discovered';
import { duplicateRule } from './duplicate';
import { efficiencyRule } from './efficiency';
import { formatRule } from './format';
import { groupCapaianRule } from './group-capaian';
import { predicateRule } from './predicate';
import { rangeRule } from './range';
import { ratioRule } from './ratio';
import type { Rule } from './rule';
import { scaleRule } from './scale';
import { statedRule } from './stated';
import { sumRule } from './sum';
import { yearRule } from './year';

export const RULES: readonly Rule[] = [
  // The formulas the sheet prints in its numbering row (same check ids as the header-based checks, so one finding per cell).
  statedRule,
  // Differences, then sums, then the percentages: a value computed from a cell's right value is no
  // error of its own (context.ts, corrections).
  differenceRule,
  sumRule,
  capaianRule,
  ratioRule,
  averageRule,
  groupCapaianRule,
  efficiencyRule,
  predicateRule,
  // After every header-based relation: only the columns none of them computes.
  discoveredRule,
  scaleRule,
  yearRule,
  // Cross-table runs after the others: it trusts a cell less when its own table already contradicts it.
  crossTableRule,
  formatRule,
  rangeRule,
  duplicateRule,
];
