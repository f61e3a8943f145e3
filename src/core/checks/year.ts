/**
 * year: a header year that contradicts the table's own year ("Realisasi Thn 2023" beside "Target
 * Thn 2024"), and a caption year that contradicts the report year in a table whose headers carry no year.
 */
import type { RecognizedTable } from '../recognition/types';
import { singleYear } from '../recognition/text';
import type { Finding } from '../report';
import { cellOf, finding, type Check } from './context';

const CURRENT_ROLES = new Set(['realisasi', 'capaian', 'realisasi_anggaran', 'penyerapan']);

function headerYears(table: RecognizedTable, reportYear: number | null): Finding[] {
  const target = table.columns.find((c) => c.role === 'target' && c.year);
  const own = target?.year ?? reportYear;
  if (!own) return [];
  const out: Finding[] = [];
  for (const col of table.columns) {
    if (!CURRENT_ROLES.has(col.role) || !col.year || !col.yearCell || col.year === own) continue;
    // "Realisasi s/d 2023" is a cumulative figure up to that year, not a slip of the year.
    if (/s\/d|s\.d|sampai|hingga/i.test(`${col.group ?? ''} ${col.header}`)) continue;
    // A series of years under one heading (Realisasi 2022 | 2023 | 2024) is a comparison, not a slip.
    const series = table.columns.some((c) => c !== col && c.year && c.year !== own && (c.role === `${col.role}_lalu` || c.role === 'lainnya'));
    if (series) continue;
    const cell = cellOf(col.yearCell.row, col.yearCell.col);
    const basis = target?.year ? `kolom target tabel ini tahun ${own}` : `laporan ini tahun ${own}`;
    out.push(finding(table, cell, 'year', 'error', `Judul kolom "${col.header}" menyebut tahun ${col.year}, padahal ${basis}.`, { expected: own, actual: col.year }));
  }
  return out;
}

function captionYear(table: RecognizedTable, reportYear: number | null): Finding[] {
  if (!reportYear || table.kind === 'skala' || table.kind === 'lainnya') return [];
  if (table.columns.some((c) => c.year)) return [];
  const out: Finding[] = [];
  table.caption.forEach((line, i) => {
    const y = singleYear(line);
    if (!y || y === reportYear || !/tahun|th\b|thn/i.test(line)) return;
    const at = table.captionCells?.[i];
    if (!at) return;
    out.push(finding(table, cellOf(at.row, at.col), 'year', 'warning', `Judul tabel menyebut tahun ${y} ("${line}"), padahal laporan ini tahun ${reportYear}. Periksa apakah judulnya tertinggal dari tahun lalu.`, { expected: reportYear, actual: y }));
  });
  return out;
}

export const yearCheck: Check = (ctx) => ctx.recognition.tables.flatMap((t) => [...headerYears(t, ctx.year), ...captionYear(t, ctx.year)]);
