/**
 * A check as a self-describing rule object, in the shape of ESLint's rules: `meta` says what the
 * rule is (its check id, a stable name, the Indonesian label and description, its messages by id)
 * and `create` returns the visitors the engine calls (engine.ts walks the tables). A rule reports
 * through `context.report` with a message id and the data for the template's `{placeholders}`;
 * the engine writes the message and builds the finding.
 */
import type { RecognizedTable } from '../recognition/types';
import type { CheckId, Finding, Severity } from '../report';
import type { CheckContext } from './context';

export interface RuleMeta<M extends string = string> {
  /** The check id its findings carry (report-format.md). */
  id: CheckId;
  /** Stable rule name (kebab case), unique among the rules. */
  name: string;
  /**
   * The check's Indonesian name as the pane and the CLI show it beside each finding. Findings carry
   * the check id only, so the rules of one id share it.
   */
  label: string;
  /** One Indonesian sentence: what the rule recomputes. */
  description: string;
  /** Indonesian message templates by id, with `{placeholders}` filled from the report's data. */
  messages: Record<M, string>;
  /** Names of the rules that must run before this one: it reads their results (ledger, corrections, findings). */
  requires?: readonly string[];
}

/** Values for a message's placeholders: numbers already formatted (`fmt`) where they are amounts. */
export type MessageData = Readonly<Record<string, string | number>>;

export interface Descriptor<M extends string = string> {
  table: RecognizedTable;
  cell: string;
  messageId: M;
  data?: MessageData;
  severity: Severity;
  /** The check id of the finding when it is not the rule's own (a numbering-row formula that computes a sum). */
  check?: CheckId;
  expected?: number | string | null;
  actual?: number | string | null;
  related?: string[];
}

export interface RuleContext<M extends string = string> extends CheckContext {
  /** Reports a finding; returns it (a rule may still soften it). A draft the rule kept is reported as it is. */
  report(descriptor: Descriptor<M> | Finding): Finding;
  /** A finding not reported yet: for a rule that decides after the fact which of its findings stand. */
  draft(descriptor: Descriptor<M>): Finding;
  /** One of the rule's messages, written out (for a part of a message that depends on the case). */
  text(messageId: M, data?: MessageData): string;
}

export interface RuleVisitors {
  /** Called for every recognised table, in order. */
  table?(table: RecognizedTable): void;
  /** Called once, after the tables, for what spans the workbook. */
  workbook?(): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  create(context: RuleContext<M>): RuleVisitors;
}

/** The messages of a printed value recomputed from its row (compare-cell.ts): every recomputing rule has them. */
export const RECOMPUTED_MESSAGES = {
  recomputedDiffers: '{what} tercetak {printed}, seharusnya {expected} ({how}).',
  recomputedRounding: '{what} tercetak {printed}; dihitung {computed} ({how}). Selisihnya hanya pembulatan.',
} as const;

export type RecomputedMessageId = keyof typeof RECOMPUTED_MESSAGES;
