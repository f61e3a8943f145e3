/**
 * Results for formulas a file carries without a cached value (some tools omit zero results): the
 * arithmetic subset the reports use — numbers, same-sheet cell references, + − × ÷, parentheses,
 * SUM / AVERAGE / MIN / MAX over cells and ranges, ROUND. Anything else stays unknown (null); no
 * formula text is ever executed as code.
 *
 * The work is bounded: ranges are read only inside the sheet's used range, each formula is parsed
 * and evaluated once (a chain of formulas costs one pass, without recursion), and the cells read
 * in a workbook are capped at `WORK_LIMIT`. What was not evaluated is returned, per sheet.
 */
import { address, parseAddress } from './address';
import type { Cell, SheetModel, WorkbookModel } from './workbook';

/** Cells read (dependencies and values together) before the rest of a workbook's formulas are left unknown. */
export const WORK_LIMIT = 4_000_000;

type Token = { t: 'num'; v: number } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|([A-Za-z]+)(?=\()|([-+*/(),]))/y;

function tokenize(f: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < f.length) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(f);
    if (!m) return f.slice(i).trim() === '' ? out : null;
    if (m[1]) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2]) out.push({ t: 'ref', v: m[2] });
    else if (m[3]) out.push({ t: 'id', v: m[3].toUpperCase() });
    else out.push({ t: 'op', v: m[4] });
    i = TOKEN.lastIndex;
  }
  return out;
}

/** A rectangle of cells, 0-based and inclusive, already clipped to the used range (may be empty). */
interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Node =
  | { k: 'num'; v: number }
  | { k: 'cell'; row: number; col: number }
  | { k: 'range'; rect: Rect }
  | { k: 'neg'; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

const FUNCTIONS = new Set(['SUM', 'AVERAGE', 'MIN', 'MAX', 'ROUND']);

class Unsupported extends Error {}

/** The formula as a tree, with ranges clipped to `rows` × `cols`; null when it is outside the subset. */
function parseFormula(formula: string, rows: number, cols: number): Node | null {
  const tokens = tokenize(formula.replace(/^=/, ''));
  if (!tokens || tokens.length === 0) return null;
  let pos = 0;
  const peekOp = (op: string) => tokens[pos]?.t === 'op' && tokens[pos].v === op;
  const take = (op?: string): Token => {
    const tk = tokens[pos++];
    if (!tk || (op && !(tk.t === 'op' && tk.v === op))) throw new Unsupported();
    return tk;
  };
  const reference = (ref: string): Node => {
    const [a, b] = ref.split(':');
    const p = parseAddress(a);
    const q = b ? parseAddress(b) : p;
    if (!p || !q) throw new Unsupported();
    if (!b) return { k: 'cell', row: p.row, col: p.col };
    return {
      k: 'range',
      rect: {
        top: Math.min(p.row, q.row),
        left: Math.min(p.col, q.col),
        bottom: Math.min(Math.max(p.row, q.row), rows - 1),
        right: Math.min(Math.max(p.col, q.col), cols - 1),
      },
    };
  };
  const primary = (): Node => {
    const tk = take();
    if (tk.t === 'num') return { k: 'num', v: tk.v };
    if (tk.t === 'ref') {
      const node = reference(tk.v);
      if (node.k === 'range') throw new Unsupported();
      return node;
    }
    if (tk.t === 'op' && tk.v === '(') {
      const v = expr();
      take(')');
      return v;
    }
    if (tk.t === 'op' && (tk.v === '-' || tk.v === '+')) {
      const a = primary();
      return tk.v === '-' ? { k: 'neg', a } : a;
    }
    if (tk.t === 'id' && FUNCTIONS.has(tk.v)) {
      take('(');
      const args: Node[] = [];
      while (!peekOp(')')) {
        const next = tokens[pos];
        if (next?.t === 'ref' && next.v.includes(':')) {
          pos++;
          args.push(reference(next.v));
        } else args.push(expr());
        if (peekOp(',')) pos++;
        else if (!peekOp(')')) throw new Unsupported();
      }
      take(')');
      return { k: 'call', name: tk.v, args };
    }
    throw new Unsupported();
  };
  const binary = (operand: () => Node, ops: string[]) => (): Node => {
    let a = operand();
    while (ops.some(peekOp)) {
      const op = take().v as string;
      a = { k: 'bin', op, a, b: operand() };
    }
    return a;
  };
  const term = binary(primary, ['*', '/']);
  const expr = binary(term, ['+', '-']);
  try {
    const tree = expr();
    return pos === tokens.length ? tree : null;
  } catch {
    return null;
  }
}

/** Formulas of one sheet still to be evaluated, and the cell-read budget shared across the workbook. */
interface Evaluation {
  cells: (Cell | undefined)[][];
  trees: Map<number, Node | null>;
  done: Set<number>;
  budget: { left: number };
}

const key = (row: number, col: number) => row * 16_384 + col;

function pending(ev: Evaluation, row: number, col: number): boolean {
  return ev.trees.has(key(row, col)) && !ev.done.has(key(row, col));
}

function spend(ev: Evaluation, n: number): void {
  ev.budget.left -= n;
  if (ev.budget.left < 0) throw new Unsupported();
}

/** Each cell of the rectangle that exists, in the sheet's own sparse rows. */
function eachCell(ev: Evaluation, rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= Math.min(rect.bottom, ev.cells.length - 1); r++) {
    const row = ev.cells[r];
    if (!row) continue;
    const right = Math.min(rect.right, row.length - 1);
    spend(ev, Math.max(0, right - rect.left + 1));
    for (let c = rect.left; c <= right; c++) if (row[c]) visit(r, c);
  }
}

/** The formulas the tree reads that are still to be evaluated. */
function dependencies(ev: Evaluation, node: Node, out: number[] = []): number[] {
  switch (node.k) {
    case 'cell':
      spend(ev, 1);
      if (pending(ev, node.row, node.col)) out.push(key(node.row, node.col));
      break;
    case 'range':
      eachCell(ev, node.rect, (r, c) => pending(ev, r, c) && out.push(key(r, c)));
      break;
    case 'neg':
      dependencies(ev, node.a, out);
      break;
    case 'bin':
      dependencies(ev, node.a, out);
      dependencies(ev, node.b, out);
      break;
    case 'call':
      for (const a of node.args) dependencies(ev, a, out);
      break;
  }
  return out;
}

/** A referenced cell: its number, 'blank' (counts as 0, skipped by SUM), or unknown (throws). */
function read(ev: Evaluation, row: number, col: number): number | 'blank' {
  if (pending(ev, row, col)) throw new Unsupported();
  const cell = ev.cells[row]?.[col];
  if (!cell) return 'blank';
  if (typeof cell.v === 'number') return cell.v;
  if (cell.f && (cell.v === null || cell.v === undefined)) throw new Unsupported();
  return 'blank';
}

function values(ev: Evaluation, args: Node[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (a.k === 'range') {
      eachCell(ev, a.rect, (r, c) => {
        const v = read(ev, r, c);
        if (v !== 'blank') out.push(v);
      });
    } else out.push(value(ev, a));
  }
  return out;
}

function value(ev: Evaluation, node: Node): number {
  switch (node.k) {
    case 'num':
      return node.v;
    case 'cell': {
      spend(ev, 1);
      const v = read(ev, node.row, node.col);
      return v === 'blank' ? 0 : v;
    }
    case 'range':
      throw new Unsupported();
    case 'neg':
      return -value(ev, node.a);
    case 'bin': {
      const a = value(ev, node.a);
      const b = value(ev, node.b);
      if (node.op === '/' && b === 0) throw new Unsupported();
      return node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : a / b;
    }
    case 'call': {
      const a = values(ev, node.args);
      switch (node.name) {
        case 'SUM':
          return a.reduce((x, y) => x + y, 0);
        case 'AVERAGE':
          if (a.length === 0) throw new Unsupported();
          return a.reduce((x, y) => x + y, 0) / a.length;
        case 'MIN':
          return a.length === 0 ? 0 : a.reduce((x, y) => Math.min(x, y));
        case 'MAX':
          return a.length === 0 ? 0 : a.reduce((x, y) => Math.max(x, y));
        default: {
          const f = Math.pow(10, a[1] ?? 0);
          return Math.round(a[0] * f) / f;
        }
      }
    }
  }
}

/** Evaluates the formula at `start` after the pending formulas it reads, with an explicit stack. */
function evaluateFrom(ev: Evaluation, start: number): void {
  const stack: { k: number; deps: number[] | null; i: number }[] = [{ k: start, deps: null, i: 0 }];
  const entered = new Set<number>([start]);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const tree = ev.trees.get(frame.k) ?? null;
    if (frame.deps === null) frame.deps = tree ? dependencies(ev, tree) : [];
    let next: number | undefined;
    while (frame.i < frame.deps.length && next === undefined) {
      const d = frame.deps[frame.i++];
      // A dependency already entered is on the stack (a cycle) or done: either way, not again.
      if (!entered.has(d) && !ev.done.has(d)) next = d;
    }
    if (next !== undefined) {
      entered.add(next);
      stack.push({ k: next, deps: null, i: 0 });
      continue;
    }
    stack.pop();
    const row = Math.floor(frame.k / 16_384);
    const col = frame.k % 16_384;
    let v: number | null = null;
    try {
      v = tree ? value(ev, tree) : null;
    } catch (e) {
      if (ev.budget.left < 0) throw e;
    }
    if (v !== null && Number.isFinite(v)) ev.cells[row]![col] = { ...ev.cells[row]![col]!, v };
    ev.done.add(frame.k);
  }
}

/** Formulas on a sheet whose result stays unknown: how many, and the first of them. */
export interface NotEvaluated {
  sheet: string;
  count: number;
  first: string;
  /** True when the work limit stopped the evaluation (otherwise the formulas are outside the subset). */
  limitReached: boolean;
}

const inUsedRange = (sheet: SheetModel, row: number, col: number): boolean => row < sheet.rowCount && col < Math.min(sheet.colCount, 16_384);

const missing = (c: Cell | undefined): boolean => !!c && !!c.f && (c.v === null || c.v === undefined);

function fillSheet(sheet: SheetModel, budget: { left: number }): { sheet: SheetModel; limitReached: boolean } {
  if (!sheet.cells.some((row) => row?.some(missing))) return { sheet, limitReached: false };
  const cells = sheet.cells.map((row) => (row ? [...row] : row));
  const ev: Evaluation = { cells, trees: new Map(), done: new Set(), budget };
  cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (missing(cell) && inUsedRange(sheet, r, c)) ev.trees.set(key(r, c), parseFormula(cell!.f!, sheet.rowCount, sheet.colCount));
    }),
  );
  let limitReached = budget.left < 0;
  for (const k of [...ev.trees.keys()]) {
    if (limitReached) break;
    if (ev.done.has(k)) continue;
    try {
      evaluateFrom(ev, k);
    } catch {
      limitReached = true;
    }
  }
  return { sheet: { ...sheet, cells }, limitReached };
}

function notEvaluated(sheet: SheetModel, limitReached: boolean): NotEvaluated | null {
  let count = 0;
  let first = '';
  sheet.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!missing(cell) || !inUsedRange(sheet, r, c)) return;
      if (count++ === 0) first = address(r, c);
    }),
  );
  return count > 0 ? { sheet: sheet.name, count, first, limitReached } : null;
}

/**
 * The workbook with the results of simple formulas filled in where the file had none (the input is
 * not changed), and per sheet the formulas still without a result.
 */
export function evaluateMissingResults(model: WorkbookModel, workLimit = WORK_LIMIT): { model: WorkbookModel; notEvaluated: NotEvaluated[] } {
  const budget = { left: workLimit };
  const filled = model.sheets.map((s) => fillSheet(s, budget));
  return {
    model: { ...model, sheets: filled.map((f) => f.sheet) },
    notEvaluated: filled.flatMap((f) => notEvaluated(f.sheet, f.limitReached) ?? []),
  };
}

/** The workbook with the results of simple formulas filled in where the file had none (the input is not changed). */
export function withFormulaResults(model: WorkbookModel): WorkbookModel {
  return evaluateMissingResults(model).model;
}
