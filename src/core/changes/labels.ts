/**
 * Indonesian words for check ids and severities: one place for the CLI, the marked copy and the
 * task pane.
 */
import { RULES } from '../checks';
import { formatNumber } from '../numbers/format';
import type { CheckId, Coverage, Finding, Severity, TableKind } from '../report';

/**
 * Each check id's name: the label in its rules' meta (checks/rule.ts); `formula` is the engine's own
 * note about formulas without a result (periksa.ts).
 */
export const CHECK_LABELS: Record<CheckId, string> = {
  ...(Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.label])) as Record<Exclude<CheckId, 'formula'>, string>),
  formula: 'Rumus',
};

export const KIND_LABELS: Record<TableKind, string> = {
  kinerja: 'Capaian kinerja',
  anggaran: 'Realisasi anggaran',
  efisiensi: 'Efisiensi',
  skala: 'Skala predikat',
  pk: 'Perjanjian kinerja',
  lainnya: 'Lainnya',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Salah',
  warning: 'Peringatan',
  info: 'Catatan',
};

/** Most serious first. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The Indonesian name of a check; a check id added later without a label is shown as it is. */
export function checkLabel(check: string): string {
  return (CHECK_LABELS as Record<string, string>)[check] ?? check;
}

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABELS[severity];
}

export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) {
    if (worst === null || SEVERITY_ORDER.indexOf(s) < SEVERITY_ORDER.indexOf(worst)) worst = s;
  }
  return worst;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "3 salah, 2 peringatan, 5 catatan pada 8 tabel"; "Tidak ada temuan pada 8 tabel". */
/** "412 dari 450 angka diperiksa": how much of the workbook's numbers a confirmed relation used. */
export function coverageSummary(coverage: Pick<Coverage, 'numericCells' | 'checkedCells'>): string {
  const share = coverage.numericCells ? Math.floor((coverage.checkedCells / coverage.numericCells) * 100) : 100;
  return `${formatNumber(coverage.checkedCells, 0)} dari ${formatNumber(coverage.numericCells, 0)} angka diperiksa (${share} %)`;
}

export function findingsSummary(findings: readonly Finding[], tableCount: number): string {
  const counts = countBySeverity(findings);
  const where = `pada ${tableCount} tabel`;
  if (findings.length === 0) return `Tidak ada temuan ${where}`;
  const parts = SEVERITY_ORDER.map((s) => `${counts[s]} ${SEVERITY_LABELS[s].toLowerCase()}`);
  return `${parts.join(', ')} ${where}`;
}
