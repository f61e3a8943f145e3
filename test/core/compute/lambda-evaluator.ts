/**
 * A tiny evaluator for the subset of Excel formulas our LAMBDA names use: LAMBDA (with [optional]
 * parameters), LET, IF, IFS, AND, OR, NOT, ISBLANK, ISNUMBER, ISOMITTED, NA, ROUND, MIN,
 * + − × ÷, comparisons, numbers, strings, TRUE/FALSE. Excel semantics that matter here: a blank is
 * 0 in arithmetic, text compares case-insensitively, errors propagate, IF/IFS evaluate lazily,
 * IFS without a true condition is #N/A.
 */

export const BLANK = { blank: true } as const;
export const OMITTED = { omitted: true } as const;
export interface XlError {
  error: string;
}
export type Value = number | string | boolean | typeof BLANK | typeof OMITTED | XlError;

type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'name'; v: string }
  | { t: 'call'; fn: string; args: Node[] }
  | { t: 'opt'; v: string }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'neg'; e: Node };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|<>|[-+*/=<>(),[\]]))/y;

function tokenize(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read formula at ${TOKEN.lastIndex}: ${src.slice(TOKEN.lastIndex)}`);
    out.push(m[0].trim());
  }
  return out;
}

function parse(src: string): Node {
  const tokens = tokenize(src.replace(/^=/, ''));
  let i = 0;
  const peek = (): string | undefined => tokens[i];
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (expected !== undefined && t !== expected) throw new Error(`expected ${expected}, got ${t}`);
    return t;
  };
  const comparison = (): Node => {
    let l = additive();
    while (['=', '<>', '<', '<=', '>', '>='].includes(peek() ?? '')) {
      const op = take();
      l = { t: 'bin', op, l, r: additive() };
    }
    return l;
  };
  const additive = (): Node => {
    let l = multiplicative();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      l = { t: 'bin', op, l, r: multiplicative() };
    }
    return l;
  };
  const multiplicative = (): Node => {
    let l = unary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      l = { t: 'bin', op, l, r: unary() };
    }
    return l;
  };
  const unary = (): Node => {
    if (peek() === '-') {
      take();
      return { t: 'neg', e: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = take();
    if (t === '(') {
      const e = comparison();
      take(')');
      return e;
    }
    if (t === '[') {
      const name = take();
      take(']');
      return { t: 'opt', v: name.toUpperCase() };
    }
    if (/^\d/.test(t)) return { t: 'num', v: Number(t) };
    if (t.startsWith('"')) return { t: 'str', v: t.slice(1, -1).replace(/""/g, '"') };
    if (/^(TRUE|FALSE)$/i.test(t) && peek() !== '(') return { t: 'bool', v: t.toUpperCase() === 'TRUE' };
    if (peek() === '(') {
      take('(');
      const args: Node[] = [];
      if (peek() !== ')') {
        args.push(comparison());
        while (peek() === ',') {
          take(',');
          args.push(comparison());
        }
      }
      take(')');
      return { t: 'call', fn: t.toUpperCase(), args };
    }
    return { t: 'name', v: t.toUpperCase() };
  };
  const node = comparison();
  if (i !== tokens.length) throw new Error(`unexpected ${tokens[i]}`);
  return node;
}

const isError = (v: unknown): v is XlError => typeof v === 'object' && v !== null && 'error' in v;
const NA: XlError = { error: '#N/A' };

function toNumber(v: Value): number | XlError {
  if (isError(v)) return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return 0; // blank or omitted
  return { error: '#VALUE!' };
}

function compare(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const norm = (v: Value): number | string | boolean => (typeof v === 'object' ? (typeof b === 'string' || typeof a === 'string' ? '' : 0) : v);
  const x = norm(a);
  const y = norm(b);
  // Excel: numbers < text < logicals.
  const rank = (v: number | string | boolean): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let c: number;
  if (rank(x) !== rank(y)) c = rank(x) - rank(y);
  else if (typeof x === 'string') c = x.toLowerCase() < (y as string).toLowerCase() ? -1 : x.toLowerCase() > (y as string).toLowerCase() ? 1 : 0;
  else c = Number(x) < Number(y) ? -1 : Number(x) > Number(y) ? 1 : 0;
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function truthy(v: Value): boolean | XlError {
  if (isError(v)) return v;
  if (typeof v === 'string') return { error: '#VALUE!' };
  const n = toNumber(v);
  return isError(n) ? n : n !== 0;
}

function round(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
}

type Env = Map<string, Value>;
type Fn = (...args: Value[]) => Value;

function evaluate(node: Node, env: Env): Value | Fn {
  switch (node.t) {
    case 'num':
    case 'str':
    case 'bool':
      return node.v;
    case 'name': {
      const v = env.get(node.v);
      if (v === undefined) return { error: '#NAME?' };
      return v;
    }
    case 'opt':
      throw new Error('optional parameter outside LAMBDA');
    case 'neg': {
      const n = toNumber(value(node.e, env));
      return isError(n) ? n : -n;
    }
    case 'bin': {
      const a = value(node.l, env);
      const b = value(node.r, env);
      if (['=', '<>', '<', '<=', '>', '>='].includes(node.op)) return compare(node.op, a, b);
      const x = toNumber(a);
      const y = toNumber(b);
      if (isError(x)) return x;
      if (isError(y)) return y;
      if (node.op === '+') return x + y;
      if (node.op === '-') return x - y;
      if (node.op === '*') return x * y;
      return y === 0 ? { error: '#DIV/0!' } : x / y;
    }
    case 'call':
      return call(node.fn, node.args, env);
  }
}

function value(node: Node, env: Env): Value {
  const v = evaluate(node, env);
  if (typeof v === 'function') return { error: '#CALC!' };
  return v;
}

function call(fn: string, args: Node[], env: Env): Value | Fn {
  switch (fn) {
    case 'LAMBDA': {
      const params = args.slice(0, -1).map((p) => {
        if (p.t === 'name') return { name: p.v, optional: false };
        if (p.t === 'opt') return { name: p.v, optional: true };
        throw new Error('bad LAMBDA parameter');
      });
      const body = args[args.length - 1];
      return (...actual: Value[]) => {
        const local: Env = new Map(env);
        params.forEach((p, i) => {
          if (i >= actual.length && !p.optional) throw new Error(`missing argument ${p.name}`);
          local.set(p.name, i < actual.length ? actual[i] : OMITTED);
        });
        return value(body, local);
      };
    }
    case 'LET': {
      const local: Env = new Map(env);
      for (let i = 0; i + 1 < args.length; i += 2) {
        const name = args[i];
        if (name.t !== 'name') throw new Error('bad LET name');
        local.set(name.v, value(args[i + 1], local));
      }
      return value(args[args.length - 1], local);
    }
    case 'IF': {
      const c = truthy(value(args[0], env));
      if (isError(c)) return c;
      if (c) return value(args[1], env);
      return args.length > 2 ? value(args[2], env) : false;
    }
    case 'IFS': {
      for (let i = 0; i + 1 < args.length; i += 2) {
        const c = truthy(value(args[i], env));
        if (isError(c)) return c;
        if (c) return value(args[i + 1], env);
      }
      return NA;
    }
    case 'AND':
    case 'OR': {
      const vs = args.map((a) => truthy(value(a, env)));
      const err = vs.find(isError);
      if (err) return err;
      return fn === 'AND' ? vs.every(Boolean) : vs.some(Boolean);
    }
    case 'NOT': {
      const c = truthy(value(args[0], env));
      return isError(c) ? c : !c;
    }
    case 'ISBLANK':
      return value(args[0], env) === BLANK;
    case 'ISNUMBER':
      return typeof value(args[0], env) === 'number';
    case 'ISOMITTED':
      return value(args[0], env) === OMITTED;
    case 'NA':
      return NA;
    case 'ROUND': {
      const x = toNumber(value(args[0], env));
      const d = toNumber(value(args[1], env));
      if (isError(x)) return x;
      if (isError(d)) return d;
      return round(x, d);
    }
    case 'MIN': {
      const xs = args.map((a) => toNumber(value(a, env)));
      const err = xs.find(isError);
      return err ?? Math.min(...(xs as number[]));
    }
    default:
      throw new Error(`function ${fn} is not in the evaluator's subset`);
  }
}

/** Compiles a `=LAMBDA(...)` definition into a callable function. */
export function compileLambda(formula: string): (...args: Value[]) => Value {
  const f = evaluate(parse(formula), new Map());
  if (typeof f !== 'function') throw new Error('not a LAMBDA');
  return f;
}

export { isError };
