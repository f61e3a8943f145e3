/**
 * Rating scales (predikat, domain.md §4): a list of intervals, each with its label.
 * A value on a bound is compared with a tolerance of 1e-9 (relative), so 0,55 × 100 =
 * 55,00000000000001 stays "≤ 55" and a computed 90,999999999 is not mistaken for a higher band.
 */
import { formatNumber } from '../numbers/format';

/** Bounds in percentage points; null = unbounded on that side (the inclusive flag is then false). */
export interface Interval {
  lower: number | null;
  lowerInclusive: boolean;
  upper: number | null;
  upperInclusive: boolean;
  label: string;
  /** For scales read from a sheet: the index of the source row the interval came from. */
  row?: number;
}

export interface Scale {
  id: string;
  name: string;
  intervals: Interval[];
  /** The label for "no target" (e-SAKIP: "Tidak Ada Target"), when the scale has one. */
  noTargetLabel?: string;
  /** For scales read from a sheet: rows whose interval text could not be read (shown to the user, never guessed). */
  unreadable?: { row: number; text: string; label: string }[];
}

const EPS = 1e-9;

function tolerance(bound: number): number {
  return EPS * Math.max(1, Math.abs(bound));
}

/** Whether `value` lies in the interval (bounds compared with a tiny tolerance). */
export function contains(interval: Omit<Interval, 'label'>, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const { lower, upper } = interval;
  if (lower !== null) {
    const t = tolerance(lower);
    if (interval.lowerInclusive ? value < lower - t : value <= lower + t) return false;
  }
  if (upper !== null) {
    const t = tolerance(upper);
    if (interval.upperInclusive ? value > upper + t : value >= upper - t) return false;
  }
  return true;
}

/** Every label whose interval covers the value, in the scale's order (more than one where intervals overlap). */
export function classifyAll(scale: Scale, value: number): string[] {
  return scale.intervals.filter((i) => contains(i, value)).map((i) => i.label);
}

/** The label for a value: the first interval that covers it; null when none does. */
export function classify(scale: Scale, value: number): string | null {
  return classifyAll(scale, value)[0] ?? null;
}

/** Normalises a label: accents, case, spaces and punctuation do not count ("= Sangat  Berhasil." = "sangat berhasil"). */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Same label after normalising case, spaces and punctuation. */
export function labelsMatch(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/** An interval written for the user: "76 ≤ x < 90", "x > 85", "x = 100", "semua nilai". */
export function describeInterval(interval: Omit<Interval, 'label'>): string {
  const { lower, upper } = interval;
  const lo = lower === null ? null : formatNumber(lower, undefined, 4);
  const hi = upper === null ? null : formatNumber(upper, undefined, 4);
  if (lo !== null && lo === hi) return `x = ${lo}`;
  const left = lo === null ? '' : `${lo} ${interval.lowerInclusive ? '≤' : '<'} `;
  const right = hi === null ? '' : ` ${interval.upperInclusive ? '≤' : '<'} ${hi}`;
  if (lo === null && hi === null) return 'semua nilai';
  if (lo === null) return `x${right}`;
  if (hi === null) return `x ${interval.lowerInclusive ? '≥' : '>'} ${lo}`;
  return `${left}x${right}`;
}
