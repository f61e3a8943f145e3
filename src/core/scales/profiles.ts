/**
 * Built-in scale profiles of domain.md §4.
 *
 * - PERMENDAGRI86: the regulation prints integer bands (≥ 91; 76–90; 66–75; 51–65; ≤ 50). They are
 *   read half-open so that every value has exactly one band: [91, ∞), [76, 91), [66, 76), [51, 66),
 *   (−∞, 51). So 90,5 is Tinggi and 75,4 is Sedang (a band reaches up to the next band's start).
 *   Above 100 stays Sangat Tinggi.
 * - BERHASIL (LAN ordinal 4-level): > 85; 70 < x ≤ 85; 55 < x ≤ 70; ≤ 55.
 * - BERHASIL_TERTUTUP (closed lower bounds): 85–100; 70–< 85; 55–< 70; < 55. The printed top band
 *   stops at 100, which leaves values above 100 without a label — exactly what the validator flags on
 *   a printed scale. The built-in profile reads it as 85 and above: exceeding the target is never
 *   worse than meeting it, so > 100 is Sangat Berhasil.
 * - TERCAPAI (e-SAKIP target status): no target → Tidak Ada Target; < 100; = 100; > 100.
 * - SAKIP (nilai SAKIP grade): > 90 AA; > 80 A; > 70 BB; > 60 B; > 50 CC; > 30 C; ≤ 30 D.
 */
import type { Interval, Scale } from './scale';

export type ProfileId = 'PERMENDAGRI86' | 'BERHASIL' | 'BERHASIL_TERTUTUP' | 'TERCAPAI' | 'SAKIP';

function atLeast(lower: number, label: string): Interval {
  return { lower, lowerInclusive: true, upper: null, upperInclusive: false, label };
}
function above(lower: number, label: string): Interval {
  return { lower, lowerInclusive: false, upper: null, upperInclusive: false, label };
}
function below(upper: number, label: string): Interval {
  return { lower: null, lowerInclusive: false, upper, upperInclusive: false, label };
}
function atMost(upper: number, label: string): Interval {
  return { lower: null, lowerInclusive: false, upper, upperInclusive: true, label };
}
/** [lower, upper) */
function halfOpen(lower: number, upper: number, label: string): Interval {
  return { lower, lowerInclusive: true, upper, upperInclusive: false, label };
}
/** (lower, upper] */
function openClosed(lower: number, upper: number, label: string): Interval {
  return { lower, lowerInclusive: false, upper, upperInclusive: true, label };
}

export const PROFILES: Record<ProfileId, Scale> = {
  PERMENDAGRI86: {
    id: 'PERMENDAGRI86',
    name: 'Permendagri 86/2017 (evaluasi RKPD/Renja)',
    intervals: [
      atLeast(91, 'Sangat Tinggi'),
      halfOpen(76, 91, 'Tinggi'),
      halfOpen(66, 76, 'Sedang'),
      halfOpen(51, 66, 'Rendah'),
      below(51, 'Sangat Rendah'),
    ],
  },
  BERHASIL: {
    id: 'BERHASIL',
    name: 'Skala ordinal 4 tingkat (LAN)',
    intervals: [
      above(85, 'Sangat Berhasil'),
      openClosed(70, 85, 'Berhasil'),
      openClosed(55, 70, 'Cukup Berhasil'),
      atMost(55, 'Tidak Berhasil'),
    ],
  },
  BERHASIL_TERTUTUP: {
    id: 'BERHASIL_TERTUTUP',
    name: 'Skala ordinal 4 tingkat, batas bawah tertutup',
    intervals: [
      atLeast(85, 'Sangat Berhasil'),
      halfOpen(70, 85, 'Berhasil'),
      halfOpen(55, 70, 'Cukup Berhasil'),
      below(55, 'Kurang Berhasil'),
    ],
  },
  TERCAPAI: {
    id: 'TERCAPAI',
    name: 'Status target e-SAKIP',
    noTargetLabel: 'Tidak Ada Target',
    intervals: [
      below(100, 'Tidak Tercapai'),
      { lower: 100, lowerInclusive: true, upper: 100, upperInclusive: true, label: 'Tercapai' },
      above(100, 'Melebihi Target'),
    ],
  },
  SAKIP: {
    id: 'SAKIP',
    name: 'Nilai SAKIP (AA sampai D)',
    intervals: [
      above(90, 'AA'),
      openClosed(80, 90, 'A'),
      openClosed(70, 80, 'BB'),
      openClosed(60, 70, 'B'),
      openClosed(50, 60, 'CC'),
      openClosed(30, 50, 'C'),
      atMost(30, 'D'),
    ],
  },
};

function key(name: string): string {
  return name.toUpperCase().replace(/[\s\-_/.()]+/g, '');
}

/** Other names the profiles go by in reports and settings. */
const ALIASES: Record<ProfileId, string[]> = {
  PERMENDAGRI86: ['Permendagri 86/2017', 'Permendagri 86 tahun 2017', 'Permendagri 86 2017'],
  BERHASIL: ['LAN', 'Ordinal', 'Skala Pengukuran Ordinal'],
  BERHASIL_TERTUTUP: [],
  TERCAPAI: ['e-SAKIP', 'Status Target', 'Interpretasi Capaian'],
  SAKIP: ['Nilai SAKIP'],
};

/** A built-in profile by id, name or alias, ignoring case, spaces, '-', '_', '/', '.'; null when there is none. */
export function getProfile(name: string): Scale | null {
  const k = key(name);
  if (k === '') return null;
  const id = (Object.keys(PROFILES) as ProfileId[]).find((p) => [p, PROFILES[p].name, ...ALIASES[p]].some((n) => key(n) === k));
  return id ? PROFILES[id] : null;
}
