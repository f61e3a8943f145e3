/**
 * Averages of domain.md §3: a sasaran's capaian is the mean of its indicators' capaian; a
 * "rata-rata" absorption row is usually total realisasi ÷ total pagu, and one report averaged
 * realisasi and targets separately before dividing — both are the ratio of the sums.
 */

/** Sum with Neumaier compensation, so long money columns add up exactly as printed. */
export function sum(values: readonly number[]): number {
  let total = 0;
  let compensation = 0;
  for (const v of values) {
    const t = total + v;
    compensation += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  return total + compensation;
}

/** The arithmetic mean; null for no values or when any value is not a finite number. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return null;
  return sum(values) / values.length;
}

/** Σ numerators ÷ Σ denominators × 100; null when the lists differ in length, are empty, hold a non-number, or Σ denominators is 0. */
export function percentOfSums(numerators: readonly number[], denominators: readonly number[]): number | null {
  if (numerators.length !== denominators.length || numerators.length === 0) return null;
  if ([...numerators, ...denominators].some((v) => !Number.isFinite(v))) return null;
  const d = sum(denominators);
  return d === 0 ? null : (sum(numerators) / d) * 100;
}
