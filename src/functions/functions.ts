/**
 * The KINERJA worksheet functions. Every function here with a `@customfunction` tag is listed in
 * dist/functions.json (generated from these comments) and registered with CustomFunctions.associate
 * by the build. Excel passes omitted optional arguments as null, ranges as 2-D arrays and a repeating
 * argument as one array of them. Percentages are in points: 35,52 % is 35.52; a %-formatted cell
 * (value 0,3552) counts as 35,52 by the percent rule of ./arguments.ts.
 */
import { capaianOf } from '../core/formulas/capaian';
import { penyerapan, sisa } from '../core/formulas/budget';
import { efisiensiSelisih, kategoriEfisiensi } from '../core/formulas/efisiensi';
import { mean } from '../core/formulas/average';
import { classify } from '../core/scales';
import { capaianArguments, isBlank, numberArgument, numbersIn, percentArgument, polarityArgument, shown } from './arguments';
import { divisionByZero, notAvailable } from './errors';
import { capaianResult } from './results';
import { scaleArgument } from './scale-argument';

/**
 * Capaian kinerja (%) dari target dan realisasi. Arah "naik": realisasi ÷ target × 100; "turun": (2 × target − realisasi) ÷ target × 100; "turun-rasio": target ÷ realisasi × 100.
 * @customfunction CAPAIAN CAPAIAN
 * @param target Target indikator: angka atau teks angka seperti "35,52%" atau "72/BB". Bila target atau realisasi berupa persen, angka ≤ 2 dibaca sebagai pecahan sel berformat persen (0,38 = 38%).
 * @param realisasi Realisasi indikator: angka atau teks angka, dalam satuan yang sama dengan target.
 * @param [arah] "naik" (bawaan, semakin tinggi semakin baik), "turun" atau "turun-rasio" (semakin rendah semakin baik).
 * @returns Capaian dalam poin persen: 114,44 berarti 114,44 %.
 */
export function achievement(target: unknown, realisasi: unknown, arah: string | null): number {
  const [t, r] = capaianArguments(target, realisasi);
  if (isBlank(t)) throw notAvailable('Target kosong: tidak ada target, capaian tidak dapat dihitung.');
  return capaianResult(capaianOf(t, r, polarityArgument(arah)), t);
}

/**
 * Predikat (kategori) sebuah nilai capaian menurut skala penilaian.
 * @customfunction PREDIKAT PREDIKAT
 * @param nilai Nilai capaian dalam poin persen (83,42); angka ≤ 2 dibaca sebagai pecahan sel berformat persen (0,8342 = 83,42%).
 * @param [skala] Nama profil (PERMENDAGRI86 bawaan, BERHASIL, BERHASIL_TERTUTUP, TERCAPAI, SAKIP) atau rentang tabel skala: batas bawah, batas atas, predikat (atau interval tertulis dan predikat).
 * @returns Predikat, misalnya "Tinggi".
 */
export function rating(nilai: unknown, skala: unknown[][]): string {
  const value = percentArgument(nilai, 'Nilai');
  const scale = scaleArgument(skala);
  const label = classify(scale, value);
  if (label === null) throw notAvailable(`Nilai ${shown(value)} tidak masuk interval mana pun pada ${scale.name}.`);
  return label;
}

/**
 * Penyerapan anggaran (%): realisasi ÷ pagu × 100.
 * @customfunction PENYERAPAN PENYERAPAN
 * @param pagu Pagu anggaran (Rp): angka atau teks seperti "268.160.000,-".
 * @param realisasi Realisasi anggaran (Rp); "-" berarti nol.
 * @returns Penyerapan dalam poin persen.
 */
export function absorption(pagu: unknown, realisasi: unknown): number {
  const absorbed = penyerapan(numberArgument(pagu, 'Pagu', { money: true }), numberArgument(realisasi, 'Realisasi', { money: true }));
  if (absorbed === null) throw divisionByZero();
  return absorbed;
}

/**
 * Sisa anggaran (Rp): pagu − realisasi.
 * @customfunction SISA SISA
 * @param pagu Pagu anggaran (Rp): angka atau teks seperti "268.160.000,-".
 * @param realisasi Realisasi anggaran (Rp); "-" berarti nol.
 * @returns Sisa anggaran; negatif bila realisasi melebihi pagu.
 */
export function unspent(pagu: unknown, realisasi: unknown): number {
  return sisa(numberArgument(pagu, 'Pagu', { money: true }), numberArgument(realisasi, 'Realisasi', { money: true }));
}

/**
 * Tingkat efisiensi (%): capaian kinerja − penyerapan anggaran. Positif berarti efisien.
 * @customfunction EFISIENSI EFISIENSI
 * @param capaian Capaian kinerja dalam poin persen; angka ≤ 2 dibaca sebagai pecahan sel berformat persen.
 * @param penyerapan Penyerapan anggaran dalam poin persen; angka ≤ 2 dibaca sebagai pecahan sel berformat persen.
 * @returns Selisih dalam poin persen.
 */
export function efficiency(capaian: unknown, penyerapan: unknown): number {
  return efisiensiSelisih(percentArgument(capaian, 'Capaian'), percentArgument(penyerapan, 'Penyerapan'));
}

/**
 * Kategori efisiensi dari capaian kinerja dan penyerapan anggaran: "Efisien", "Seimbang", "Kurang Efisien", "Efisien, Target Belum Tercapai", "Seimbang, Target Belum Tercapai" atau "Tidak Efisien".
 * @customfunction KATEGORIEFISIENSI KATEGORIEFISIENSI
 * @param capaian Capaian kinerja dalam poin persen; angka ≤ 2 dibaca sebagai pecahan sel berformat persen.
 * @param penyerapan Penyerapan anggaran dalam poin persen; angka ≤ 2 dibaca sebagai pecahan sel berformat persen.
 * @returns Kategori efisiensi.
 */
export function efficiencyCategory(capaian: unknown, penyerapan: unknown): string {
  return kategoriEfisiensi(percentArgument(capaian, 'Capaian'), percentArgument(penyerapan, 'Penyerapan'));
}

/**
 * Angka dari teks angka gaya Indonesia: "1.234.567,89", "Rp 268.160.000,-", "35,52%" (menjadi 35,52).
 * @customfunction ANGKA ANGKA
 * @param teks Teks angka yang akan dibaca.
 * @returns Angkanya; teks yang meragukan seperti "1.100 %" tidak ditebak.
 */
export function numberFromText(teks: unknown): number {
  return numberArgument(teks, 'Teks');
}

/**
 * Rata-rata nilai angka; sel kosong dan teks bukan angka (misalnya "n/a") dilewati, teks angka ikut dihitung.
 * @customfunction RATA RATA
 * @param nilai Angka atau rentang sel.
 * @returns Rata-rata aritmetika.
 */
export function average(nilai: unknown[][][]): number {
  const result = mean(numbersIn(nilai));
  if (result === null) throw divisionByZero();
  return result;
}
