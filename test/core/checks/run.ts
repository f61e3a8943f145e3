/** Runs the checker on a built workbook and picks the findings of one check. */
import { checkWorkbook } from '../../../src/core/periksa';
import type { WorkbookModel } from '../../../src/core/model/workbook';
import type { CheckOptions } from '../../../src/core/options';
import type { CheckId, Finding } from '../../../src/core/report';

export function findingsOf(model: WorkbookModel, check: CheckId, options: CheckOptions = {}): Finding[] {
  return checkWorkbook(model, options).report.findings.filter((f) => f.check === check);
}

/** Errors and warnings only (what a reviewer must act on). */
export function loud(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

/** `Sheet!C5 check severity` — a compact, readable list for assertions. */
export function brief(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell} ${f.check} ${f.severity}`);
}
