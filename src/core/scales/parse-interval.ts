/**
 * Printed scale intervals (domain.md §4) and custom scales read from a sheet's scale table.
 *
 * Readings, written down:
 * - one-sided: "> 85", "≥ 91", "≤ 50", "< 100", "= 100", "x > 85", "85 < x";
 * - two-sided with the variable: "70 < x ≤ 85", "70 < x̄ ≤ 85", "85 ≥ x > 70";
 * - ranges: "85 - 100", "85–100", "76 s/d 90" are closed; "76 s/d <90", "70–< 85",
 *   "$76 \leq s/d < 90$", "≥ 76 s/d < 90" take each bound's own sign;
 * - two numbers around one sign, the variable dropped: "90 ≤ 100" and "76 ≤ 90" mean 90 ≤ x ≤ 100 and
 *   76 ≤ x ≤ 90 (so "≥ 90 … 76 ≤ 90" overlaps at 90, as the report has it). The sign belongs to the
 *   second number's side; a sign that points the wrong way ("$90 \geq 100$", a garbled ≤) is read
 *   as the range it stands for, 90 ≤ x ≤ 100;
 * - anything else ("n/a", a bare "100", words) is unreadable: null, never a guess.
 */
import { parseNumberText } from '../numbers/parse';
import type { Interval, Scale } from './scale';

type Op = '<' | '≤' | '>' | '≥' | '=';
type Token = { t: 'num'; v: number } | { t: 'op'; op: Op } | { t: 'range' } | { t: 'var' };
type Bounds = Omit<Interval, 'label' | 'row'>;

const WORDS: [RegExp, string][] = [
  [/\\leq?|<=|=<|≦|⩽/g, '≤'],
  [/\\geq?|>=|=>|≧|⩾/g, '≥'],
  [/\\lt\b/g, '<'],
  [/\\gt\b/g, '>'],
  [/lebih (besar )?dari (atau )?sama dengan/g, '≥'],
  [/kurang dari (atau )?sama dengan/g, '≤'],
  [/lebih (besar )?dari|di ?atas/g, '>'],
  [/kurang dari|di ?bawah/g, '<'],
  [/sampai dengan|s\s*\/\s*d\.?|s\.\s*d\.?|\bsd\b|sampai|hingga/g, ' ~ '],
  [/sama dengan/g, '='],
];

function normalize(text: string): string {
  let s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/\$/g, ' ').replace(/%/g, ' ').replace(/\u00a0/g, ' ');
  for (const [re, to] of WORDS) s = s.replace(re, to);
  return s.replace(/[–—]/g, ' ~ ');
}

function tokenize(text: string): Token[] | null {
  const s = normalize(text);
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const prevIsNum = tokens.length > 0 && tokens[tokens.length - 1].t === 'num';
    const number = (prevIsNum ? /^\d[\d.,]*/ : /^[-−]?\d[\d.,]*/).exec(rest);
    if (number) {
      const parsed = parseNumberText(number[0].replace(/[.,]$/, ''));
      if (parsed.kind !== 'number') return null;
      tokens.push({ t: 'num', v: parsed.value });
      i += number[0].length;
      continue;
    }
    const c = s[i];
    if (c === '-' || c === '−' || c === '~') tokens.push({ t: 'range' });
    else if (c === '<' || c === '≤' || c === '>' || c === '≥' || c === '=') tokens.push({ t: 'op', op: c });
    else if (/^(x|nilai|capaian|skor)\b/.test(rest)) {
      tokens.push({ t: 'var' });
      i += /^(x|nilai|capaian|skor)/.exec(rest)![0].length;
      continue;
    } else return null;
    i += 1;
  }
  return tokens;
}

const STRICT = (op: Op): boolean => op === '<' || op === '>';
const FLIP: Record<Op, Op> = { '<': '>', '≤': '≥', '>': '<', '≥': '≤', '=': '=' };

/** "x op n" as an interval. */
function oneSided(op: Op, n: number): Bounds {
  switch (op) {
    case '<':
    case '≤':
      return { lower: null, lowerInclusive: false, upper: n, upperInclusive: op === '≤' };
    case '>':
    case '≥':
      return { lower: n, lowerInclusive: op === '≥', upper: null, upperInclusive: false };
    case '=':
      return { lower: n, lowerInclusive: true, upper: n, upperInclusive: true };
  }
}

/** Bounds from a lower and an upper end; null when they describe no value. */
function between(lower: number, lowerInclusive: boolean, upper: number, upperInclusive: boolean): Bounds | null {
  if (lower > upper) return between(upper, upperInclusive, lower, lowerInclusive);
  if (lower === upper && !(lowerInclusive && upperInclusive)) return null;
  return { lower, lowerInclusive, upper, upperInclusive };
}

/** "a op x op b" (each side one-sided): one must give the lower bound, the other the upper bound. */
function intersect(a: Bounds, b: Bounds): Bounds | null {
  const lowerSide = a.lower !== null && a.upper === null ? a : b.lower !== null && b.upper === null ? b : null;
  const upperSide = a.upper !== null && a.lower === null ? a : b.upper !== null && b.lower === null ? b : null;
  if (!lowerSide || !upperSide || lowerSide === upperSide) return null;
  return between(lowerSide.lower!, lowerSide.lowerInclusive, upperSide.upper!, upperSide.upperInclusive);
}

type Num = Extract<Token, { t: 'num' }>;
type OpT = Extract<Token, { t: 'op' }>;

function shapeOf(tokens: Token[]): string {
  return tokens.map((t) => (t.t === 'num' ? 'n' : t.t === 'op' ? 'o' : t.t === 'var' ? 'x' : '~')).join('');
}

const LEFT_OF_RANGE = new Set(['n', 'on', 'no']);
const RIGHT_OF_RANGE = new Set(['n', 'on']);

/** A range "[op] a [op] ~ [op] b": each bound is inclusive unless its own sign is strict. */
function range(tokens: Token[]): Bounds | null {
  const at = tokens.findIndex((t) => t.t === 'range');
  const left = tokens.slice(0, at);
  const right = tokens.slice(at + 1);
  if (!LEFT_OF_RANGE.has(shapeOf(left)) || !RIGHT_OF_RANGE.has(shapeOf(right))) return null;
  const a = left.find((t): t is Num => t.t === 'num')!;
  const b = right.find((t): t is Num => t.t === 'num')!;
  const strictSide = (side: Token[]): boolean => side.some((t) => t.t === 'op' && STRICT(t.op));
  return between(a.v, !strictSide(left), b.v, !strictSide(right));
}

function fromTokens(tokens: Token[]): Bounds | null {
  const shape = shapeOf(tokens);
  if (shape.includes('~')) return range(tokens);
  const num = (i: number): number => (tokens[i] as Num).v;
  const op = (i: number): Op => (tokens[i] as OpT).op;
  switch (shape) {
    case 'on':
      return oneSided(op(0), num(1));
    case 'xon':
      return oneSided(op(1), num(2));
    case 'nox':
      return oneSided(FLIP[op(1)], num(0));
    case 'noxon':
      return intersect(oneSided(FLIP[op(1)], num(0)), oneSided(op(3), num(4)));
    case 'non':
      // The variable was dropped: the sign belongs to the second number's side.
      return op(1) === '=' ? null : between(num(0), true, num(2), !STRICT(op(1)));
    default:
      return null;
  }
}

/** A printed interval; null when unreadable ("n/a", words, a bare number). */
export function parseIntervalText(text: string): Bounds | null {
  const tokens = tokenize(text);
  return tokens && tokens.length > 0 ? fromTokens(tokens) : null;
}

const NO_TARGET = /^(n\s*\/\s*a|na|[-–—]|tidak ada target|tanpa target)$/i;

/** A label as printed in a scale table, without the "= " some tables put before it. */
function cleanLabel(label: string): string {
  return label.replace(/^\s*[=:]\s*/, '').trim();
}

/**
 * A custom scale from a sheet's scale table. A row's `text` is parsed when given, else its numbers
 * are read as the closed range [lower, upper] (null = unbounded). A row reading "n/a" / "tidak ada
 * target" gives the scale's noTargetLabel; other rows that cannot be read are listed in `unreadable`.
 * Each interval keeps the index of its row in `row`.
 */
export function scaleFromRows(rows: { lower: number | null; upper: number | null; text?: string; label: string }[], name: string): Scale {
  const scale: Scale = { id: `custom:${name}`, name, intervals: [] };
  const unreadable: NonNullable<Scale['unreadable']> = [];
  rows.forEach((r, row) => {
    const label = cleanLabel(r.label);
    const text = r.text?.trim();
    if (text !== undefined && NO_TARGET.test(text)) {
      scale.noTargetLabel = label;
      return;
    }
    const bounds = text !== undefined ? parseIntervalText(text) : numericBounds(r.lower, r.upper);
    if (bounds) scale.intervals.push({ ...bounds, label, row });
    else unreadable.push({ row, text: text ?? [r.lower, r.upper].filter((v) => v !== null).join(' – '), label });
  });
  if (unreadable.length > 0) scale.unreadable = unreadable;
  return scale;
}

function numericBounds(lower: number | null, upper: number | null): Bounds | null {
  const finiteOrNull = (v: number | null): boolean => v === null || Number.isFinite(v);
  if ((lower === null && upper === null) || !finiteOrNull(lower) || !finiteOrNull(upper)) return null;
  if (lower === null) return { lower: null, lowerInclusive: false, upper, upperInclusive: true };
  if (upper === null) return { lower, lowerInclusive: true, upper: null, upperInclusive: false };
  return between(lower, true, upper, true);
}
