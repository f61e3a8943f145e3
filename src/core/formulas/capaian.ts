/**
 * Capaian (achievement, in percentage points) of an indicator: domain.md §3.
 *
 * Choices, written down:
 * - `naik` (higher is better, the default): realisasi ÷ target × 100.
 * - `turun` (lower is better, as PermenPAN-RB guidance and the reports print it):
 *   (2 × target − realisasi) ÷ target × 100. It can go below 0 when realisasi exceeds twice the target;
 *   the value is kept, not clipped, so a checker sees what the formula gives.
 * - `turun-rasio` (lower is better, used by some e-SAKIP tools): target ÷ realisasi × 100. With
 *   realisasi 0 (e.g. zero cases against a target of 5) the ratio has no finite value: the outcome is
 *   `not-computable` with that reason, never 0 and never a made-up maximum.
 * - Target 0 or blank: `no-target` (capaian is undefined, never 0 or 100).
 * - Realisasi blank: `no-data`; realisasi 0 is a real 0 (for `naik`).
 * - No cap by default (reports print 286,8 % and 1160 %); `cap` (e.g. 100, 120, 200) limits the value.
 */
import { parseQuantity, sameUnit } from '../numbers/quantity';
import { gradeTargetNumber } from './grade-target';

export { gradeTargetNumber } from './grade-target';

export type Polarity = 'naik' | 'turun' | 'turun-rasio';

export type CapaianOutcome =
  | { kind: 'value'; value: number }
  /** Target 0 or blank: "tidak ada target". */
  | { kind: 'no-target' }
  /** Realisasi blank: "belum ada data". */
  | { kind: 'no-data' }
  /** The target is text like "Puas", "WTP". */
  | { kind: 'qualitative'; target: string }
  /** Numbers are there but the formula gives no value; `reason` says why (Indonesian). */
  | { kind: 'not-computable'; reason: string };

export const POLARITY_LABEL: Record<Polarity, string> = {
  naik: 'Semakin tinggi semakin baik: capaian = realisasi ÷ target × 100',
  turun: 'Semakin rendah semakin baik: capaian = (2 × target − realisasi) ÷ target × 100',
  'turun-rasio': 'Semakin rendah semakin baik (rasio terbalik): capaian = target ÷ realisasi × 100',
};

function capped(value: number, cap: number | null | undefined): number {
  const limit = typeof cap === 'number' && Number.isFinite(cap) && cap > 0 ? cap : null;
  const v = limit !== null && value > limit ? limit : value;
  return v === 0 ? 0 : v;
}

/** Capaian from numbers. */
export function capaian(target: number, realisasi: number, polarity: Polarity = 'naik', cap: number | null = null): CapaianOutcome {
  if (!Number.isFinite(target) || target === 0) return { kind: 'no-target' };
  if (!Number.isFinite(realisasi)) return { kind: 'no-data' };
  switch (polarity) {
    case 'naik':
      return { kind: 'value', value: capped((realisasi / target) * 100, cap) };
    case 'turun':
      return { kind: 'value', value: capped(((2 * target - realisasi) / target) * 100, cap) };
    case 'turun-rasio':
      if (realisasi === 0) {
        return {
          kind: 'not-computable',
          reason: 'Realisasi 0 pada indikator "semakin rendah semakin baik" dengan rumus target ÷ realisasi: hasil bagi dengan nol tidak punya nilai',
        };
      }
      return { kind: 'value', value: capped((target / realisasi) * 100, cap) };
  }
}

type Side =
  | { kind: 'number'; value: number; unit: string }
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'invalid'; reason: string };

const NO_TARGET_TEXT = /^(n\s*\/\s*a|na|tidak ada( target)?|tanpa target|[-–—]+)$/i;

/** Reads one raw cell value (number, number text, quantity with unit, grade target) into a side of the formula. */
function readSide(value: unknown): Side {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value, unit: '' } : { kind: 'invalid', reason: 'Nilai sel bukan angka yang sah' };
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') {
    return { kind: 'invalid', reason: `Sel berisi galat ${(value as { error: string }).error}` };
  }
  if (typeof value !== 'string') return { kind: 'invalid', reason: 'Isi sel bukan angka' };
  const text = value.replace(/\u00a0/g, ' ').trim();
  if (text === '' || NO_TARGET_TEXT.test(text)) return { kind: 'empty' };
  const grade = gradeTargetNumber(text);
  if (grade !== null) return { kind: 'number', value: grade, unit: '' };
  const q = parseQuantity(text);
  if (q.kind === 'quantity') return { kind: 'number', value: q.value, unit: q.unit };
  if (q.kind === 'ambiguous' || q.kind === 'malformed') return { kind: 'invalid', reason: q.reason ?? `"${text}" bukan angka yang jelas` };
  return { kind: 'text', text };
}

/**
 * Capaian from raw cell values: parses number text (`35,52%`), counts with units (`335 Orang`;
 * different units on the two sides are not divided), grade targets (`72/BB` → 72); a target in words
 * ("Puas", "WTP") is `qualitative`; `n/a`, `-` or blank target is `no-target`; blank realisasi `no-data`.
 * Percent cells must be on the same footing (both points or both fractions): the caller knows the
 * cell formats, this function does not.
 */
export function capaianOf(target: unknown, realisasi: unknown, polarity: Polarity = 'naik', cap: number | null = null): CapaianOutcome {
  const t = readSide(target);
  if (t.kind === 'empty') return { kind: 'no-target' };
  if (t.kind === 'text') return { kind: 'qualitative', target: t.text };
  if (t.kind === 'invalid') return { kind: 'not-computable', reason: `Target: ${t.reason}` };
  const r = readSide(realisasi);
  if (r.kind === 'empty') return { kind: 'no-data' };
  if (r.kind === 'text') return { kind: 'not-computable', reason: `Realisasi "${r.text}" bukan angka, sedangkan targetnya angka` };
  if (r.kind === 'invalid') return { kind: 'not-computable', reason: `Realisasi: ${r.reason}` };
  if (t.unit && r.unit && !sameUnit(t.unit, r.unit)) {
    return { kind: 'not-computable', reason: `Satuan target (${t.unit}) berbeda dengan satuan realisasi (${r.unit})` };
  }
  return capaian(t.value, r.value, polarity, cap);
}
