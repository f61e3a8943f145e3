/**
 * Efisiensi: the three meanings of domain.md §3, each named.
 * 1. `selisih`: tingkat efisiensi = capaian kinerja (%) − penyerapan anggaran (%) (Tanjungpinang, Dumai).
 * 2. `sisa-anggaran`: efisiensi anggaran = (pagu − realisasi) ÷ pagu × 100 (Pontianak).
 * 3. `label`: a category only (Tarakan): "Efisien" when capaian ≥ 100 and penyerapan < capaian,
 *    "Tidak Efisien" when capaian < 100 and penyerapan > capaian. The report leaves the other four
 *    combinations unlabelled; `kategoriEfisiensi` gives each its own label (see CATEGORY_RULE).
 */
import { sisa } from './budget';

export type EfficiencyMeaning = 'selisih' | 'sisa-anggaran' | 'label';

export const EFFICIENCY_MEANING_LABEL: Record<EfficiencyMeaning, string> = {
  selisih: 'Selisih capaian kinerja dan penyerapan anggaran (capaian − penyerapan)',
  'sisa-anggaran': 'Sisa anggaran terhadap pagu ((pagu − realisasi) ÷ pagu × 100)',
  label: 'Kategori efisiensi (Efisien / Tidak Efisien)',
};

/** Meaning 1: capaian − penyerapan, in points. Positive = efisien. */
export function efisiensiSelisih(capaian: number, penyerapan: number): number {
  const d = capaian - penyerapan;
  return d === 0 ? 0 : d;
}

/** Meaning 2: (pagu − realisasi) ÷ pagu × 100; null when the pagu is 0 (or not a number). */
export function efisiensiAnggaran(pagu: number, realisasi: number): number | null {
  if (!Number.isFinite(pagu) || pagu === 0 || !Number.isFinite(realisasi)) return null;
  return (sisa(pagu, realisasi) / pagu) * 100;
}

export type EfficiencyCategory =
  | 'Efisien'
  | 'Seimbang'
  | 'Kurang Efisien'
  | 'Efisien, Target Belum Tercapai'
  | 'Seimbang, Target Belum Tercapai'
  | 'Tidak Efisien'
  | 'Tidak Dapat Dinilai';

/** Why each category is given (Indonesian, for the user). The first and sixth are Tarakan's own rule. */
export const CATEGORY_RULE: Record<EfficiencyCategory, string> = {
  Efisien: 'Capaian kinerja ≥ 100 % dan penyerapan anggaran lebih kecil dari capaian',
  Seimbang: 'Capaian kinerja ≥ 100 % dan penyerapan anggaran sama dengan capaian',
  'Kurang Efisien': 'Capaian kinerja ≥ 100 % tetapi penyerapan anggaran lebih besar dari capaian',
  'Efisien, Target Belum Tercapai': 'Capaian kinerja < 100 % dan penyerapan anggaran lebih kecil dari capaian',
  'Seimbang, Target Belum Tercapai': 'Capaian kinerja < 100 % dan penyerapan anggaran sama dengan capaian',
  'Tidak Efisien': 'Capaian kinerja < 100 % dan penyerapan anggaran lebih besar dari capaian',
  'Tidak Dapat Dinilai': 'Capaian kinerja atau penyerapan anggaran bukan angka',
};

/** Compared at the two decimals the reports print, so 99,999 counts as 100 and 87,111 equals 87,11. */
function atPrintedPrecision(points: number): number {
  return Math.round(points * 100) / 100;
}

/** The efficiency category of one row from its capaian and penyerapan (both in points). */
export function kategoriEfisiensi(capaian: number, penyerapan: number): EfficiencyCategory {
  if (!Number.isFinite(capaian) || !Number.isFinite(penyerapan)) return 'Tidak Dapat Dinilai';
  const c = atPrintedPrecision(capaian);
  const p = atPrintedPrecision(penyerapan);
  if (c >= 100) return p < c ? 'Efisien' : p === c ? 'Seimbang' : 'Kurang Efisien';
  return p < c ? 'Efisien, Target Belum Tercapai' : p === c ? 'Seimbang, Target Belum Tercapai' : 'Tidak Efisien';
}
