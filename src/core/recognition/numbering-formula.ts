/**
 * Column formulas printed in a numbering row under the header, as evaluation forms print them:
 * "13 = 12/7x100", "14 = 7 + 13", "10 = (9 / 8) * 100". Numbers are column numbers of the same
 * numbering row, except 100 (a constant). Read with a small parser: no eval.
 */

export type ColumnExpr =
  | { kind: 'column'; number: number }
  | { kind: 'constant'; value: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: ColumnExpr; right: ColumnExpr };

export interface NumberingFormula {
  /** The column number the formula defines (13 in "13 = 12/7x100"). */
  number: number;
  expr: ColumnExpr;
}

const OPS: Record<string, '+' | '-' | '*' | '/'> = { '+': '+', '-': '-', '−': '-', x: '*', X: '*', '×': '*', '*': '*', '/': '/', ':': '/', '÷': '/' };

function tokens(text: string): string[] | null {
  const out: string[] = [];
  const re = /\s*(\d+|[()+\-−xX×*/:÷])/y;
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) return null;
    out.push(m[1]);
    i = re.lastIndex;
    while (s[i] === ' ') i++;
  }
  return out;
}

/** Parses "13 = 12/7x100"; null when the text is a plain number or not a formula of column numbers. */
export function parseNumberingFormula(text: string): NumberingFormula | null {
  const m = /^\s*\(?(\d{1,2})\)?\s*=\s*(.+)$/.exec(text);
  if (!m) return null;
  const toks = tokens(m[2]);
  if (!toks || toks.length === 0) return null;
  let pos = 0;
  const peek = () => toks[pos];
  // expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)* ; factor := number | '(' expr ')'
  const factor = (): ColumnExpr | null => {
    const t = toks[pos++];
    if (t === undefined) return null;
    if (t === '(') {
      const e = expr();
      if (toks[pos++] !== ')') return null;
      return e;
    }
    if (!/^\d+$/.test(t)) return null;
    const n = Number(t);
    return n === 100 ? { kind: 'constant', value: 100 } : { kind: 'column', number: n };
  };
  const binary = (next: () => ColumnExpr | null, ops: string[]) => (): ColumnExpr | null => {
    let left = next();
    while (left && peek() !== undefined && ops.includes(OPS[peek()] ?? '')) {
      const op = OPS[toks[pos++]];
      const right = next();
      if (!right) return null;
      left = { kind: 'op', op, left, right };
    }
    return left;
  };
  const term = binary(factor, ['*', '/']);
  const expr = binary(term, ['+', '-']);
  const e = expr();
  if (!e || pos !== toks.length || columnsOf(e).length === 0) return null;
  return { number: Number(m[1]), expr: e };
}

/** The column numbers an expression refers to, in order. */
export function columnsOf(e: ColumnExpr): number[] {
  if (e.kind === 'column') return [e.number];
  if (e.kind === 'constant') return [];
  return [...columnsOf(e.left), ...columnsOf(e.right)];
}

/** The expression's value for the given column values; null on a division by zero or a missing value. */
export function evaluateColumnExpr(e: ColumnExpr, valueOf: (number: number) => number | null): number | null {
  if (e.kind === 'constant') return e.value;
  if (e.kind === 'column') return valueOf(e.number);
  const a = evaluateColumnExpr(e.left, valueOf);
  const b = evaluateColumnExpr(e.right, valueOf);
  if (a === null || b === null) return null;
  switch (e.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
  }
}

/** True when the expression divides (a ratio, a percentage). */
export function divides(e: ColumnExpr): boolean {
  return e.kind === 'op' && (e.op === '/' || divides(e.left) || divides(e.right));
}

/** True when the expression subtracts and does not divide (a difference). */
export function subtracts(e: ColumnExpr): boolean {
  return e.kind === 'op' && (e.op === '-' || subtracts(e.left) || subtracts(e.right));
}
