/**
 * The tolerance rule of domain.md §5: a printed value agrees with the computed one when they differ
 * by less than one unit of the last printed digit (77,77 vs 77,7778 agrees; 101,04 vs 101,41 does
 * not; 179 vs 178,57 agrees). A difference within that unit is at most an informational note.
 */

export type Agreement = 'exact' | 'rounding' | 'differs';

/** Relative float noise allowed on top of the rule (1e-12: a rupiah is still a rupiah on 10^13). */
const EPS = 1e-12;

/** One unit of the last printed digit: 0,01 for two decimals, 1 for a whole number. */
export function unitOf(decimals: number): number {
  return Math.pow(10, -Math.max(0, decimals));
}

/**
 * Compares a printed value (with its printed decimals) with the computed one: `exact` when the
 * printed value is the computed one rounded (half a unit), `rounding` when within one unit
 * (truncation, a rounding slip), `differs` otherwise.
 */
export function compareAtPrecision(printed: number, decimals: number, computed: number): Agreement {
  const diff = Math.abs(printed - computed);
  const unit = unitOf(decimals);
  const scale = EPS * Math.max(1, Math.abs(printed), Math.abs(computed));
  if (diff <= unit / 2 + scale) return 'exact';
  if (diff < unit - scale) return 'rounding';
  return 'differs';
}

/** True when the printed value agrees with the computed one at the printed precision. */
export function agrees(printed: number, decimals: number, computed: number): boolean {
  return compareAtPrecision(printed, decimals, computed) !== 'differs';
}
