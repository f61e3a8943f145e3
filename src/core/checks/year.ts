/**
 * year: a header year that contradicts the table's own year ("Realisasi Thn 2023" beside "Target
 * Thn 2024"), and a caption year that contradicts the report year in a table whose headers carry no year.
 */
import type { RecognizedTable, TableColumn } from '../recognition/types';
import { readHeader } from '../recognition/vocabulary';
import { singleYear } from '../recognition/text';
import type { Severity } from '../report';
import { cellOf } from './context';
import type { Rule, RuleContext } from './rule';

const messages = {
  header: 'Judul kolom "{header}" menyebut tahun {year}, padahal {basis}.',
  headerLastYear: 'Judul kolom "{header}" menyebut tahun {year}, padahal {basis}. Bila tabel ini memang tabel tahun lalu, sebutkan tahunnya di judul tabel.',
  basisReport: 'laporan ini tahun {year}',
  basisTarget: 'kolom target tabel ini tahun {year}',
  caption: 'Judul tabel menyebut tahun {year} ("{caption}"), padahal laporan ini tahun {reportYear}. Periksa apakah judulnya tertinggal dari tahun lalu.',
};
type Context = RuleContext<keyof typeof messages>;

const CURRENT_ROLES = new Set(['realisasi', 'capaian', 'realisasi_anggaran', 'penyerapan']);
const PLAN_ROLES = new Set(['target', 'pagu']);

/**
 * The year the table's columns must carry: the report year when it is known (a stale target header
 * is a slip too), else the target's year. A table planning ahead (a PK, several target years) keeps
 * its targets' years.
 */
function tableYear(ctx: Context, table: RecognizedTable, reportYear: number | null): { own: number | null; plansToo: boolean; basis: string; severity: Severity } {
  const targets = new Set(table.columns.filter((c) => c.role === 'target' && c.year).map((c) => c.year));
  const target = table.columns.find((c) => c.role === 'target' && c.year);
  // Realisasi and capaian of the target's own year make a table of that year (last year's comparison): left alone.
  const currentYears = new Set(table.columns.filter((c) => CURRENT_ROLES.has(c.role) && c.year).map((c) => c.year));
  const aboutItsTargetYear = target?.year !== undefined && currentYears.has(target.year) && !currentYears.has(reportYear ?? undefined);
  // …when its caption says so. A caption of another year makes the headers stale; no year in the caption leaves it suspicious.
  const captionYears = table.caption.map(singleYear).filter((y): y is number => y !== null);
  if (aboutItsTargetYear && reportYear && !captionYears.includes(target.year!) && table.kind !== 'pk' && targets.size === 1) {
    return { own: reportYear, plansToo: true, basis: ctx.text('basisReport', { year: reportYear }), severity: captionYears.length ? 'error' : 'warning' };
  }
  if (reportYear && table.kind !== 'pk' && targets.size <= 1 && !aboutItsTargetYear) return { own: reportYear, plansToo: true, basis: ctx.text('basisReport', { year: reportYear }), severity: 'error' };
  const own = target?.year ?? reportYear;
  return { own, plansToo: false, basis: ctx.text(target?.year ? 'basisTarget' : 'basisReport', { year: String(own) }), severity: 'error' };
}

/** Two columns headed by the same first word ("Realisasi 2022" and "Realisasi 2023"). */
function sameWord(a: TableColumn, b: TableColumn): boolean {
  const word = (c: TableColumn) => readHeader(c.header).base.split(' ')[0];
  return word(a) !== '' && word(a) === word(b);
}

function headerYears(ctx: Context, table: RecognizedTable, reportYear: number | null): void {
  const { own, plansToo, basis, severity } = tableYear(ctx, table, reportYear);
  if (!own) return;
  const seen = new Set<string>();
  for (const col of table.columns) {
    const checked = CURRENT_ROLES.has(col.role) || (plansToo && PLAN_ROLES.has(col.role));
    if (!checked || !col.year || !col.yearCell || col.year === own) continue;
    // "Realisasi s/d 2023" is a cumulative figure up to that year, not a slip of the year.
    if (/s\/d|s\.d|sampai|hingga/i.test(`${col.group ?? ''} ${col.header}`)) continue;
    // A series of years under one heading (Realisasi 2022 | 2023 | 2024) is a comparison, not a slip.
    // (Columns under one merged "Realisasi Tahun 2023" group share its year: no series.)
    const series = table.columns.some((c) => c !== col && c.year && c.year !== own && c.year !== col.year && (c.role === `${col.role}_lalu` || c.role === col.role || (c.role === 'lainnya' && sameWord(c, col))));
    if (series) continue;
    const cell = cellOf(col.yearCell.row, col.yearCell.col);
    // A group cell over K and Rp carries one year: one finding.
    if (seen.has(cell)) continue;
    seen.add(cell);
    ctx.report({ table, cell, severity, messageId: severity === 'warning' ? 'headerLastYear' : 'header', data: { header: col.header, year: col.year, basis }, expected: own, actual: col.year });
  }
}

function captionYear(ctx: Context, table: RecognizedTable, reportYear: number | null): void {
  if (!reportYear || table.kind === 'skala' || table.kind === 'lainnya') return;
  if (table.columns.some((c) => c.year)) return;
  table.caption.forEach((line, i) => {
    const y = singleYear(line);
    if (!y || y === reportYear || !/tahun|th\b|thn/i.test(line)) return;
    const at = table.captionCells?.[i];
    if (!at) return;
    ctx.report({ table, cell: cellOf(at.row, at.col), severity: 'warning', messageId: 'caption', data: { year: y, caption: line, reportYear }, expected: reportYear, actual: y });
  });
}

export const yearRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'year',
    name: 'year-of-table',
    label: 'Tahun',
    description: 'Membandingkan tahun di judul kolom dan judul tabel dengan tahun laporan (atau tahun kolom target tabel itu).',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      headerYears(ctx, table, ctx.year);
      captionYear(ctx, table, ctx.year);
    },
  }),
};
