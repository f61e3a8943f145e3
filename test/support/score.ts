/**
 * Scores a check report against a truth file by the rules of report-format.md ("Scoring against a
 * truth file"): an `error` truth cell is found when an error/warning finding with an accepted check
 * id is on it; any error/warning finding on a cell that is not an `error`/`may` truth cell is a false
 * alarm (on a `rounding` cell, a rounding alarm).
 */
import type { Finding, Report } from '../../src/core/report';

export interface TruthItem {
  sheet: string;
  cell: string;
  check: string;
  severity: 'error' | 'rounding' | 'may';
  accept?: string[];
}

export interface Truth {
  file: string;
  items: TruthItem[];
}

export interface Score {
  found: number;
  errors: number;
  recall: number;
  falseAlarms: Finding[];
  roundingAlarms: Finding[];
  missed: TruthItem[];
}

const key = (sheet: string, cell: string) => `${sheet.trim()}!${cell.replace(/\$/g, '').toUpperCase()}`;
const loud = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

export function score(report: Report, truth: Truth): Score {
  const byCell = new Map<string, Finding[]>();
  for (const f of report.findings) byCell.set(key(f.sheet, f.cell), [...(byCell.get(key(f.sheet, f.cell)) ?? []), f]);
  const okCells = new Set<string>();
  const roundingCells = new Set<string>();
  const missed: TruthItem[] = [];
  let found = 0;
  let errors = 0;
  for (const t of truth.items) {
    const k = key(t.sheet, t.cell);
    if (t.severity === 'rounding') {
      roundingCells.add(k);
      continue;
    }
    okCells.add(k);
    if (t.severity !== 'error') continue;
    errors++;
    const accept = new Set([t.check, ...(t.accept ?? [])]);
    if ((byCell.get(k) ?? []).some((f) => loud(f) && accept.has(f.check))) found++;
    else missed.push(t);
  }
  const falseAlarms = report.findings.filter((f) => loud(f) && !okCells.has(key(f.sheet, f.cell)));
  const roundingAlarms = falseAlarms.filter((f) => roundingCells.has(key(f.sheet, f.cell)));
  return { found, errors, recall: errors === 0 ? 1 : found / errors, falseAlarms, roundingAlarms, missed };
}
