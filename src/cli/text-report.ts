/**
 * The readable report: findings grouped by sheet and table, one line each (cell, severity, check,
 * message), and a summary line per workbook.
 */
import { checkLabel, coverageSummary, findingsSummary, KIND_LABELS, SEVERITY_LABELS } from '../core/changes/labels';
import { parseAddress } from '../core/model/address';
import type { Finding, Report, TableSummary } from '../core/report';
import { PLAIN, type Paint } from './ansi';
import { terminalText } from './terminal-text';

const CELL_WIDTH = 7;
const SEVERITY_WIDTH = Math.max(...Object.values(SEVERITY_LABELS).map((l) => l.length)) + 2;
const CHECK_WIDTH = 14;

interface Position {
  row: number;
  col: number;
}

function position(cell: string): Position {
  return parseAddress(cell) ?? { row: Number.MAX_SAFE_INTEGER, col: 0 };
}

function rangeContains(range: string, cell: Position): boolean {
  const [from, to] = range.split(':').map((a) => parseAddress(a));
  if (!from) return false;
  const end = to ?? from;
  return cell.row >= from.row && cell.row <= end.row && cell.col >= from.col && cell.col <= end.col;
}

function byPosition(a: Finding, b: Finding): number {
  const pa = position(a.cell);
  const pb = position(b.cell);
  return pa.row - pb.row || pa.col - pb.col;
}

/** The sheets in workbook order as far as the report tells it: tables first, then findings. */
function sheetOrder(report: Report): string[] {
  return [...new Set([...report.tables.map((t) => t.sheet), ...report.findings.map((f) => f.sheet)])];
}

function tableOf(tables: TableSummary[], finding: Finding): TableSummary | undefined {
  const cell = position(finding.cell);
  return tables.find((t) => rangeContains(t.range, cell));
}

function findingLine(f: Finding, paint: Paint): string {
  const severity = SEVERITY_LABELS[f.severity];
  return (
    `    ${terminalText(f.cell).padEnd(CELL_WIDTH)}${paint.severity(f.severity, severity.padEnd(SEVERITY_WIDTH))}` +
    `${terminalText(checkLabel(f.check)).padEnd(CHECK_WIDTH)}${terminalText(f.message)}`
  );
}

function sheetSection(report: Report, sheet: string, paint: Paint): string[] {
  const tables = report.tables.filter((t) => t.sheet === sheet);
  const groups = new Map<TableSummary | undefined, Finding[]>();
  for (const f of report.findings.filter((x) => x.sheet === sheet).sort(byPosition)) {
    const table = tableOf(tables, f);
    groups.set(table, [...(groups.get(table) ?? []), f]);
  }
  if (groups.size === 0) return [];
  const lines = [paint.bold(`Lembar "${terminalText(sheet)}"`)];
  const ordered = [...tables.filter((t) => groups.has(t)), ...(groups.has(undefined) ? [undefined] : [])];
  for (const table of ordered) {
    lines.push(table ? `  Tabel ${terminalText(table.range)} (${KIND_LABELS[table.kind]})` : '  Di luar tabel yang dikenali');
    lines.push(...(groups.get(table) ?? []).map((f) => findingLine(f, paint)));
  }
  return lines;
}

export function formatTextReport(report: Report, paint: Paint = PLAIN): string {
  const year = report.year === null ? 'tahun laporan tidak terdeteksi' : `tahun ${report.year}`;
  const lines = [paint.bold(`${terminalText(report.file)} (${year})`)];
  if (report.tables.length === 0) lines.push('  Tidak ada tabel kinerja, anggaran, efisiensi atau skala yang dikenali.');
  for (const sheet of sheetOrder(report)) lines.push(...sheetSection(report, sheet, paint));
  const coverage = report.coverage ? `; ${coverageSummary(report.coverage)}` : '';
  lines.push(`Ringkasan: ${findingsSummary(report.findings, report.tables.length)}${coverage}`);
  // What was not checked, and why: "0 salah" means little without it.
  for (const u of report.coverage?.unchecked ?? []) {
    const where = `lembar "${terminalText(u.sheet)}"${u.table ? ` tabel ${u.table}` : ''} kolom ${u.column}`;
    lines.push(`  Tidak diperiksa: ${where}: ${terminalText(u.reason)}`);
  }
  return lines.join('\n') + '\n';
}
