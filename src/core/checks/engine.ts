/**
 * The engine: runs the rules in order, each over every recognised table (and once over the
 * workbook), writes their messages from `meta.messages` and collects their findings.
 */
import type { RecognizedTable } from '../recognition/types';
import type { Finding } from '../report';
import type { CheckContext } from './context';
import type { Descriptor, MessageData, Rule, RuleContext } from './rule';

/** A finding with the rule and message that made it. */
export interface Reported {
  rule: string;
  messageId: string;
  finding: Finding;
}

/** A message template with its `{placeholders}` filled in. */
export function formatMessage(rule: Rule, messageId: string, data: MessageData = {}): string {
  const template = (rule.meta.messages as Record<string, string>)[messageId];
  if (template === undefined) throw new Error(`Rule ${rule.meta.name} has no message ${messageId}`);
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`Rule ${rule.meta.name}, message ${messageId}: no data for {${key}}`);
    return String(data[key]);
  });
}

function build(table: RecognizedTable, check: Finding['check'], d: Descriptor, message: string): Finding {
  // A number that is not finite (an overflow on absurd input) is no number to show anyone.
  const finite = (v: number | string | null | undefined) => (typeof v === 'number' && !Number.isFinite(v) ? null : v);
  return {
    sheet: table.sheet,
    cell: d.cell,
    check,
    severity: d.severity,
    message,
    ...(d.related !== undefined ? { related: d.related } : {}),
    ...(d.expected !== undefined ? { expected: finite(d.expected) } : {}),
    ...(d.actual !== undefined ? { actual: finite(d.actual) } : {}),
  };
}

/** Runs one rule over the workbook; throws when the rule fails. */
export function runRule(ctx: CheckContext, rule: Rule): Reported[] {
  const reported: Reported[] = [];
  const drafts = new WeakMap<Finding, string>();
  const draft = (d: Descriptor): Finding => {
    const f = build(d.table, d.check ?? rule.meta.id, d, formatMessage(rule, d.messageId, d.data));
    drafts.set(f, d.messageId);
    return f;
  };
  const context: RuleContext = {
    ...ctx,
    draft,
    report(d) {
      const f = 'messageId' in d ? draft(d) : d;
      reported.push({ rule: rule.meta.name, messageId: drafts.get(f) ?? '', finding: f });
      return f;
    },
    text: (messageId, data) => formatMessage(rule, messageId, data),
  };
  const visitors = rule.create(context);
  if (visitors.table) for (const table of ctx.recognition.tables) visitors.table(table);
  visitors.workbook?.();
  return reported;
}

/**
 * Runs the rules in order, appending their findings to `findings` (each rule sees the findings
 * before it as `ctx.earlier`). A rule that fails must not take the others down, and must not pass
 * unnoticed: its findings are replaced by one warning (or, with `rethrow`, the error is thrown).
 */
export function runRules(ctx: CheckContext, rules: readonly Rule[], findings: Finding[], options: { rethrow?: boolean } = {}): Reported[] {
  const all: Reported[] = [];
  for (const rule of rules) {
    ctx.earlier = findings;
    let reported: Reported[];
    try {
      reported = runRule(ctx, rule);
    } catch (e) {
      if (options.rethrow) throw e;
      findings.push(failed(ctx, rule));
      continue;
    }
    findings.push(...reported.map((r) => r.finding));
    all.push(...reported);
  }
  return all;
}

function failed(ctx: CheckContext, rule: Rule): Finding {
  return {
    sheet: (ctx.model.sheets.find((s) => s.rowCount > 0) ?? ctx.model.sheets[0])?.name ?? '',
    cell: 'A1',
    check: rule.meta.id,
    severity: 'warning',
    message: `Pemeriksaan ${rule.meta.label.toLowerCase()} tidak dapat dijalankan pada buku kerja ini; hasil pemeriksaan ini belum lengkap. Laporkan berkasnya kepada pengembang Cermat.`,
  };
}
