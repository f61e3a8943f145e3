/**
 * Formulas the sheet states in its numbering row ("13 = 12/7x100", "14 = 7 + 13"): each row's
 * printed value in that column against the formula applied to the row's own columns.
 */
import { columnLetter } from '../model/address';
import type { Grid } from '../recognition/grid';
import { columnsOf, divides, evaluateColumnExpr, parseNumberingFormula, subtracts, type NumberingFormula } from '../recognition/numbering-formula';
import { numberingCellNumber } from '../recognition/tables';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import type { CheckId } from '../report';
import { compareCell } from './compare-cell';
import { cellOf, fmt, shortLabel, type CheckContext } from './context';
import { isLowerBetter, numberAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule, type RuleContext } from './rule';
import { additivity } from './table-columns';

const messages = {
  ...RECOMPUTED_MESSAGES,
  column: 'Kolom {number} "{header}"',
  how: 'rumus kolom "{formula}": {operands}',
  operand: 'kolom {number} ({letter}) = {value}',
};

/** Numbering number → sheet column, and the formulas stated in that row. */
function numbering(grid: Grid, table: RecognizedTable, row: number): { columns: Map<number, number>; formulas: { col: number; text: string; formula: NumberingFormula }[] } {
  const columns = new Map<number, number>();
  const formulas: { col: number; text: string; formula: NumberingFormula }[] = [];
  for (let c = table.area.left; c <= table.area.right; c++) {
    const text = grid.text(row, c);
    const n = numberingCellNumber(text);
    if (n === null) continue;
    columns.set(n, c);
    const formula = parseNumberingFormula(text);
    if (formula) formulas.push({ col: c, text, formula });
  }
  return { columns, formulas };
}

function checkIdFor(formula: NumberingFormula, col: TableColumn): CheckId {
  if (col.role === 'capaian' || col.role === 'capaian_renstra') return 'capaian';
  if (divides(formula.expr)) return 'ratio';
  return subtracts(formula.expr) ? 'difference' : 'sum';
}

function checkTable(ctx: RuleContext<keyof typeof messages>, table: RecognizedTable): void {
  if (table.numberingRow === undefined) return;
  const grid = ctx.grid(table.sheet);
  const { columns, formulas } = numbering(grid, table, table.numberingRow);
  const stated = { computed: new Set<number>(), inputs: new Set<number>() };
  ctx.stated.set(table, stated);
  for (const { col: c, text, formula } of formulas) {
    const refs = columnsOf(formula.expr);
    if (refs.some((n) => !columns.has(n)) || columns.get(formula.number) !== c) continue;
    const col: TableColumn = table.columns.find((x) => x.col === c) ?? { col: c, role: 'lainnya', header: text };
    const operand = (n: number): TableColumn => table.columns.find((x) => x.col === columns.get(n)) ?? { col: columns.get(n)!, role: 'lainnya', header: String(n) };
    stated.computed.add(c);
    for (const n of refs) stated.inputs.add(columns.get(n)!);
    const percent = divides(formula.expr);
    const check = checkIdFor(formula, col);
    // Lower-is-better is a matter of performance (K), never of money.
    const performance = percent && refs.every((n) => additivity(ctx, table, operand(n)) !== 'money');
    const countsUp = !percent && !subtracts(formula.expr) && refs.every((n) => additivity(ctx, table, operand(n)) !== 'money');
    const what = ctx.text('column', { number: formula.number, header: shortLabel(col.header, 40) });
    for (const row of table.rows) {
      if (row.type === 'numbering' || row.type === 'header-repeat' || row.type === 'section') continue;
      const values = new Map(refs.map((n) => [n, numberAt(ctx, table, row.row, operand(n))]));
      const value = evaluateColumnExpr(formula.expr, (n) => values.get(n) ?? null);
      if (value === null) continue;
      // A lower-is-better indicator computes its ratio as (2 × B − A) ÷ B × 100 (domain.md §3).
      const [a, b] = refs.map((n) => values.get(n) ?? null);
      const alternatives = performance && refs.length === 2 && a !== null && b !== null && b !== 0 && isLowerBetter(ctx, table, row) ? [((2 * b - a) / b) * 100] : [];
      // "14 = 7 + 13" for a rate or an index (K): its value up to this year is this year's, not a sum.
      const last = values.get(refs[refs.length - 1]);
      if (countsUp && last !== null && last !== undefined) alternatives.push(last);
      const how = () => ctx.text('how', { formula: text, operands: refs.map((n) => ctx.text('operand', { number: n, letter: columnLetter(columns.get(n)!), value: fmt(values.get(n)!) })).join(', ') });
      compareCell(ctx, table, row.row, col, what, check, {
        value,
        how,
        related: refs.map((n) => cellOf(row.row, columns.get(n)!)),
        alternatives,
        stated: true,
        recompute: (corrected) => evaluateColumnExpr(formula.expr, (n) => corrected(cellOf(row.row, columns.get(n)!)) ?? values.get(n) ?? null),
      }, percent);
    }
  }
}

export const statedRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'ratio',
    name: 'numbering-row-formula',
    label: 'Persentase',
    description: 'Menghitung ulang setiap baris kolom yang rumusnya tertulis di baris penomoran tabel ("13 = 12/7x100", "14 = 7 + 13") dari kolom-kolom yang disebut rumus itu.',
    messages,
  },
  create: (ctx) => ({ table: (table) => checkTable(ctx, table) }),
};

/**
 * After every check: a column the sheet's confirmed formulas use as an input, which a header
 * reading computed and most rows contradict, was misread by the header words ("Realisasi Kinerja"
 * read as the capaian while "9 = 8/7x100" makes column 8 the realisasi).
 */
export function settleStatedInputs(ctx: CheckContext): void {
  for (const [table, s] of ctx.stated) {
    if (![...s.computed].some((c) => ctx.ledger.computes(table, c))) continue;
    for (const c of s.inputs) if (!s.computed.has(c)) ctx.ledger.supersede(table, c);
  }
}
