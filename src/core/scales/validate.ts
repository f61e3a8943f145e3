/**
 * Gaps, overlaps and an uncovered top in a scale (domain.md §4, check "scale"). Values from 0 upward
 * must get exactly one label and values above 100 must get one too (reports print 286,8 %); values
 * below 0 are not required. An issue blames the interval whose bound is off: the one below a gap,
 * the lower of two overlapping intervals (its upper bound reaches too far), the top one when nothing
 * covers the values above it. Overlaps between intervals with the same label are harmless and ignored.
 */
import { formatNumber } from '../numbers/format';
import { describeInterval, labelsMatch, type Interval, type Scale } from './scale';

export interface ScaleIssue {
  kind: 'gap' | 'overlap' | 'above-100';
  /** Index in scale.intervals of the interval to blame. */
  index: number;
  /** Indonesian, with the numbers. */
  message: string;
  from?: number;
  to?: number;
}

interface Reach {
  /** null = +∞ */
  value: number | null;
  inclusive: boolean;
  index: number;
}

const EPS = 1e-9;
const same = (a: number, b: number): boolean => Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));

function lowerKey(i: Interval): number {
  return i.lower === null ? -Infinity : i.lower;
}

function reachOf(i: Interval, index: number): Reach {
  return { value: i.upper, inclusive: i.upperInclusive, index };
}

/** The further of two reaches (an inclusive end beats an exclusive one at the same value). */
function further(a: Reach, b: Reach): Reach {
  if (a.value === null) return a;
  if (b.value === null) return b;
  if (same(a.value, b.value)) return b.inclusive && !a.inclusive ? b : a;
  return b.value > a.value ? b : a;
}

function gapIssue(scale: Scale, reach: Reach, next: Interval): ScaleIssue {
  const hole = describeInterval({ lower: reach.value, lowerInclusive: !reach.inclusive, upper: next.lower, upperInclusive: !next.lowerInclusive });
  const below = scale.intervals[reach.index].label;
  return {
    kind: 'gap',
    index: reach.index,
    from: reach.value!,
    to: next.lower!,
    message: `Celah pada skala: nilai ${hole} tidak masuk rentang mana pun (di antara "${below}" dan "${next.label}"). Perbaiki batas rentangnya.`,
  };
}

function overlapIssue(scale: Scale, reach: Reach, next: Interval): ScaleIssue {
  const reachEndsFirst = reach.value === null || next.upper === null || reach.value < next.upper || (same(reach.value, next.upper) && !next.upperInclusive);
  const upper = reachEndsFirst ? reach.value : next.upper;
  const upperInclusive = reachEndsFirst ? reach.inclusive : next.upperInclusive;
  const common = describeInterval({ lower: next.lower, lowerInclusive: next.lowerInclusive, upper, upperInclusive });
  const first = scale.intervals[reach.index].label;
  const issue: ScaleIssue = {
    kind: 'overlap',
    index: reach.index,
    message: `Rentang "${first}" dan "${next.label}" tumpang tindih: nilai ${common} masuk ke keduanya. Perbaiki batas rentangnya.`,
  };
  if (next.lower !== null) issue.from = next.lower;
  if (upper !== null) issue.to = upper;
  return issue;
}

function bottomIssue(first: Interval, index: number): ScaleIssue | null {
  if (first.lower === null || first.lower < 0 || (first.lower === 0 && first.lowerInclusive)) return null;
  const hole = describeInterval({ lower: 0, lowerInclusive: true, upper: first.lower, upperInclusive: !first.lowerInclusive });
  return {
    kind: 'gap',
    index,
    from: 0,
    to: first.lower,
    message: `Celah pada skala: nilai ${hole} tidak masuk rentang mana pun (di bawah "${first.label}").`,
  };
}

function topIssue(scale: Scale, reach: Reach): ScaleIssue | null {
  if (reach.value === null) return null;
  const uncovered = describeInterval({ lower: reach.value, lowerInclusive: !reach.inclusive, upper: null, upperInclusive: false });
  const top = scale.intervals[reach.index].label;
  return {
    kind: 'above-100',
    index: reach.index,
    from: reach.value,
    message: `Tidak ada rentang untuk nilai ${uncovered}: rentang teratas "${top}" berhenti di ${formatNumber(reach.value)}, padahal capaian bisa melebihi 100 %. Tambahkan rentang untuk nilai di atas 100 %.`,
  };
}

/** Every gap, overlap and uncovered top of the scale, in ascending order of value. */
export function validateScale(scale: Scale): ScaleIssue[] {
  const order = scale.intervals
    .map((interval, index) => ({ interval, index }))
    .sort((a, b) => lowerKey(a.interval) - lowerKey(b.interval) || Number(b.interval.lowerInclusive) - Number(a.interval.lowerInclusive));
  if (order.length === 0) return [];
  const issues: ScaleIssue[] = [];
  const bottom = bottomIssue(order[0].interval, order[0].index);
  if (bottom) issues.push(bottom);
  let reach = reachOf(order[0].interval, order[0].index);
  for (const { interval: next, index } of order.slice(1)) {
    const lower = next.lower;
    const touches = reach.value !== null && lower !== null && same(lower, reach.value);
    const isGap = reach.value !== null && lower !== null && (touches ? !reach.inclusive && !next.lowerInclusive : lower > reach.value);
    const isOverlap = !isGap && (touches ? reach.inclusive && next.lowerInclusive : true) && !labelsMatch(scale.intervals[reach.index].label, next.label);
    if (isGap) issues.push(gapIssue(scale, reach, next));
    else if (isOverlap) issues.push(overlapIssue(scale, reach, next));
    reach = further(reach, reachOf(next, index));
  }
  const top = topIssue(scale, reach);
  if (top) issues.push(top);
  return issues;
}
