/** Marks each finding's cell: a light fill per severity and a note with the Indonesian message. */
import type { CellWrite, ChangeSet } from './types';
import type { Finding, Severity } from '../report';
import { checkLabel, severityLabel, SEVERITY_ORDER, worstSeverity } from './labels';
import { formatNumber } from '../numbers/format';

/** Light tints that keep black text readable. */
export const SEVERITY_FILLS: Record<Severity, string> = {
  error: '#F8CBCB',
  warning: '#FFE699',
  info: '#DDEBF7',
};

/** Every note Cermat writes starts with this, so a later run can replace its own note. */
export const NOTE_PREFIX = 'Cermat — ';

function noteLine(f: Finding): string {
  return `${severityLabel(f.severity)} (${checkLabel(f.check)}): ${f.message}`;
}

/** One note per cell: the findings on it, the most serious first. */
function noteFor(findings: Finding[]): string {
  const ordered = [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  if (ordered.length === 1) return NOTE_PREFIX + noteLine(ordered[0]);
  return [`${NOTE_PREFIX}${ordered.length} temuan:`, ...ordered.map((f) => `• ${noteLine(f)}`)].join('\n');
}

export function marksForFindings(findings: readonly Finding[]): ChangeSet {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const writes: CellWrite[] = [];
  for (const list of byCell.values()) {
    const severity = worstSeverity(list.map((f) => f.severity)) ?? 'info';
    writes.push({ sheet: list[0].sheet, cell: list[0].cell, fill: SEVERITY_FILLS[severity], note: noteFor(list) });
  }
  return { label: `Tandai ${formatNumber(writes.length)} sel temuan pemeriksaan`, writes };
}
