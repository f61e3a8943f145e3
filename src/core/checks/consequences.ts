/**
 * Consequences: a printed value computed from an input that another check found wrong, and right
 * for that input's right value, is no error of its own (a sisa that is right for the true
 * realisasi, a percentage that is right for the true total). Checks run in one order; this settles
 * what an earlier check reported before a later check found its input wrong.
 */
import { compare, type CheckContext } from './context';
import type { Evaluation, Relation } from './ledger';
import type { Finding } from '../report';

export interface Reconsiderable {
  finding: Finding;
  evaluation: Evaluation;
  relation: Relation;
  printed: { value: number; decimals: number };
  recompute: (corrected: (a1: string) => number | undefined) => number | null;
}

/** The findings without those that the right values of their inputs explain. */
export function settleConsequences(ctx: CheckContext, findings: Finding[]): Finding[] {
  const dropped = new Set<Finding>();
  for (const r of ctx.reconsiderable) {
    const corrected = (a1: string) => (a1 === r.finding.cell ? undefined : ctx.corrections.get(r.finding.sheet, a1));
    if (!(r.finding.related ?? []).some((a1) => corrected(a1) !== undefined)) continue;
    const value = r.recompute(corrected);
    if (value === null || compare(r.printed.value, r.printed.decimals, value).agreement === 'differs') continue;
    dropped.add(r.finding);
    ctx.ledger.holds(r.relation, r.evaluation);
  }
  return dropped.size ? findings.filter((f) => !dropped.has(f)) : findings;
}
