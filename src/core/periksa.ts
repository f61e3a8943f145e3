import { checkLabel, SEVERITY_ORDER } from './changes/labels';
import { confirmRelations, type Unconfirmed } from './checks/confirm';
import { createContext } from './checks/context';
import { settleConsequences } from './checks/consequences';
import { coverageOf } from './checks/coverage';
import { readAt } from './checks/readings';
import { settleStatedInputs } from './checks/stated';
import { tableFacets } from './checks/table-columns';
import type { Relation } from './checks/ledger';
import { RULES } from './checks';
import { runRules } from './checks/engine';
import { columnLetter, rangeAddress } from './model/address';
import { evaluateMissingResults, type NotEvaluated } from './model/evaluate';
import { formatNumber } from './numbers/format';
import type { WorkbookModel } from './model/workbook';
import type { CheckOptions } from './options';
import { recognizeWorkbook } from './recognition/recognize';
import type { Recognition, RecognizedTable } from './recognition/types';
import type { Finding, Report, TableSummary } from './report';

export interface CheckResult {
  report: Report;
  recognition: Recognition;
}

/** A check run with what the checks evaluated: every relation, and those the numbers did not confirm. */
export interface Inspection extends CheckResult {
  relations: Relation[];
  unconfirmed: Unconfirmed[];
}

function summary(t: RecognizedTable): TableSummary {
  const columns: Record<string, string> = {};
  for (const c of t.columns) if (!(c.role in columns)) columns[c.role] = columnLetter(c.col);
  return {
    sheet: t.sheet,
    range: rangeAddress(t.area.top, t.area.left, t.area.bottom, t.area.right),
    kind: t.kind,
    header: rangeAddress(t.header.top, t.header.left, t.header.bottom, t.header.right),
    columns,
  };
}

/** One finding per cell and check: the most severe one. */
function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const k = `${f.sheet}!${f.cell}|${f.check}`;
    const prev = best.get(k);
    if (!prev || SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(prev.severity)) best.set(k, f);
  }
  return [...best.values()];
}

/** Recognises the workbook's tables and runs every check: the one entry point of every adapter. */
export function checkWorkbook(source: WorkbookModel, options: CheckOptions = {}): CheckResult {
  const { report, recognition } = inspectWorkbook(source, options);
  return { report, recognition };
}

/** `checkWorkbook` with the relations the checks evaluated (for tests and the corpus runner). */
export function inspectWorkbook(source: WorkbookModel, options: CheckOptions = {}): Inspection {
  const { model, notEvaluated } = evaluateMissingResults(source);
  const recognition = recognizeWorkbook(model, options);
  const ctx = createContext(model, recognition, options);
  const findings: Finding[] = notEvaluated.map(notEvaluatedFinding);
  runRules(ctx, RULES, findings);
  settleStatedInputs(ctx);
  const gated = confirmRelations(ctx.ledger, settleConsequences(ctx, findings), ctx.grid, checkLabel);
  const sheetOrder = new Map(model.sheets.map((s, i) => [s.name, i]));
  const sorted = dedupe(gated.findings).sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || rowOf(a.cell) - rowOf(b.cell) || a.cell.localeCompare(b.cell));
  const relations = ctx.ledger.all();
  const misread = new Set(gated.unconfirmed.map((u) => u.relation));
  const coverage = coverageOf(recognition.tables, ctx.grid, relations.filter((r) => !misread.has(r)), gated.unconfirmed, (t, row, col) =>
    readAt(ctx, t, row, t.columns.find((c) => c.col === col) ?? { col, role: 'lainnya', header: '' }),
  );
  const report: Report = {
    file: model.name ?? '',
    year: recognition.year,
    tables: recognition.tables.map((t, i) => ({ ...summary(t), facets: tableFacets(ctx, t), coverage: coverage.tables[i] })),
    findings: sorted,
    coverage: coverage.workbook,
  };
  return { report, recognition, relations, unconfirmed: gated.unconfirmed };
}

/** Formulas the file holds without a result that Cermat did not compute either: their cells go unchecked. */
function notEvaluatedFinding(n: NotEvaluated): Finding {
  const which = n.count > 1 ? `Rumus di ${n.first} dan ${formatNumber(n.count - 1)} rumus lain` : `Rumus di ${n.first}`;
  const why = n.limitReached ? 'batas kerja penghitungan tercapai' : 'rumusnya di luar yang dapat dihitung Cermat';
  return {
    sheet: n.sheet,
    cell: n.first,
    check: 'formula',
    severity: 'info',
    message: `${which} tidak menyimpan hasil di berkas dan tidak dihitung Cermat (${why}), sehingga sel-sel itu tidak diperiksa. Buka dan simpan ulang berkas di Excel agar hasilnya tersimpan.`,
  };
}

function rowOf(cell: string): number {
  return Number(/\d+/.exec(cell)?.[0] ?? 0);
}
