/**
 * Relations read from the numbers alone (issue "Checker v2", point 3): a numeric column that no
 * header-based check explains is tried against the columns to its left — a ratio (× 100 or as a
 * fraction), a difference, a sum of two columns or of a run of columns (TW I–IV, K/Rp pairs). A
 * formula that holds on the clear majority of the rows that can tell it apart is the column's
 * formula, and the rows that break it are reported. Nothing is reported from a formula that only a
 * few rows keep.
 */
import { columnLetter } from '../model/address';
import type { ColumnRole, RecognizedTable, TableRow } from '../recognition/types';
import { readHeader } from '../recognition/vocabulary';
import { additivity, headerText, valueColumns } from './table-columns';
import type { CellNumber } from '../recognition/values';
import type { CheckId } from '../report';
import { compareCell } from './compare-cell';
import { cellOf, compare, fmt, shortLabel } from './context';
import { isLowerBetter, readAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule, type RuleContext } from './rule';

const messages = {
  ...RECOMPUTED_MESSAGES,
  column: 'Kolom {letter} "{header}"',
  operand: 'kolom {letter} "{header}"',
  ratio: '{a} ÷ {b} × 100 = {x} ÷ {y} × 100',
  ratioLower: 'indikator "turun": (2 × {b} − {a}) ÷ {b} × 100 = (2 × {y} − {x}) ÷ {y} × 100',
  fraction: '{a} ÷ {b} = {x} ÷ {y}',
  difference: '{a} − {b} = {x} − {y}',
  sum: '{names} = {values}',
  share: '{a} ÷ jumlahnya {total} × 100 = {x} ÷ {total} × 100',
};
type Context = RuleContext<keyof typeof messages>;

/**
 * A formula must be told apart on at least this many rows before it is believed: three for a
 * percentage (a ratio matching to two decimals three times is no coincidence), five for a sum or a
 * difference of small counts.
 */
const MIN_TELLING_ROWS = 3;
const MIN_TELLING_ROWS_ADDITIVE = 5;
/** …and hold on at least this share of them. */
const MIN_HOLDING_SHARE = 0.6;
const QUARTER = /\b(tw|triwulan|trw|semester|smt)\b|^(i|ii|iii|iv)\b|\s(i|ii|iii|iv)$/;
/** A named year-of-quarters relation is voted on like a header reading: at least half its rows hold. */
const NAMED_HOLDING_SHARE = 0.5;
/** Rows tried while looking for a column's formula (the chosen one is then checked on every row). */
const SAMPLE_ROWS = 60;

/** No row is lower-is-better (money ratios). */
const higherIsBetter = () => false;

type Kind = 'ratio' | 'fraction' | 'difference' | 'sum' | 'share';

interface Formula {
  kind: Kind;
  /** Sheet columns of the operands, in order (numerator, denominator; minuend, subtrahend; addends). */
  parts: number[];
  /**
   * A year's figure before its quarters ("Target | TW I … TW IV"): their sum, or — for a
   * cumulative indicator (a percentage, an index, a lower-is-better rate) whose quarters only rise
   * or only fall — the last quarter.
   */
  quarters?: boolean;
  /** For a share ("Bobot %": a row's pagu as a share of the total pagu): the column's total. */
  total?: number;
}

type Values = Map<number, (CellNumber | null)[]>;

/** The formula's value; `lower`: the row's indicator is lower-is-better, so a ratio × 100 is (2 × B − A) ÷ B × 100. */
function compute(f: Formula, v: number[], lower = false): number | null {
  switch (f.kind) {
    case 'ratio':
      if (v[1] === 0) return null;
      return lower ? ((2 * v[1] - v[0]) / v[1]) * 100 : (v[0] / v[1]) * 100;
    case 'fraction':
      return v[1] === 0 ? null : v[0] / v[1];
    case 'difference':
      return v[0] - v[1];
    case 'sum':
      return v.reduce((a, b) => a + b, 0);
    case 'share':
      return f.total ? (v[0] / f.total) * 100 : null;
  }
}

/** Other right values of a row: the last quarter of a cumulative run. */
function alternativesOf(f: Formula, v: number[]): number[] {
  if (!f.quarters) return [];
  const rising = v.every((x, k) => k === 0 || x >= v[k - 1]);
  const falling = v.every((x, k) => k === 0 || x <= v[k - 1]);
  return rising || falling ? [v[v.length - 1]] : [];
}

/** Whether a row can tell this formula apart from a coincidence (no zero operand, no equal operands). */
function telling(f: Formula, v: number[], printed: CellNumber): boolean {
  if (f.quarters && v.every((x) => x === v[0])) return false;
  if (f.kind === 'sum') return v.filter((x) => x !== 0).length >= 2;
  if (f.kind === 'share') return v[0] !== 0 && v[0] !== f.total;
  // A fraction (0,8542 for 85,42 %) is printed with decimals: "2" for 2,31 is no evidence.
  if (f.kind === 'fraction' && printed.decimals < 2) return false;
  return v[0] !== 0 && v[1] !== 0 && v[0] !== v[1];
}

function candidates(left: number[], right: number[], totals: Map<number, number>): Formula[] {
  const out: Formula[] = [];
  // A share of the column's total (weights: "Bobot %" = pagu ÷ total pagu × 100).
  for (const a of left) {
    const total = totals.get(a);
    if (total) out.push({ kind: 'share', parts: [a], total });
  }
  // The four quarters just right of the column: side by side, or every second or third column (K | Rp, Target | Realisasi | %).
  for (const stride of [1, 2, 3]) {
    const run = Array.from({ length: 4 }, (_, k) => right[k * stride]);
    if (run.every((c) => c !== undefined)) out.push({ kind: 'sum', parts: run, quarters: true });
  }
  for (const a of left) {
    for (const b of left) {
      if (a === b) continue;
      out.push({ kind: 'ratio', parts: [a, b] }, { kind: 'fraction', parts: [a, b] }, { kind: 'difference', parts: [a, b] });
      if (a < b) out.push({ kind: 'sum', parts: [a, b] });
    }
  }
  // Runs of three to six columns, side by side or every second or third one (K and Rp under each quarter).
  for (const stride of [1, 2, 3]) {
    for (let i = 0; i < left.length; i++) {
      for (let n = 3; n <= 6; n++) {
        const run = Array.from({ length: n }, (_, k) => left[i + k * stride]);
        if (run.some((c) => c === undefined)) break;
        out.push({ kind: 'sum', parts: run });
      }
    }
  }
  return out;
}

function operands(values: Values, f: Formula, i: number): number[] | null {
  const v: number[] = [];
  for (const c of f.parts) {
    const r = values.get(c)?.[i];
    if (!r) return null;
    v.push(r.value);
  }
  return v;
}

/** How well a formula explains a column on the sampled rows. */
function fit(values: Values, target: number, f: Formula, rows: number[], lower: (i: number) => boolean): { telling: number; holding: number } {
  let tell = 0;
  let hold = 0;
  const printed = values.get(target)!;
  for (const i of rows) {
    const p = printed[i];
    const v = p && operands(values, f, i);
    if (!p || !v || !telling(f, v, p)) continue;
    const x = compute(f, v, lower(i));
    if (x === null) continue;
    tell++;
    if ([x, ...alternativesOf(f, v)].some((y) => compare(p.value, p.decimals, y).agreement !== 'differs')) hold++;
  }
  return { telling: tell, holding: hold };
}

/** A formula found from the numbers alone is believed on enough rows that hold. */
function believable(f: Formula, telling: number, holding: number): boolean {
  const least = f.kind === 'ratio' || f.kind === 'fraction' ? MIN_TELLING_ROWS : MIN_TELLING_ROWS_ADDITIVE;
  return telling >= least && holding >= Math.max(MIN_TELLING_ROWS, telling * MIN_HOLDING_SHARE);
}

function bestFormula(
  values: Values,
  target: number,
  left: number[],
  right: number[],
  rows: number[],
  lowerRows: (i: number) => boolean,
  money: Set<number>,
  named: (f: Formula) => boolean,
  totals: Map<number, number>,
): { f: Formula; telling: number; holding: number } | null {
  const sample = rows.filter((i) => values.get(target)![i]).slice(0, SAMPLE_ROWS);
  let best: { f: Formula; telling: number; holding: number } | null = null;
  for (const f of candidates(left, right, totals)) {
    const lower = f.parts.some((c) => money.has(c)) ? higherIsBetter : lowerRows;
    const { telling: t, holding: h } = fit(values, target, f, sample, lower);
    if (!(named(f) ? h >= 2 && h >= t * NAMED_HOLDING_SHARE : believable(f, t, h))) continue;
    // More rows explained wins; on a tie the formula with fewer operands.
    if (!best || h > best.holding || (h === best.holding && f.parts.length < best.f.parts.length)) best = { f, telling: t, holding: h };
  }
  return best;
}

function checkIdFor(f: Formula, role: ColumnRole | undefined): CheckId {
  if (role === 'capaian' || role === 'capaian_renstra') return 'capaian';
  if (f.kind === 'difference') return 'difference';
  if (f.kind === 'sum') return 'sum';
  return 'ratio';
}

function describe(ctx: Context, f: Formula, name: (col: number) => string, v: number[], lower: boolean): string {
  const n = f.parts.map((c) => `${name(c)}`);
  const x = v.map((a) => fmt(a));
  const pair = { a: n[0], b: n[1], x: x[0], y: x[1] };
  switch (f.kind) {
    case 'ratio':
      return ctx.text(lower ? 'ratioLower' : 'ratio', pair);
    case 'fraction':
    case 'difference':
      return ctx.text(f.kind, pair);
    case 'sum':
      return ctx.text('sum', { names: n.join(' + '), values: x.join(' + ') });
    case 'share':
      return ctx.text('share', { a: n[0], x: x[0], total: fmt(f.total ?? 0) });
  }
}

function checkTable(ctx: Context, table: RecognizedTable): void {
  if (table.kind === 'skala') return;
  const grid = ctx.grid(table.sheet);
  const rows: TableRow[] = table.rows.filter((r) => r.type !== 'numbering' && r.type !== 'header-repeat');
  const roles = new Map(table.columns.map((c) => [c.col, c]));
  const columns = new Map(valueColumns(grid, table).map((c) => [c.col, c]));
  const values: Values = new Map();
  for (const tc of columns.values()) {
    const v = rows.map((r) => {
      const x = readAt(ctx, table, r.row, tc);
      return x.kind === 'number' && !grid.covered(r.row, tc.col) ? x : null;
    });
    if (v.filter(Boolean).length >= MIN_TELLING_ROWS) values.set(tc.col, v);
  }
  const numeric = [...values.keys()].sort((a, b) => a - b);
  // Each money column's total: its last total row, else the sum of its top rows.
  const totals = new Map<number, number>();
  const last = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.type === 'total').pop();
  for (const c of numeric) {
    const v = values.get(c)!;
    const total = last ? v[last.i]?.value : rows.reduce((acc, r, i) => acc + (r.parent === null && r.type === 'data' ? (v[i]?.value ?? 0) : 0), 0);
    if (total && additivity(ctx, table, columns.get(c)!) === 'money') totals.set(c, total);
  }
  const indices = rows.map((_, i) => i);
  // Whether a row's indicator is lower-is-better, read only for the rows a ratio is tried on.
  const lowerMemo: (boolean | undefined)[] = [];
  const lowerRows = (i: number) => (lowerMemo[i] ??= isLowerBetter(ctx, table, rows[i]));
  // Lower-is-better is a matter of performance (K), never of money: a budget ratio is always realisasi ÷ pagu.
  const money = new Set([...columns.values()].filter((c) => additivity(ctx, table, c) === 'money').map((c) => c.col));
  const lowerFor = (f: Formula) => (f.parts.some((c) => money.has(c)) ? higherIsBetter : lowerRows);
  const name = (c: number) => ctx.text('operand', { letter: columnLetter(c), header: shortLabel(headerText(grid, table, c), 30) });
  for (const target of numeric) {
    const header = ctx.ledger.bestFit(table, target);
    if (header && header.broken === 0) continue;
    const left = numeric.filter((c) => c < target);
    // Quarters are named so (TW I … IV, Triwulan, Semester): a run of years is no year's breakdown.
    const right = numeric.filter((c) => c > target && QUARTER.test(headerText(grid, table, c).toLowerCase()));
    if (left.length < 2 && right.length < 3) continue;
    // "Target 2024" before "Target TW I … IV": the words say it is the year of those quarters; the numbers only have to agree.
    const word = readHeader(columns.get(target)!.header).base.split(' ')[0];
    const named = (f: Formula) => !!f.quarters && word !== '' && f.parts.every((c) => readHeader(headerText(grid, table, c)).base.split(' ').includes(word));
    const found = bestFormula(values, target, left, right, indices, lowerRows, money, named, totals);
    if (!found) continue;
    const { f } = found;
    // A header reading that holds on most rows gives way only to one that explains more rows and breaks fewer.
    const headerHolds = header !== null && header.broken * 2 <= header.evaluated;
    if (headerHolds && !(found.holding > header.evaluated - header.broken && found.telling - found.holding < header.broken)) continue;
    // The numbers read the column (and its inputs) otherwise than the header words did: that reading goes.
    ctx.ledger.supersede(table, target, headerHolds);
    for (const c of f.parts) ctx.ledger.supersede(table, c);
    const col = columns.get(target)!;
    const check = checkIdFor(f, roles.get(target)?.role);
    const lower = lowerFor(f);
    const percent = f.kind === 'ratio' || f.kind === 'share';
    const what = ctx.text('column', { letter: columnLetter(target), header: shortLabel(col.header, 40) });
    for (const i of indices) {
      const v = operands(values, f, i);
      const x = v && compute(f, v, lower(i));
      if (!v || x === null || x === undefined || !values.get(target)![i]) continue;
      const row = rows[i].row;
      compareCell(ctx, table, row, col, what, check, {
        value: x,
        how: () => describe(ctx, f, name, v, lower(i)),
        related: f.parts.map((c) => cellOf(row, c)),
        alternatives: alternativesOf(f, v),
        recompute: (corrected) => compute(f, f.parts.map((c, k) => corrected(cellOf(row, c)) ?? v[k]), lower(i)),
      }, percent);
    }
  }
}

export const discoveredRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'ratio',
    name: 'formula-from-numbers',
    label: 'Persentase',
    description: 'Mencari dari angkanya saja rumus kolom yang tidak dihitung pemeriksaan lain (rasio × 100, pecahan, selisih, jumlah kolom, triwulan, bobot dari jumlah kolom) dan menghitung ulang setiap baris dengan rumus yang berlaku pada sebagian besar baris.',
    messages,
    requires: ['numbering-row-formula', 'sisa-of-budget', 'sum-of-children', 'capaian-of-target', 'percentage-of-parts', 'average-row', 'sasaran-capaian', 'efficiency', 'predicate-of-scale'],
  },
  create: (ctx) => ({ table: (table) => checkTable(ctx, table) }),
};
