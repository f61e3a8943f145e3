/**
 * Results for formulas a file carries without a cached value (some tools omit zero results): the
 * arithmetic subset the reports use — numbers, same-sheet cell references, + − × ÷, parentheses,
 * SUM / AVERAGE / MIN / MAX over cells and ranges, ROUND. Anything else stays unknown (null); no
 * formula text is ever executed as code.
 */
import { parseAddress } from './address';
import type { Cell, SheetModel, WorkbookModel } from './workbook';

type Token = { t: 'num'; v: number } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|([A-Za-z]+)(?=\()|([-+*/(),]))/y;

function tokenize(f: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
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

class Unsupported extends Error {}

/** A referenced cell: its number, 'blank' (counts as 0, skipped by SUM), or null when unknown. */
type Lookup = (row: number, col: number) => number | 'blank' | null;

function evaluateFormula(formula: string, lookup: Lookup): number | null {
  const tokens = tokenize(formula.replace(/^=/, ''));
  if (!tokens || tokens.length === 0) return null;
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (op?: string) => {
    const tk = tokens[pos++];
    if (!tk || (op && !(tk.t === 'op' && tk.v === op))) throw new Unsupported();
    return tk;
  };
  const cells = (ref: string): number[] => {
    const [a, b] = ref.split(':');
    const p = parseAddress(a);
    const q = b ? parseAddress(b) : p;
    if (!p || !q) throw new Unsupported();
    const out: number[] = [];
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) {
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
        const v = lookup(r, c);
        if (v === null) throw new Unsupported();
        if (v !== 'blank') out.push(v);
      }
    }
    return out;
  };
  const args = (): number[] => {
    take('(');
    const out: number[] = [];
    while (!(peek()?.t === 'op' && peek()!.v === ')')) {
      const tk = peek();
      if (tk?.t === 'ref' && tk.v.includes(':')) {
        pos++;
        out.push(...cells(tk.v));
      } else out.push(expr());
      if (peek()?.t === 'op' && peek()!.v === ',') pos++;
    }
    take(')');
    return out;
  };
  const primary = (): number => {
    const tk = take();
    if (tk.t === 'num') return tk.v;
    if (tk.t === 'ref') {
      if (tk.v.includes(':')) throw new Unsupported();
      const p = parseAddress(tk.v);
      const v = p ? lookup(p.row, p.col) : null;
      if (v === null) throw new Unsupported();
      return v === 'blank' ? 0 : v;
    }
    if (tk.t === 'op' && tk.v === '(') {
      const v = expr();
      take(')');
      return v;
    }
    if (tk.t === 'op' && (tk.v === '-' || tk.v === '+')) return tk.v === '-' ? -primary() : primary();
    if (tk.t === 'id') {
      const a = args();
      switch (tk.v) {
        case 'SUM':
          return a.reduce((x, y) => x + y, 0);
        case 'AVERAGE':
          if (a.length === 0) throw new Unsupported();
          return a.reduce((x, y) => x + y, 0) / a.length;
        case 'MIN':
          return Math.min(...a);
        case 'MAX':
          return Math.max(...a);
        case 'ROUND': {
          const f = Math.pow(10, a[1] ?? 0);
          return Math.round(a[0] * f) / f;
        }
      }
    }
    throw new Unsupported();
  };
  const term = (): number => {
    let v = primary();
    while (peek()?.t === 'op' && (peek()!.v === '*' || peek()!.v === '/')) {
      const op = take().v;
      const r = primary();
      if (op === '/' && r === 0) throw new Unsupported();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (peek()?.t === 'op' && (peek()!.v === '+' || peek()!.v === '-')) {
      const op = take().v;
      const r = term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  try {
    const v = expr();
    return pos === tokens.length && Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

function fillSheet(sheet: SheetModel): SheetModel {
  const missing = (c: Cell | undefined) => !!c && !!c.f && (c.v === null || c.v === undefined);
  if (!sheet.cells.some((row) => row?.some(missing))) return sheet;
  const cells = sheet.cells.map((row) => (row ? [...row] : row));
  const visiting = new Set<string>();
  const lookup: Lookup = (r, c) => {
    const cell = cells[r]?.[c];
    if (!cell || cell.v === null || cell.v === undefined || cell.v === '') {
      if (!cell || !cell.f) return 'blank';
    }
    if (typeof cell.v === 'number') return cell.v;
    if (!missing(cell)) return 'blank';
    const key = `${r},${c}`;
    if (visiting.has(key)) return null;
    visiting.add(key);
    const v = evaluateFormula(cell.f!, lookup);
    visiting.delete(key);
    if (v !== null) cells[r]![c] = { ...cell, v };
    return v;
  };
  cells.forEach((row, r) => row?.forEach((cell, c) => missing(cell) && lookup(r, c)));
  return { ...sheet, cells };
}

/** The workbook with the results of simple formulas filled in where the file had none (the input is not changed). */
export function withFormulaResults(model: WorkbookModel): WorkbookModel {
  return { ...model, sheets: model.sheets.map(fillSheet) };
}
