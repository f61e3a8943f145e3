/**
 * Errors typed into a generated sheet, and rounding-level perturbations, each recorded as a truth
 * item (the form of test/fixtures/*.truth.json). Every kind of error the sheet can carry is a
 * candidate: a computed cell breaks its relation (capaian, ratio, difference, sum, average,
 * efficiency), a label contradicts its value (predicate), a header names the wrong year, a
 * realisation exceeds its ceiling (range), a number text is malformed (format).
 */
import { address } from '../../src/core/model/address';
import { formatNumber } from '../../src/core/numbers/format';
import type { CheckId } from '../../src/core/report';
import type { TruthItem } from '../support/score';
import { keyOf, labelOf, type Entry, type SheetDraft } from './draft';
import type { Pos } from './expr';
import { printedText, roundTo } from './numbers';
import type { Rng } from './prng';

export type ErrorKind = CheckId;

/** A truth item with what was printed and what is right, as the fixtures' truth files give them. */
export interface TruthRecord extends TruthItem {
  printed?: string | number;
  expected?: string | number;
  note?: string;
}

interface Candidate {
  kind: ErrorKind;
  at: Pos;
  accept: CheckId[];
}

const at1 = (p: Pos) => address(p.row, p.col);

/** Labels are judged only away from band edges: a value within 1.5 points of one is a judgement call. */
const EDGE = 1.5;

function candidates(d: SheetDraft): Candidate[] {
  const out: Candidate[] = [];
  for (const e of d.entries.values()) {
    if (e.kind === 'num' && e.expr && e.relation && d.exact(e.at) !== null) out.push({ kind: e.relation.check, at: e.at, accept: [e.relation.check, ...(e.relation.accept ?? [])] });
    if (e.kind === 'num' && e.notAbove && (d.value(e.at) ?? 0) > 0) out.push({ kind: 'range', at: e.at, accept: ['range'] });
    if (e.kind === 'num' && e.input !== undefined && e.unit === 'rp' && d.styleOf(e.at).style === 'text' && Math.abs(d.value(e.at) ?? 0) >= 1e5) out.push({ kind: 'format', at: e.at, accept: ['format'] });
    if (e.kind === 'text' && e.wrong && (e.wrong.applies?.() ?? true)) out.push({ kind: e.wrong.check, at: e.at, accept: [e.wrong.check] });
    if (e.kind === 'label' && clearOfEdges(d, e)) out.push({ kind: 'predicate', at: e.at, accept: ['predicate'] });
  }
  return out;
}

function clearOfEdges(d: SheetDraft, e: Extract<Entry, { kind: 'label' }>): boolean {
  const v = d.value(e.of);
  return v !== null && e.scale.bands.every((b) => !Number.isFinite(b.from) || Math.abs(v - b.from) >= EDGE);
}

/** A wrong value well outside the printed precision: the relation is really broken. */
function wrongNumber(d: SheetDraft, c: Candidate, rng: Rng): number {
  const e = d.entry(c.at) as Extract<Entry, { kind: 'num' }>;
  const exact = d.exact(c.at)!;
  const decimals = e.decimals;
  const floor = e.unit === 'rp' ? 1000 : e.unit === 'pct' ? 2 : Math.max(2, 10 ** -decimals * 20);
  for (let i = 0; i < 20; i++) {
    let w: number;
    if (c.kind === 'capaian' && rng.chance(0.3) && Math.abs(exact - 100) > 5) w = 100;
    else if (e.unit === 'rp') w = exact + rng.pick([-1, 1]) * rng.pick([240, 13261200, 1500000, Math.round(Math.abs(exact) * rng.real(0.05, 0.3))]);
    else w = exact * (1 + rng.pick([-1, 1]) * rng.real(0.06, 0.35)) + (Math.abs(exact) < 10 ? rng.pick([-1, 1]) * rng.real(3, 12) : 0);
    w = roundTo(w, decimals);
    if (Math.abs(w - exact) >= floor && (e.unit !== 'rp' || w >= 0)) return w;
  }
  return roundTo(exact + floor * 3, decimals);
}

/** A sum that omits a non-zero child, as a formula when the sheet has formulas. */
function omitChild(d: SheetDraft, c: Candidate, rng: Rng): boolean {
  const e = d.entry(c.at) as Extract<Entry, { kind: 'num' }>;
  if (e.expr?.op !== 'sum' || e.expr.cells.length < 2) return false;
  const cells = e.expr.cells.filter((p) => Math.abs(d.value(p) ?? 0) >= 1000);
  if (cells.length === 0) return false;
  const drop = rng.pick(cells);
  d.setOverride(c.at, { expr: { op: 'sum', cells: e.expr.cells.filter((p) => p !== drop) } });
  if (!d.isFormula(c.at)) d.setOverride(c.at, { value: d.value(c.at)! });
  return true;
}

/** "930.47.023": Indonesian digits grouped wrongly (domain.md §5). */
function malformed(v: number): string {
  const digits = String(Math.round(Math.abs(v)));
  const head = digits.slice(0, digits.length - 5);
  return `${head}.${digits.slice(-5, -3)}.${digits.slice(-3)}`;
}

function describe(d: SheetDraft, at: Pos): string {
  const e = d.entry(at);
  if (!e) return '';
  if (e.kind === 'num') {
    const v = d.value(at);
    return v === null ? '' : printedText(v, e.unit, e.decimals, d.styleOf(at));
  }
  return d.labelText(at);
}

function apply(d: SheetDraft, c: Candidate, rng: Rng): TruthRecord {
  const cell = at1(c.at);
  const base = { sheet: d.name, cell, check: c.kind, severity: 'error' as const, accept: c.accept };
  const e = d.entry(c.at)!;
  if (e.kind === 'text' && e.wrong) {
    const wrong = e.wrong.text(rng);
    d.setOverride(c.at, { text: wrong });
    return { ...base, printed: wrong, expected: e.text, note: e.wrong.note };
  }
  if (c.kind === 'predicate' && e.kind === 'label') {
    const right = d.labelText(c.at);
    const labels = e.scale.bands.map((b) => b.label);
    const i = labels.indexOf(right);
    const wrong = labels[i === 0 ? 1 : i === labels.length - 1 ? i - 1 : i + rng.pick([-1, 1])];
    d.setOverride(c.at, { text: wrong });
    return { ...base, printed: wrong, expected: right, note: `value ${formatNumber(d.value(e.of)!, 2)} is "${right}" (${labelOf(e.scale, d.value(e.of)!)})` };
  }
  if (e.kind !== 'num') throw new Error(`cannot inject ${c.kind} at ${cell}`);
  if (c.kind === 'range') {
    const ceiling = d.value(e.notAbove!)!;
    const expected = d.value(c.at)!;
    d.setOverride(c.at, { value: Math.round((ceiling * rng.real(1.05, 1.4)) / 1000) * 1000 });
    return { ...base, printed: describe(d, c.at), expected, note: `realisasi above its pagu ${formatNumber(ceiling, 0)}` };
  }
  if (c.kind === 'format') {
    const v = d.value(c.at)!;
    const text = malformed(v);
    d.setOverride(c.at, { text });
    return { ...base, printed: text, expected: v, note: 'digits grouped wrongly' };
  }
  const expected = roundTo(d.exact(c.at)!, 4);
  if (!(c.kind === 'sum' && rng.chance(0.5) && omitChild(d, c, rng))) d.setOverride(c.at, { value: wrongNumber(d, c, rng) });
  return { ...base, printed: describe(d, c.at), expected, note: `typed over the ${c.kind} relation` };
}

/** Cells an injected error may also be blamed on: those computed from it. */
function consequences(d: SheetDraft, injected: Pos[], listed: Set<string>): TruthRecord[] {
  const out: TruthRecord[] = [];
  for (const p of injected) {
    for (const k of d.dependents(p)) {
      if (listed.has(k)) continue;
      listed.add(k);
      const e = d.entries.get(k)!;
      out.push({ sheet: d.name, cell: at1(e.at), check: e.kind === 'label' ? 'predicate' : e.kind === 'num' ? (e.relation?.check ?? 'sum') : 'year', severity: 'may', note: 'computed from an injected error' });
    }
  }
  return out;
}

/**
 * Injects errors: for each kind the sheet can carry (in random order) one cell, sometimes two, none
 * computed from another injected cell or from a rounding cell. Returns the truth items.
 */
export function injectErrors(d: SheetDraft, rng: Rng, avoid: Set<string>): TruthRecord[] {
  const byKind = new Map<ErrorKind, Candidate[]>();
  for (const c of candidates(d)) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const blocked = new Set(avoid);
  const injected: Pos[] = [];
  const items: TruthRecord[] = [];
  for (const kind of rng.shuffle([...byKind.keys()])) {
    const n = rng.chance(0.3) ? 2 : 1;
    for (const c of rng.shuffle(byKind.get(kind)!)) {
      if (items.filter((t) => t.check === kind).length >= n) break;
      const deps = d.dependents(c.at);
      // A cell a rounding perturbation is computed from stays as it is: the perturbation would become an error.
      if (blocked.has(keyOf(c.at)) || [...deps].some((k) => avoid.has(k))) continue;
      if (injected.some((p) => d.dependents(p).has(keyOf(c.at)) || deps.has(keyOf(p)))) continue;
      items.push(apply(d, c, rng));
      injected.push(c.at);
      blocked.add(keyOf(c.at));
      deps.forEach((k) => blocked.add(k));
    }
  }
  const listed = new Set([...injected.map(keyOf), ...avoid]);
  return [...items, ...consequences(d, injected, listed)];
}

/**
 * Rounding-level perturbations: a computed percentage or quantity nobody computes from, printed
 * with its last digit off by less than one unit (truncated instead of rounded). A checker may
 * mention it as info, never as error or warning.
 */
export function perturbRounding(d: SheetDraft, rng: Rng): TruthRecord[] {
  const items: TruthRecord[] = [];
  const wanted = rng.int(0, 3);
  const pool = rng.shuffle([...d.entries.values()].filter((e) => e.kind === 'num' && e.expr && e.relation && e.unit !== 'rp' && d.dependents(e.at).size === 0));
  for (const e of pool) {
    if (items.length >= wanted || e.kind !== 'num') break;
    const exact = d.exact(e.at);
    if (exact === null) continue;
    const unit = 10 ** -e.decimals;
    const lo = Math.floor(exact / unit) * unit;
    const hi = lo + unit;
    const alt = roundTo(roundTo(exact, e.decimals) === roundTo(lo, e.decimals) ? hi : lo, e.decimals);
    const off = Math.abs(alt - exact) / unit;
    if (off < 0.3 || off > 0.9) continue;
    d.setOverride(e.at, { value: alt });
    items.push({ sheet: d.name, cell: at1(e.at), check: e.relation!.check, severity: 'rounding', printed: describe(d, e.at), expected: roundTo(exact, 4), note: 'last digit off by less than one unit' });
  }
  return items;
}
