/** The rows an aggregate formula (`SUM(C8,C10:C12)`, `AVERAGE(F7:F9)`) refers to in one column. */
import { parseAddress } from '../model/address';

export interface AggregateRefs {
  fn: 'SUM' | 'AVERAGE';
  rows: number[];
}

const AGGREGATE_HINT = /sum|average|\+/i;

/** Reads `SUM(...)` / `ROUND(AVERAGE(...),2)` / `=C7+C9` style formulas over cells of one column. */
export function aggregateRefs(formula: string | undefined, col: number): AggregateRefs | null {
  // Most formulas of a table (C5-D5, D5/C5*100) are none of these: told apart without rewriting them.
  if (!formula || !AGGREGATE_HINT.test(formula)) return null;
  const f = formula.replace(/^=/, '').replace(/\s+/g, '').replace(/\$/g, '').toUpperCase();
  const m = /^(?:ROUND\()?(SUM|AVERAGE)\(([A-Z0-9:,]+)\)(?:,\d+\))?$/.exec(f);
  let fn: AggregateRefs['fn'];
  let args: string[];
  if (m) {
    fn = m[1] as AggregateRefs['fn'];
    args = m[2].split(',');
  } else if (/^[A-Z]+\d+(\+[A-Z]+\d+)+$/.test(f)) {
    fn = 'SUM';
    args = f.split('+');
  } else {
    return null;
  }
  const rows: number[] = [];
  for (const a of args) {
    const [from, to] = a.split(':');
    const p = parseAddress(from);
    const q = to ? parseAddress(to) : p;
    if (!p || !q || p.col !== col || q.col !== col) return null;
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) rows.push(r);
  }
  return rows.length ? { fn, rows } : null;
}
