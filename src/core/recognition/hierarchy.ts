/**
 * The hierarchy of a table's rows (Program > Kegiatan > Sub Kegiatan; Sasaran > Indikator): level
 * words and Permendagri codes, the order numbering styles appear in, the sheet's own SUM/AVERAGE
 * formulas, and — where the sheet has none — the amounts themselves.
 */
import { appendTo } from '../util/multimap';
import { codeStyle, levelFromPermendagri, levelFromWords, type CodeStyle } from './codes';
import { aggregateRefs } from './formula-refs';
import type { Grid } from './grid';
import { MONEY_ROLES, NUMERIC_ROLES } from './roles';
import type { RowType, TableColumn, TableRow } from './types';

/** A classified row before the hierarchy is known. */
export interface RowDraft {
  row: number;
  type: RowType;
  label: string;
  /** The label normalised (text.ts `normalize`), once for every use. */
  name: string;
  code?: string;
  codeCol: number;
  style: CodeStyle;
  bold: boolean;
  indent: number;
  upper: boolean;
  hasNumbers: boolean;
}

/** Tables without money columns are flat lists of indicators, apart from level words and formulas. */
function hasMoney(columns: TableColumn[]): boolean {
  return columns.some((c) => MONEY_ROLES.has(c.role));
}

/** Conventional outline order: I. above A. above 1. above a. above 1). */
const STYLE_RANK: Partial<Record<CodeStyle, number>> = { roman: 0, arabic: 2, dotted: 2, letter: 3, paren: 4 };

/** Levels: level words and Permendagri codes first; other rows by the order their style first appears. */
function assignLevels(drafts: RowDraft[]): number[] {
  const levels: number[] = [];
  const styleLevel = new Map<string, { level: number; rank?: number }>();
  const fixed = drafts.map((d) => {
    if (d.code && d.style === 'permendagri') return levelFromPermendagri(d.code);
    // Outline numbering says its own depth: 1.1 under 1, 1.1.1 under 1.1.
    if (d.code && d.style === 'dotted') return d.code.replace(/\.$/, '').split('.').length - 1;
    return levelFromWords(d.name);
  });
  const hasWordLevels = fixed.some((l) => l !== null && l >= 0);
  let lastLevel = -1;
  drafts.forEach((d, i) => {
    if (d.type === 'total' || d.type === 'average') {
      levels.push(-1);
      return;
    }
    const f = fixed[i];
    if (f !== null) {
      levels.push(f);
      lastLevel = f;
      return;
    }
    const key = `${d.style}|${d.codeCol}|${d.bold ? 'b' : ''}|${d.indent}|${d.upper ? 'U' : ''}|${d.hasNumbers ? 'n' : ''}`;
    let known = styleLevel.get(key);
    if (!known) {
      const rank = STYLE_RANK[d.style];
      // Beside level words a new style sits one level below the row before it; alone, styles rank by first appearance.
      let level = hasWordLevels ? lastLevel + 1 : styleLevel.size;
      if (rank !== undefined) {
        // A style that ranks above one already seen never nests under it.
        for (const s of styleLevel.values()) if (s.rank !== undefined && s.rank > rank) level = Math.min(level, s.level);
      }
      known = { level, ...(rank !== undefined ? { rank } : {}) };
      styleLevel.set(key, known);
    }
    levels.push(known.level);
    lastLevel = known.level;
  });
  return levels;
}

export function buildHierarchy(grid: Grid, drafts: RowDraft[], columns: TableColumn[]): TableRow[] {
  const levels = hasMoney(columns) ? assignLevels(drafts) : drafts.map((d) => (d.type === 'total' || d.type === 'average' ? -1 : Math.max(levelFromWords(d.name) ?? 0, 0)));
  const rows: TableRow[] = [];
  const stack: { row: number; level: number }[] = [];
  drafts.forEach((d, i) => {
    const level = levels[i];
    let parent: number | null = null;
    if (level >= 0) {
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      parent = stack.length ? stack[stack.length - 1].row : null;
      stack.push({ row: d.row, level });
    }
    rows.push({ row: d.row, type: d.type, level: Math.max(level, 0), parent, label: d.label, ...(d.code ? { code: d.code } : {}) });
  });
  const fromFormulas = applyFormulaEdges(grid, rows, columns);
  repairBySums(grid, rows, columns, fromFormulas);
  return rows;
}

/**
 * Hierarchy checked against the amounts (when the sheet's own formulas do not give it): a parent
 * whose children add up in no money column is mended, bottom-up, by the first of
 * - the row above adds up with the parent and its children: they are all its children (numbering
 *   typed inconsistently, e.g. "1" / "0" in two number columns);
 * - the rows after its children bring the sum to the parent's amount: they are its children too;
 * - among the children, a row equal to the sum of the rows right after it is their subtotal
 *   (numbering that restarts at every level).
 */
function repairBySums(grid: Grid, rows: TableRow[], columns: TableColumn[], fixed: Set<number>): void {
  const money = columns.filter((c) => MONEY_ROLES.has(c.role));
  if (money.length === 0) return;
  const value = (row: number, col: number) => {
    const r = grid.reading(row, col, true);
    return r.kind === 'number' ? r.value : null;
  };
  const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
  const data = rows.filter((r) => r.type === 'data');
  let childrenOf = new Map<number, TableRow[]>();
  const rebuild = () => {
    childrenOf = new Map();
    for (const r of data) if (r.parent !== null) appendTo(childrenOf, r.parent, r);
  };
  const adopt = (parent: TableRow, children: TableRow[]) => {
    for (const r of children) {
      r.parent = parent.row;
      r.level = parent.level + 1;
    }
  };
  const nestSubtotals = (kids: TableRow[], col: TableColumn): boolean => {
    let changed = false;
    for (let i = 0; i < kids.length - 1; i++) {
      const vi = value(kids[i].row, col.col);
      if (vi === null || vi === 0 || (childrenOf.get(kids[i].row) ?? []).length > 0) continue;
      let acc = 0;
      for (let j = i + 1; j < kids.length; j++) {
        acc += value(kids[j].row, col.col) ?? 0;
        if (close(acc, vi)) {
          adopt(kids[i], kids.slice(i + 1, j + 1));
          changed = true;
          i = j;
          break;
        }
        if (acc > vi + 0.5) break;
      }
    }
    return changed;
  };
  const extendToSum = (p: TableRow, kids: TableRow[], col: TableColumn): boolean => {
    const vp = value(p.row, col.col);
    if (vp === null) return false;
    const start = data.indexOf(kids[kids.length - 1]) + 1;
    let acc = kids.reduce((a, k) => a + (value(k.row, col.col) ?? 0), 0);
    for (let j = start; j < Math.min(data.length, start + 60); j++) {
      const next = data[j];
      if (next.level <= p.level && next.parent !== p.parent) break;
      acc += value(next.row, col.col) ?? 0;
      if (close(acc, vp)) {
        adopt(p, data.slice(start, j + 1));
        return true;
      }
      if (acc > vp + 0.5 && vp >= 0) break;
    }
    return false;
  };
  rebuild();
  for (let i = data.length - 1; i >= 0; i--) {
    const p = data[i];
    if (fixed.has(p.row)) continue;
    const kids = childrenOf.get(p.row) ?? [];
    if (kids.length === 0) continue;
    const testable = money.filter((c) => value(p.row, c.col) !== null && kids.every((k) => value(k.row, c.col) !== null));
    if (testable.length === 0) continue;
    if (testable.some((c) => close(value(p.row, c.col)!, kids.reduce((a, k) => a + value(k.row, c.col)!, 0)))) continue;
    const q = i > 0 ? data[i - 1] : null;
    const aboveAddsUp =
      q !== null &&
      (childrenOf.get(q.row) ?? []).length === 0 &&
      testable.some((c) => {
        const vq = value(q.row, c.col);
        return vq !== null && close(vq, value(p.row, c.col)! + kids.reduce((a, k) => a + value(k.row, c.col)!, 0));
      });
    if (aboveAddsUp) adopt(q!, [p, ...kids]);
    else if (!testable.some((c) => extendToSum(p, kids, c))) testable.some((c) => nestSubtotals(kids, c));
    rebuild();
  }
}

/** True when `row` is `of` itself or one of its ancestors (a circular formula must not make a cycle). */
function isAncestor(byRow: Map<number, TableRow>, row: number, of: TableRow): boolean {
  const seen = new Set<number>();
  for (let r: TableRow | undefined = of; r && !seen.has(r.row); r = r.parent === null ? undefined : byRow.get(r.parent)) {
    if (r.row === row) return true;
    seen.add(r.row);
  }
  return false;
}

/** Where the sheet's own SUM/AVERAGE formulas say which rows make up a row, that wins. */
function applyFormulaEdges(grid: Grid, rows: TableRow[], columns: TableColumn[]): Set<number> {
  const parents = new Set<number>();
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const indexOf = new Map(rows.map((r, i) => [r.row, i]));
  const aggregateCols = columns.filter((c) => NUMERIC_ROLES.has(c.role));
  for (const parent of rows) {
    if (parent.type !== 'data' && parent.type !== 'section') continue;
    const children = new Set<number>();
    for (const col of aggregateCols) {
      const refs = aggregateRefs(grid.cell(parent.row, col.col)?.f, col.col);
      if (!refs) continue;
      for (const r of refs.rows) if (r !== parent.row && byRow.has(r)) children.add(r);
    }
    if (children.size === 0) continue;
    parents.add(parent.row);
    const sorted = [...children].sort((a, b) => a - b);
    // Fill the gaps between referenced rows that sit at the children's level (a formula that skips a
    // row), and the rows between the parent and its first reference numbered like it (SUM(E23:E26)
    // under a row 21 whose first child is row 22).
    const first = byRow.get(sorted[0])!;
    const lastIndex = indexOf.get(sorted[sorted.length - 1])!;
    for (let i = indexOf.get(first.row)! + 1; i < lastIndex; i++) {
      const r = rows[i];
      if (!children.has(r.row) && r.type === 'data' && r.parent === first.parent) children.add(r.row);
    }
    for (let i = indexOf.get(first.row)! - 1; i > indexOf.get(parent.row)!; i--) {
      const r = rows[i];
      if (r.type !== 'data' || codeStyle(r.code) !== codeStyle(first.code) || codeStyle(r.code) === 'none') break;
      children.add(r.row);
    }
    for (const r of children) {
      const child = byRow.get(r)!;
      if (child.type === 'total' || child.type === 'average' || isAncestor(byRow, child.row, parent)) continue;
      child.parent = parent.row;
    }
  }
  // Levels follow parents.
  const levelOf = (r: TableRow, depth = 0): number => (r.parent === null || depth > 20 ? 0 : levelOf(byRow.get(r.parent) ?? r, depth + 1) + 1);
  for (const r of rows) if (r.type !== 'total' && r.type !== 'average') r.level = levelOf(r);
  return parents;
}
