/**
 * Performance indicators as the reports word them, with their unit and direction: most are
 * higher-is-better; some ("angka kemiskinan", "jumlah kasus", "waktu layanan") are lower-is-better
 * and their capaian is (2 × target − realisasi) / target × 100 (domain.md §3).
 */
import { inversePercent, percentOf, type Expr, type Pos } from './expr';
import type { Rng } from './prng';

export interface Indicator {
  name: string;
  satuan: string;
  /** Decimals the quantity is written with. */
  decimals: number;
  lower: boolean;
  /** A percentage indicator: realisasi cannot exceed 100. */
  percent: boolean;
  /** Quarterly figures add up to the year's (counts), rather than only the last quarter counting. */
  additive: boolean;
  range: [number, number];
}

const HIGHER: Indicator[] = [
  { name: 'Persentase PPKS yang tertangani', satuan: '%', decimals: 2, lower: false, percent: true, additive: false, range: [60, 95] },
  { name: 'Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya', satuan: '%', decimals: 2, lower: false, percent: true, additive: false, range: [50, 95] },
  { name: 'Persentase korban bencana yang menerima bantuan sosial', satuan: '%', decimals: 2, lower: false, percent: true, additive: false, range: [70, 98] },
  { name: 'Persentase laporan keuangan yang disusun tepat waktu', satuan: 'Persen', decimals: 0, lower: false, percent: true, additive: false, range: [80, 100] },
  { name: 'Jumlah keluarga penerima manfaat bantuan sosial', satuan: 'KK', decimals: 0, lower: false, percent: false, additive: true, range: [200, 5000] },
  { name: 'Jumlah anak terlantar yang mendapat layanan', satuan: 'Orang', decimals: 0, lower: false, percent: false, additive: true, range: [20, 400] },
  { name: 'Jumlah dokumen perencanaan yang tersusun', satuan: 'Dokumen', decimals: 0, lower: false, percent: false, additive: true, range: [4, 20] },
  { name: 'Jumlah desa mandiri', satuan: 'Desa', decimals: 0, lower: false, percent: false, additive: true, range: [5, 60] },
  { name: 'Indeks kepuasan masyarakat', satuan: 'Indeks', decimals: 2, lower: false, percent: false, additive: false, range: [70, 90] },
  { name: 'Nilai SAKIP perangkat daerah', satuan: 'Nilai', decimals: 2, lower: false, percent: false, additive: false, range: [60, 85] },
];

const LOWER: Indicator[] = [
  { name: 'Angka kemiskinan', satuan: '%', decimals: 2, lower: true, percent: true, additive: false, range: [4, 12] },
  { name: 'Jumlah kasus kekerasan terhadap anak', satuan: 'Kasus', decimals: 0, lower: true, percent: false, additive: true, range: [20, 150] },
  { name: 'Waktu layanan penerbitan rekomendasi', satuan: 'Hari', decimals: 0, lower: true, percent: false, additive: false, range: [3, 14] },
  { name: 'Tingkat pengangguran terbuka', satuan: '%', decimals: 2, lower: true, percent: true, additive: false, range: [3, 9] },
];

export function drawIndicators(rng: Rng, n: number, options: { lower?: boolean } = {}): Indicator[] {
  const pool = options.lower === false ? HIGHER : [...HIGHER, ...LOWER.filter(() => rng.chance(0.5))];
  return rng.shuffle(pool).slice(0, Math.min(n, pool.length));
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

export function drawTarget(rng: Rng, ind: Indicator): number {
  return round(rng.real(...ind.range), ind.decimals) || 1;
}

/** A realisation near the target (60–125 % of it), within 100 for a percentage indicator. */
export function drawRealisasi(rng: Rng, ind: Indicator, target: number): number {
  const r = round(target * rng.real(0.6, 1.25), ind.decimals);
  return ind.percent && !ind.lower ? Math.min(r, 100) : Math.max(r, ind.decimals ? 0.01 : 1);
}

/** Capaian of realisasi against target, in the indicator's direction. */
export function capaianExpr(ind: Indicator, realisasi: Pos, target: Pos): Expr {
  return ind.lower ? inversePercent(realisasi, target) : percentOf(realisasi, target);
}

/** Splits a whole into `n` non-negative parts of the given decimals that add up exactly. */
export function split(rng: Rng, whole: number, n: number, decimals: number): number[] {
  const weights = Array.from({ length: n }, () => rng.real(0.5, 1.5));
  const total = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => round((whole * w) / total, decimals));
  parts[n - 1] = round(whole - parts.slice(0, -1).reduce((a, b) => a + b, 0), decimals);
  if (parts[n - 1] < 0) return [whole, ...Array(n - 1).fill(0)];
  return parts;
}
