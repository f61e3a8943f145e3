/**
 * Workbook names that work without the add-in (Excel 365 LAMBDA): `=CAPAIAN(D5,E5)`,
 * `=PREDIKAT(F5)`, `=PENYERAPAN(C7,D7)`, `=SISA(C7,D7)`, `=EFISIENSI(F7,I7)`. Formulas are in
 * Excel's invariant (en-US) syntax; Excel shows them with the user's separators (`;`).
 * Values are percentage points, as the KINERJA functions return them.
 */
import type { NameDefinition } from '../changes/types';
import { getProfile } from '../scales';
import type { Interval, Scale } from '../scales';

/**
 * CAPAIAN(target, realisasi, [arah]): arah "naik" (default) R/T×100, "turun" (2T−R)/T×100,
 * "turun-rasio" T/R×100. Blank or zero target and blank realisasi give #N/A (no guessed 0 or 100);
 * an unknown arah gives #N/A.
 */
const CAPAIAN =
  '=LAMBDA(target,realisasi,[arah],LET(a,IF(ISOMITTED(arah),"naik",arah),' +
  'IF(OR(ISBLANK(target),target=0,ISBLANK(realisasi)),NA(),' +
  'IFS(a="naik",realisasi/target*100,a="turun",(2*target-realisasi)/target*100,a="turun-rasio",target/realisasi*100))))';

const PENYERAPAN = '=LAMBDA(pagu,realisasi,IF(OR(ISBLANK(pagu),pagu=0),NA(),realisasi/pagu*100))';
const SISA = '=LAMBDA(pagu,realisasi,pagu-realisasi)';
const EFISIENSI = '=LAMBDA(capaian,penyerapan,capaian-penyerapan)';

function condition(interval: Interval, param: string): string {
  const parts: string[] = [];
  if (interval.lower !== null) parts.push(`${param}${interval.lowerInclusive ? '>=' : '>'}${interval.lower}`);
  if (interval.upper !== null) parts.push(`${param}${interval.upperInclusive ? '<=' : '<'}${interval.upper}`);
  if (parts.length === 0) return 'TRUE';
  return parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
}

/**
 * A LAMBDA that classifies a value with the scale's intervals; text, a blank or a value no interval
 * covers gives #N/A. The value is rounded to 9 decimals first, so 75,99999999999999 (a ratio's
 * floating-point noise) is classed as 76, as the core's classify does.
 */
export function scaleLambda(scale: Scale, param = 'nilai'): string {
  const v = 'v';
  const branches = scale.intervals.map((i) => `${condition(i, v)},"${i.label.replace(/"/g, '""')}"`);
  return `=LAMBDA(${param},IF(NOT(ISNUMBER(${param})),NA(),LET(${v},ROUND(${param},9),IFS(${branches.join(',')},TRUE,NA()))))`;
}

function predikatFormula(): string {
  const scale = getProfile('PERMENDAGRI86');
  if (!scale) throw new Error('Profil skala PERMENDAGRI86 tidak ditemukan');
  return scaleLambda(scale);
}

/** The portable names, to be added with the workbook's Name Manager (ChangeSet.names). */
export function portableNames(): NameDefinition[] {
  return [
    {
      name: 'CAPAIAN',
      formula: CAPAIAN,
      comment: 'Capaian kinerja (%): CAPAIAN(target; realisasi; [arah]) dengan arah "naik", "turun" atau "turun-rasio". Dibuat oleh Cermat.',
    },
    {
      name: 'PREDIKAT',
      formula: predikatFormula(),
      comment: 'Predikat capaian menurut skala Permendagri 86/2017: PREDIKAT(nilai). Dibuat oleh Cermat.',
    },
    { name: 'PENYERAPAN', formula: PENYERAPAN, comment: 'Penyerapan anggaran (%): PENYERAPAN(pagu; realisasi). Dibuat oleh Cermat.' },
    { name: 'SISA', formula: SISA, comment: 'Sisa anggaran: SISA(pagu; realisasi) = pagu − realisasi. Dibuat oleh Cermat.' },
    {
      name: 'EFISIENSI',
      formula: EFISIENSI,
      comment: 'Tingkat efisiensi (%): EFISIENSI(capaian; penyerapan) = capaian − penyerapan. Dibuat oleh Cermat.',
    },
  ];
}
