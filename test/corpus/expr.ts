/**
 * The arithmetic of a generated table, written once: each computed cell holds an expression that
 * both evaluates the expected value and prints the Excel formula. Percentages are evaluated in
 * points (92,5 for 92,5 %) whatever the cell's style; the printer scales fraction-styled cells.
 */
import { address } from '../../src/core/model/address';

export interface Pos {
  row: number;
  col: number;
}

export type Expr =
  | { op: 'ref'; at: Pos }
  | { op: 'const'; v: number }
  | { op: '+' | '-' | '*' | '/'; a: Expr; b: Expr }
  | { op: 'sum' | 'mean'; cells: Pos[] };

export const ref = (at: Pos): Expr => ({ op: 'ref', at });
export const num = (v: number): Expr => ({ op: 'const', v });
export const plus = (a: Expr, b: Expr): Expr => ({ op: '+', a, b });
export const minus = (a: Expr, b: Expr): Expr => ({ op: '-', a, b });
export const times = (a: Expr, b: Expr): Expr => ({ op: '*', a, b });
export const over = (a: Expr, b: Expr): Expr => ({ op: '/', a, b });
export const sumOf = (cells: Pos[]): Expr => ({ op: 'sum', cells });
export const meanOf = (cells: Pos[]): Expr => ({ op: 'mean', cells });
/** a / b × 100 */
export const percentOf = (a: Pos, b: Pos): Expr => times(over(ref(a), ref(b)), num(100));
/** Lower is better: (2 × target − realisasi) / target × 100 (domain.md §3). */
export const inversePercent = (realisasi: Pos, target: Pos): Expr => times(over(minus(times(num(2), ref(target)), ref(realisasi)), ref(target)), num(100));

export type Lookup = (at: Pos) => number | null;

export function evaluate(e: Expr, value: Lookup): number | null {
  switch (e.op) {
    case 'ref':
      return value(e.at);
    case 'const':
      return e.v;
    case 'sum':
    case 'mean': {
      const xs = e.cells.map(value).filter((x): x is number => x !== null);
      if (xs.length === 0) return null;
      const total = xs.reduce((s, x) => s + x, 0);
      return e.op === 'sum' ? total : total / xs.length;
    }
    default: {
      const a = evaluate(e.a, value);
      const b = evaluate(e.b, value);
      if (a === null || b === null) return null;
      if (e.op === '+') return a + b;
      if (e.op === '-') return a - b;
      if (e.op === '*') return a * b;
      return b === 0 ? null : a / b;
    }
  }
}

export function refsOf(e: Expr): Pos[] {
  switch (e.op) {
    case 'ref':
      return [e.at];
    case 'const':
      return [];
    case 'sum':
    case 'mean':
      return e.cells;
    default:
      return [...refsOf(e.a), ...refsOf(e.b)];
  }
}

/** Cells of one column on consecutive rows print as a range, others as a list. */
function cellList(cells: Pos[]): string {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const contiguous = sorted.every((p, i) => p.col === sorted[0].col && p.row === sorted[0].row + i);
  if (contiguous && sorted.length > 1) return `${address(sorted[0].row, sorted[0].col)}:${address(sorted[sorted.length - 1].row, sorted[0].col)}`;
  return sorted.map((p) => address(p.row, p.col)).join(',');
}

const PRECEDENCE: Record<string, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };

/**
 * The Excel formula (without `=`) of an expression evaluated in points; `fraction(at)` tells that a
 * referenced percent cell stores a fraction (0,925 shown 92,5 %), which the formula scales by 100.
 */
export function formulaOf(e: Expr, fraction: (at: Pos) => boolean): string {
  const scaled = (text: string, at: Pos) => (fraction(at) ? `(${text}*100)` : text);
  const print = (x: Expr, parent: number, right: boolean): string => {
    switch (x.op) {
      case 'ref':
        return scaled(address(x.at.row, x.at.col), x.at);
      case 'const':
        return String(x.v);
      case 'sum':
        return scaled(`SUM(${cellList(x.cells)})`, x.cells[0]);
      case 'mean':
        return scaled(`AVERAGE(${cellList(x.cells)})`, x.cells[0]);
      default: {
        const p = PRECEDENCE[x.op];
        const text = `${print(x.a, p, false)}${x.op}${print(x.b, p, true)}`;
        return p < parent || (right && p === parent) ? `(${text})` : text;
      }
    }
  };
  return print(e, 0, false);
}
