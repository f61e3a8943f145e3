/**
 * Column roles of one table: the header's roles with duplicates resolved (the merged "Anggaran"
 * over a "Rp." column and a number column; one realisasi per year in multi-year tables; "Realisasi
 * Kinerja" used as the capaian header).
 */
import { quarterNumber } from './facets';
import type { Grid } from './grid';
import { NUMERIC_ROLES } from './roles';
import type { RawColumn } from './tables';
import type { ColumnRole, TableColumn } from './types';
import { readHeader } from './vocabulary';
import { appendTo } from '../util/multimap';

function numericCount(grid: Grid, col: number, top: number, bottom: number): number {
  let n = 0;
  for (let r = top; r <= bottom; r++) if (grid.reading(r, col, true).kind === 'number') n++;
  return n;
}

/** 1–4 for a quarterly column ("TW III", "Triwulan IV", "s/d TW 4"), 0 otherwise. */
function quarterOf(c: RawColumn): number {
  return quarterNumber(`${c.group ?? ''} ${c.leaf}`.toLowerCase());
}

const LALU: Partial<Record<ColumnRole, ColumnRole>> = { realisasi: 'realisasi_lalu' };

export function resolveColumns(grid: Grid, raw: RawColumn[], bodyTop: number, bodyBottom: number, reportYear: number | null): TableColumn[] {
  const cols = raw.map((c) => ({ ...c }));
  // "Realisasi Kinerja" beside another realisasi column is the capaian column (seen in real reports), wherever it stands.
  const kinerjaWord = (c: RawColumn) => /^realisasi kinerja/.test(readHeader(c.leaf).base);
  if (!cols.some((c) => c.role === 'capaian')) {
    for (const c of cols) {
      if (c.role === 'realisasi' && kinerjaWord(c) && cols.some((p) => p !== c && p.role === 'realisasi' && !kinerjaWord(p))) c.role = 'capaian';
    }
  }
  const has = (r: ColumnRole) => cols.some((c) => c.role === r);
  // "Pagu | Realisasi | %" with no performance target: the realisasi is the budget's, the % its absorption.
  if (has('pagu') && has('realisasi') && !has('target') && !has('realisasi_anggaran')) {
    for (const c of cols) {
      if (c.role === 'realisasi') c.role = 'realisasi_anggaran';
      else if (c.role === 'capaian' && readHeader(c.leaf).base === '') c.role = 'penyerapan';
    }
  }
  // "% Realisasi" beside the budget's pagu and realisasi, with no performance target: the absorption.
  if (has('pagu') && has('realisasi_anggaran') && !has('target') && !has('penyerapan')) {
    for (const c of cols) if (c.role === 'realisasi' && readHeader(c.leaf).percent) c.role = 'penyerapan';
  }
  // "Capaian" in a budget-only table is the budget's capaian: the absorption.
  if (has('pagu') && has('realisasi_anggaran') && !has('penyerapan') && !has('target') && !has('realisasi')) {
    for (const c of cols) if (c.role === 'capaian') c.role = 'penyerapan';
  }
  const byRole = new Map<ColumnRole, typeof cols>();
  for (const c of cols) {
    // Count columns ("Jumlah …") may repeat: a table can count several things.
    if (!c.role || !NUMERIC_ROLES.has(c.role) || c.role === 'jumlah') continue;
    appendTo(byRole, c.role, c);
  }
  const targetYear = cols.find((c) => c.role === 'target' && c.year)?.year ?? reportYear;
  const targets = cols.filter((c) => c.role === 'target');
  const targetGroup = targets.length === 1 && targets[0].group ? targets[0].group : null;
  for (const [role, group] of byRole) {
    if (group.length < 2) continue;
    const years = new Set(group.map((c) => c.year));
    let keep: (typeof cols)[number];
    // A cumulative column ("Realisasi s/d Tahun 2023") is not the year's own figure.
    const own = group.filter((c) => !/s\/d|s\.d\.?|sampai dengan|hingga/.test(`${c.group ?? ''} ${c.leaf}`.toLowerCase()));
    // The one under the target's own group ("Th. 2024" over Target | Realisasi | Capaian) belongs with it.
    const beside = targetGroup !== null && role !== 'target' ? own.filter((c) => c.group === targetGroup) : [];
    if (beside.length === 1) {
      keep = beside[0];
    } else if (own.length === 1) {
      keep = own[0];
    } else if (years.size > 1) {
      keep = group.find((c) => c.year === targetYear) ?? group.find((c) => c.year === reportYear) ?? group[group.length - 1];
    } else if (group.some((c) => quarterOf(c) > 0) && group.filter((c) => quarterOf(c) === 0).length === 1) {
      // Quarters beside a year's own column ("TW I … TW IV | Total Realisasi"): the year's column.
      keep = group.find((c) => quarterOf(c) === 0)!;
    } else if (group.some((c) => quarterOf(c) > 0)) {
      // Quarterly columns (TW I … TW IV): the year's figure is the last quarter's.
      keep = group.reduce((a, b) => (quarterOf(b) >= quarterOf(a) ? b : a));
    } else {
      keep = group.reduce((a, b) => (numericCount(grid, b.col, bodyTop, bodyBottom) > numericCount(grid, a.col, bodyTop, bodyBottom) ? b : a));
    }
    for (const c of group) if (c !== keep) c.role = LALU[role] ?? 'lainnya';
  }
  return cols
    .filter((c): c is RawColumn & { role: ColumnRole } => c.role !== null)
    .map((c) => ({
      col: c.col,
      role: c.role,
      header: c.leaf,
      ...(c.group ? { group: c.group } : {}),
      ...(c.year ? { year: c.year } : {}),
      ...(c.yearCell ? { yearCell: c.yearCell } : {}),
    }));
}
