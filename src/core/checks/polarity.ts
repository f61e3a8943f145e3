/** Lower-is-better indicators, recognised by their wording (domain.md §3). */
import { normalize } from '../recognition/text';

export const LOWER_IS_BETTER_WORDS = [
  'menurunnya',
  'penurunan',
  'angka kemiskinan',
  'tingkat kemiskinan',
  'jumlah kasus',
  'angka kematian',
  'angka kesakitan',
  'prevalensi',
  'waktu layanan',
  'waktu pelayanan',
  'lama waktu',
  'angka pengangguran',
  'tingkat pengangguran',
  'gini rasio',
  'rasio gini',
  'angka putus sekolah',
  'jumlah pengaduan',
];

export function isLowerBetter(indicator: string, extra: readonly string[] = []): boolean {
  const t = normalize(indicator);
  return [...LOWER_IS_BETTER_WORDS, ...extra.map((w) => normalize(w))].some((w) => w && t.includes(w));
}
