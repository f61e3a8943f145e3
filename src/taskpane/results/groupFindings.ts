/** Findings grouped as the Periksa tab shows them: by severity, then by sheet and table. */
import { SEVERITY_ORDER } from '../../core/changes/labels';
import { parseAddress } from '../../core/model/address';
import type { Finding, Severity, TableSummary } from '../../core/report';

export interface PlaceGroup {
  key: string;
  sheet: string;
  /** The table the findings sit in, or null for cells outside every recognised table. */
  table: TableSummary | null;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  places: PlaceGroup[];
}

/** Identifies a finding within a session (for "Abaikan"). */
export function findingKey(f: Finding): string {
  return `${f.sheet}!${f.cell}|${f.check}|${f.message}`;
}

function contains(range: string, cell: string): boolean {
  const [from, to] = range.split(':').map(parseAddress);
  const at = parseAddress(cell);
  if (!from || !at) return false;
  const end = to ?? from;
  return at.row >= from.row && at.row <= end.row && at.col >= from.col && at.col <= end.col;
}

export function tableOfCell(tables: readonly TableSummary[], sheet: string, cell: string): TableSummary | null {
  return tables.find((t) => t.sheet === sheet && contains(t.range, cell)) ?? null;
}

/** "Lembar 'Realisasi Anggaran' · tabel A5:F99". */
export function placeTitle(place: PlaceGroup): string {
  const where = place.table ? `tabel ${place.table.range}` : 'di luar tabel yang dikenali';
  return `Lembar '${place.sheet}' · ${where}`;
}

export function groupFindings(findings: readonly Finding[], tables: readonly TableSummary[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const places = new Map<string, PlaceGroup>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const table = tableOfCell(tables, f.sheet, f.cell);
      const key = `${f.sheet}|${table?.range ?? ''}`;
      const place = places.get(key) ?? { key, sheet: f.sheet, table, findings: [] };
      place.findings.push(f);
      places.set(key, place);
    }
    const list = [...places.values()];
    if (list.length > 0) groups.push({ severity, count: list.reduce((n, p) => n + p.findings.length, 0), places: list });
  }
  return groups;
}

/**
 * A note that a printed number agrees with the computed one within its printed precision: an info
 * finding that carries both numbers (info findings about unreadable values carry no such pair).
 */
export function isRoundingNote(f: Finding): boolean {
  return f.severity === 'info' && typeof f.expected === 'number' && typeof f.actual === 'number';
}

/** The findings the pane shows: without the ignored ones, and without rounding notes when switched off. */
export function visibleFindings(
  findings: readonly Finding[],
  ignored: readonly string[],
  showRoundingNotes: boolean | undefined,
): Finding[] {
  return findings.filter((f) => !ignored.includes(findingKey(f)) && (showRoundingNotes !== false || !isRoundingNote(f)));
}
