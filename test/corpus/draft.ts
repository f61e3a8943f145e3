/**
 * A generated sheet before it is written: text cells, input numbers, computed numbers (an
 * expression each) and predicate labels. Values are evaluated the way Excel evaluates them — a
 * computed cell from the stored values of the cells it refers to — so an error typed over one cell
 * breaks exactly one relation, and the cells computed from it stay consistent with it.
 */
import { address } from '../../src/core/model/address';
import type { Area, Cell, SheetModel } from '../../src/core/model/workbook';
import type { CheckId } from '../../src/core/report';
import { evaluate, formulaOf, refsOf, type Expr, type Pos } from './expr';
import { drawColumnStyle, numberCell, roundTo, type ColumnStyle, type Style, type Unit } from './numbers';
import type { Rng } from './prng';

/** The relation a computed cell obeys: the check that must catch a wrong value there. */
export interface Relation {
  check: CheckId;
  /** Other check ids that are also a right answer. */
  accept?: CheckId[];
}

/** A rating scale: bands from the top; a value at or above `from` gets `label` (the last band has from −∞). */
export interface Scale {
  bands: { from: number; label: string }[];
}

export function labelOf(scale: Scale, value: number): string {
  return (scale.bands.find((b) => value >= b.from) ?? scale.bands[scale.bands.length - 1]).label;
}

/** A wrong text a text cell can be given: a header naming another year, a scale band with a gap. */
export interface WrongText {
  check: CheckId;
  text(rng: Rng): string;
  /** False when the wrong text would make other cells wrong as well (then it is not injected). */
  applies?(): boolean;
  note: string;
}

export interface NumSpec {
  unit: Unit;
  decimals: number;
  /** A typed input; null writes a blank. */
  input?: number | null;
  expr?: Expr;
  relation?: Relation;
  /** An input that must not exceed the cell at this position (realisasi ≤ pagu): a range candidate. */
  notAbove?: Pos;
  bold?: boolean;
  /** Written after the number when the column writes numbers as text ("120 Orang"). */
  suffix?: string;
}

export type Entry =
  | ({ kind: 'num'; at: Pos } & NumSpec)
  | { kind: 'text'; at: Pos; text: string; bold?: boolean; indent?: number; wrong?: WrongText }
  | { kind: 'label'; at: Pos; of: Pos; scale: Scale };

/** What an injected error or a rounding perturbation puts in a cell instead of the right thing. */
export type Override = { value: number } | { expr: Expr } | { text: string };

export interface DraftPlan {
  /** Computed cells carry formulas (else every cell is a typed value, as pasted from a report). */
  formulas: boolean;
  styles: Record<Unit, Style>;
  /** Each column draws its own style among those allowed for its unit. */
  mixed: boolean;
  /** Values-only computed cells keep full precision instead of the printed decimals. */
  keepPrecision: boolean;
}

const STYLES_FOR: Record<Unit, Style[]> = { rp: ['typed', 'text'], k: ['typed', 'text'], pct: ['typed', 'fraction', 'text'] };

export const keyOf = (at: Pos) => `${at.row}:${at.col}`;

/** Sums, differences and means of fraction cells are fractions themselves: no scaling needed. */
function sameScale(e: Expr, fraction: (at: Pos) => boolean): boolean {
  if (e.op === 'ref') return fraction(e.at);
  if (e.op === 'sum' || e.op === 'mean') return e.cells.every(fraction);
  if (e.op === '+' || e.op === '-') return sameScale(e.a, fraction) && sameScale(e.b, fraction);
  return false;
}

export class SheetDraft {
  readonly entries = new Map<string, Entry>();
  readonly merges: Area[] = [];
  readonly overrides = new Map<string, Override>();
  private readonly styles = new Map<string, ColumnStyle>();
  private memo = new Map<string, number | null>();
  /** Who refers to whom, built once the sheet is complete. */
  private reverse?: Map<string, string[]>;

  constructor(
    readonly name: string,
    readonly year: number,
    readonly plan: DraftPlan,
    private readonly rng: Rng,
  ) {}

  text(row: number, col: number, text: string, props: { bold?: boolean; indent?: number; wrong?: WrongText } = {}): void {
    this.entries.set(keyOf({ row, col }), { kind: 'text', at: { row, col }, text, ...props });
  }

  num(row: number, col: number, spec: NumSpec): Pos {
    const at = { row, col };
    this.entries.set(keyOf(at), { kind: 'num', at, ...spec });
    this.memo = new Map();
    return at;
  }

  label(row: number, col: number, of: Pos, scale: Scale): void {
    this.entries.set(keyOf({ row, col }), { kind: 'label', at: { row, col }, of, scale });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  entry(at: Pos): Entry | undefined {
    return this.entries.get(keyOf(at));
  }

  setOverride(at: Pos, o: Override): void {
    this.overrides.set(keyOf(at), o);
    this.memo = new Map();
  }

  styleOf(at: Pos): ColumnStyle {
    const e = this.entry(at);
    if (!e || e.kind !== 'num') throw new Error(`No number at ${address(at.row, at.col)}`);
    const k = `${at.col}:${e.unit}:${e.decimals}`;
    let s = this.styles.get(k);
    if (!s) {
      // Drawn from a stream of its own: the same column gets the same style whatever is evaluated first.
      const rng = this.rng.fork(k);
      const wanted = this.plan.mixed ? rng.pick(STYLES_FOR[e.unit]) : this.plan.styles[e.unit];
      // A formula cannot compute from numbers stored as text: text styles only in values-only sheets.
      const style = this.plan.formulas && wanted === 'text' ? 'typed' : wanted;
      s = drawColumnStyle(e.unit, e.decimals, style, rng);
      this.styles.set(k, s);
    }
    return s;
  }

  /** Whether the cell is written with its formula. */
  isFormula(at: Pos): boolean {
    const e = this.entry(at);
    const o = this.overrides.get(keyOf(at));
    if (!e || e.kind !== 'num' || !this.plan.formulas) return false;
    if (o && 'value' in o) return false;
    return (e.expr !== undefined || (o !== undefined && 'expr' in o)) && this.styleOf(at).style !== 'text';
  }

  /** The value the cell stores (a percent in points), as Excel would compute it. */
  value(at: Pos): number | null {
    const k = keyOf(at);
    if (this.memo.has(k)) return this.memo.get(k)!;
    const e = this.entry(at);
    let v: number | null = null;
    if (e?.kind === 'num') {
      const o = this.overrides.get(k);
      if (o && 'value' in o) v = o.value;
      else if (e.input !== undefined) v = e.input;
      else {
        const expr = o && 'expr' in o ? o.expr : e.expr!;
        const x = evaluate(expr, (p) => this.value(p));
        v = x === null ? null : this.isFormula(at) || (this.plan.keepPrecision && this.styleOf(at).style !== 'text') ? x : roundTo(x, e.decimals);
      }
    }
    this.memo.set(k, v);
    return v;
  }

  /** The right value of a computed cell: its own expression over the stored values of its references. */
  exact(at: Pos): number | null {
    const e = this.entry(at);
    if (e?.kind !== 'num' || !e.expr) return null;
    return evaluate(e.expr, (p) => this.value(p));
  }

  labelText(at: Pos): string {
    const e = this.entry(at);
    const o = this.overrides.get(keyOf(at));
    if (o && 'text' in o) return o.text;
    if (e?.kind === 'label') {
      const v = this.value(e.of);
      return v === null ? '' : labelOf(e.scale, v);
    }
    return e?.kind === 'text' ? e.text : '';
  }

  /** Cells whose value is computed from `at`, directly or through other cells. */
  dependents(at: Pos): Set<string> {
    const reverse = (this.reverse ??= this.referencedBy());
    const out = new Set<string>();
    const todo = [keyOf(at)];
    while (todo.length) {
      for (const d of reverse.get(todo.pop()!) ?? []) {
        if (!out.has(d)) {
          out.add(d);
          todo.push(d);
        }
      }
    }
    return out;
  }

  private referencedBy(): Map<string, string[]> {
    const reverse = new Map<string, string[]>();
    for (const e of this.entries.values()) {
      const refs = e.kind === 'num' && e.expr ? refsOf(e.expr) : e.kind === 'label' ? [e.of] : [];
      for (const r of refs) reverse.set(keyOf(r), [...(reverse.get(keyOf(r)) ?? []), keyOf(e.at)]);
    }
    return reverse;
  }

  private cellOf(e: Entry): Cell | undefined {
    if (e.kind === 'text') {
      const o = this.overrides.get(keyOf(e.at));
      const cell: Cell = { v: o && 'text' in o ? o.text : e.text };
      if (e.bold) cell.bold = true;
      if (e.indent) cell.indent = e.indent;
      return cell;
    }
    if (e.kind === 'label') {
      const text = this.labelText(e.at);
      return text ? { v: text } : undefined;
    }
    const typed = this.overrides.get(keyOf(e.at));
    if (typed && 'text' in typed) return { v: typed.text };
    const v = this.value(e.at);
    if (v === null) return undefined;
    const style = this.styleOf(e.at);
    const cell = numberCell(v, e.unit, e.decimals, e.suffix && style.style === 'text' ? { ...style, suffix: e.suffix } : style);
    if (this.isFormula(e.at)) {
      const o = this.overrides.get(keyOf(e.at));
      const expr = o && 'expr' in o ? o.expr : e.expr!;
      const fraction = (p: Pos) => {
        const r = this.entry(p);
        return r?.kind === 'num' && r.unit === 'pct' && this.styleOf(p).style === 'fraction';
      };
      // A fraction-styled percentage is written the way people write it: =D7/C7 with a % format.
      if (!fraction(e.at)) cell.f = formulaOf(expr, fraction);
      else if (sameScale(expr, fraction)) cell.f = formulaOf(expr, () => false);
      else if (expr.op === '*' && expr.b.op === 'const' && expr.b.v === 100) cell.f = formulaOf(expr.a, fraction);
      else cell.f = `(${formulaOf(expr, fraction)})/100`;
    }
    if (e.bold) cell.bold = true;
    return cell;
  }

  toSheet(): SheetModel {
    const cells: (Cell | undefined)[][] = [];
    let colCount = 0;
    for (const e of this.entries.values()) {
      const cell = this.cellOf(e);
      if (!cell) continue;
      (cells[e.at.row] ??= [])[e.at.col] = cell;
      colCount = Math.max(colCount, e.at.col + 1);
    }
    for (const m of this.merges) colCount = Math.max(colCount, m.right + 1);
    const rowCount = Math.max(cells.length, ...this.merges.map((m) => m.bottom + 1));
    for (let r = 0; r < rowCount; r++) cells[r] ??= [];
    return { name: this.name, cells, rowCount, colCount, merges: this.merges.map((m) => ({ ...m })) };
  }
}
