/** Budget formulas of domain.md §3: penyerapan (absorption) and sisa (what is left of the pagu). */

/** Penyerapan anggaran in points: realisasi ÷ pagu × 100; null when the pagu is 0 (or not a number). */
export function penyerapan(pagu: number, realisasi: number): number | null {
  if (!Number.isFinite(pagu) || pagu === 0 || !Number.isFinite(realisasi)) return null;
  return (realisasi / pagu) * 100;
}

/** Sisa / selisih: pagu − realisasi (negative when more was spent than the pagu). */
export function sisa(pagu: number, realisasi: number): number {
  const d = pagu - realisasi;
  return d === 0 ? 0 : d;
}
