/**
 * The shared step of every recomputation check: read the printed cell, compare it with the value
 * computed from its row at the printed precision, and say so in Indonesian.
 */
import type { RecognizedTable, TableColumn } from '../recognition/types';
import type { CheckId, Finding } from '../report';
import { cellOf, compare, fmt, severityOf, type CheckContext } from './context';
import { readAt } from './readings';
import type { MessageData, RecomputedMessageId, RuleContext } from './rule';

export interface Recomputed {
  value: number;
  /** "realisasi ÷ target × 100 = 35,52 ÷ 40,65 × 100" — how the value was computed (written only for a finding). */
  how: () => string;
  related: string[];
  /** Other values that are also right (e.g. the other formula of a lower-is-better indicator). */
  alternatives?: number[];
  /** Computed down the column (an average of rows) rather than across the row. */
  vertical?: boolean;
  /** The formula is the one the sheet states in its numbering row. */
  stated?: boolean;
  /**
   * The value again with the corrected inputs (`corrected(a1)` is the right value of an input found
   * wrong, else undefined): a printed value computed from the right inputs is no error of its own.
   */
  recompute?: (corrected: (a1: string) => number | undefined) => number | null;
}

/**
 * The sheet's own numbering-row formulas overrule a reading of the header words: a column they
 * compute is checked by them alone (stated.ts also settles the columns they use as inputs).
 */
function overruledBySheet(ctx: CheckContext, table: RecognizedTable, col: number): boolean {
  const s = ctx.stated.get(table);
  return !!s && s.computed.has(col) && ctx.ledger.computes(table, col);
}

/** The recomputed value with the inputs other checks found wrong replaced by their right values. */
function fromCorrectedInputs(ctx: CheckContext, table: RecognizedTable, recomputed: Recomputed): number | null {
  if (!recomputed.recompute) return null;
  const corrected = (a1: string) => ctx.corrections.get(table.sheet, a1);
  if (!recomputed.related.some((a1) => corrected(a1) !== undefined)) return null;
  return recomputed.recompute(corrected);
}

/** Compares the printed percentage/amount with the recomputed one and reports what differs; null when they agree exactly. */
export function compareCell(
  ctx: RuleContext<RecomputedMessageId>,
  table: RecognizedTable,
  row: number,
  col: TableColumn,
  what: string,
  check: CheckId,
  recomputed: Recomputed,
  percent: boolean,
): Finding | null {
  const printed = readAt(ctx, table, row, col);
  if (printed.kind !== 'number' || !Number.isFinite(recomputed.value)) return null;
  if (!recomputed.stated && !recomputed.vertical && overruledBySheet(ctx, table, col.col)) return null;
  const cell = cellOf(row, col);
  const candidates = [recomputed.value, ...(recomputed.alternatives ?? [])];
  let best = compare(printed.value, printed.decimals, recomputed.value);
  for (const c of candidates) {
    const cmp = compare(printed.value, printed.decimals, c);
    if (rank(cmp.agreement) < rank(best.agreement)) best = cmp;
    // A percentage typed as a fraction without a percent format (0,8342 for 83,42 %).
    if (percent && !printed.percent && Math.abs(printed.value) <= 20 && Math.abs(c) > 20) {
      const asFraction = compare(printed.value * 100, Math.max(printed.decimals - 2, 0), c);
      if (rank(asFraction.agreement) < rank(best.agreement)) best = asFraction;
    }
  }
  const fixed = best.agreement === 'differs' ? fromCorrectedInputs(ctx, table, recomputed) : null;
  if (fixed !== null && compare(printed.value, printed.decimals, fixed).agreement !== 'differs') best = compare(printed.value, printed.decimals, fixed);
  const severity = severityOf(best.agreement);
  const { evaluation, relation } = ctx.ledger.evaluated(table, check, col.col, what, { row, cell, inputs: recomputed.related, holds: severity !== 'error' }, { vertical: recomputed.vertical });
  if (severity === 'error') ctx.corrections.set(table.sheet, cell, recomputed.value, relation);
  if (!severity) return null;
  const unit = percent ? ' %' : '';
  const printedText = `${fmt(printed.value, printed.decimals)}${unit}`;
  // The right value at the printed precision (a difference of percentages keeps its decimals; Rupiah have none).
  const data: MessageData =
    severity === 'error'
      ? { what, printed: printedText, expected: `${fmt(recomputed.value, percent ? 2 : printed.decimals)}${unit}`, how: recomputed.how() }
      : { what, printed: printedText, computed: `${fmt(recomputed.value, 4)}${unit}`, how: recomputed.how() };
  const f = ctx.report({
    table,
    cell,
    check,
    severity,
    messageId: severity === 'error' ? 'recomputedDiffers' : 'recomputedRounding',
    data,
    expected: round(recomputed.value),
    actual: printed.value,
    related: recomputed.related,
  });
  if (severity === 'error' && recomputed.recompute) ctx.reconsiderable.push({ finding: f, evaluation, relation, printed, recompute: recomputed.recompute });
  evaluation.finding = f;
  return f;
}

function rank(a: 'exact' | 'rounding' | 'differs'): number {
  return a === 'exact' ? 0 : a === 'rounding' ? 1 : 2;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
