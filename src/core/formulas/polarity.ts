/**
 * Which way an indicator is better (domain.md §3): most are higher-is-better; indicators such as
 * "angka kemiskinan" or "jumlah kasus" are lower-is-better and use the `turun` formula
 * (2 × target − realisasi) / target × 100.
 */
import type { Polarity } from './capaian';

/** Wording that marks an indicator as lower-is-better. */
export const LOWER_IS_BETTER_KEYWORDS: readonly string[] = [
  'menurunnya',
  'menurun',
  'angka kemiskinan',
  'tingkat kemiskinan',
  'jumlah kasus',
  'angka kematian',
  'angka kesakitan',
  'prevalensi',
  'waktu layanan',
  'waktu pelayanan',
  'waktu tunggu',
  'lama waktu',
  'tingkat pengangguran',
  'angka pengangguran',
  'angka putus sekolah',
  'gini rasio',
  'rasio gini',
  'jumlah pengaduan',
];

/**
 * A measured reduction ("persentase penurunan angka kemiskinan") is itself higher-is-better even
 * though it names a lower-is-better quantity.
 */
const MEASURED_REDUCTION = /\b(persentase|presentase|prosentase|tingkat|jumlah|capaian)\s+(penurunan|menurunnya)\b/;

/** Cases handled, resolved or served ("jumlah kasus yang ditangani") are higher-is-better. */
const SERVED = /\b(ditangani|tertangani|terselesaikan|diselesaikan|terlayani|dilayani|tertanggulangi)\b/;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface PolarityGuess {
  polarity: Polarity;
  /** The keyword that decided it, when the indicator is lower-is-better. */
  keyword?: string;
}

/** Guesses the polarity from the indicator's wording; `extraKeywords` are the user's own. */
export function detectPolarity(indicator: string, extraKeywords: readonly string[] = []): PolarityGuess {
  const text = ` ${normalise(indicator)} `;
  if (MEASURED_REDUCTION.test(text) || SERVED.test(text)) return { polarity: 'naik' };
  for (const keyword of [...extraKeywords, ...LOWER_IS_BETTER_KEYWORDS]) {
    const k = normalise(keyword);
    if (k && text.includes(` ${k} `)) return { polarity: 'turun', keyword };
  }
  return { polarity: 'naik' };
}
