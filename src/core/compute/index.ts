export { planComputedColumns, COLUMN_HEADERS } from './plan';
export { portableNames, scaleLambda } from './portable';
export { freezeFormulas, usesCermatFunctions } from './freeze';
export type { FreezePlan } from './freeze';
export { detectPolarity, LOWER_IS_BETTER_KEYWORDS } from '../formulas/polarity';
export type { PolarityGuess } from '../formulas/polarity';
export type { ComputedColumnKind, ComputedColumnsPlan, ComputeOptions, PlannedColumn, ScaleChoice } from './types';
