/**
 * Column facets (issue "Checker v2", point 1): what a column holds, told apart along independent
 * axes instead of one compound role — its measure, scope, period, unit and how its numbers are
 * written. A role such as `realisasi_lalu` is measure `realisasi` in period `previous-year`;
 * `efisiensi_rp` is measure `efisiensi` in unit `rp`; an unrecognised "TW III (Rp)" is a quarter's
 * flow in Rupiah. Facets come from the role, the header path (group cells and leaf), the report
 * year and the column's own readings.
 */
import { PERCENT_ROLES } from './roles';
import type { CellReading } from './values';
import type { ColumnRole } from './types';
import { readHeader, type HeaderText } from './vocabulary';

export type Measure =
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'pagu'
  | 'realisasi_anggaran'
  | 'penyerapan'
  | 'sisa'
  | 'efisiensi'
  | 'predikat'
  | 'jumlah'
  | 'persentase'
  /** Weights, physical progress, deviations, indices and scores: numbers that are no amounts. */
  | 'bobot'
  /** Names, codes, units and notes. */
  | 'label'
  | 'lainnya';

export type Scope = 'kinerja' | 'anggaran';

export type Period =
  /** The year's own figure (the report year unless the header names another). */
  | { kind: 'year'; year: number | null }
  | { kind: 'previous-year'; year: number | null }
  /** One quarter's flow (TW III). */
  | { kind: 'quarter'; quarter: number }
  /** Cumulative up to a quarter (s/d TW III). */
  | { kind: 'to-quarter'; quarter: number }
  /** Cumulative up to a year (s/d Tahun 2024). */
  | { kind: 'to-year'; year: number | null }
  /** The plan period's end (Renstra, RPJMD, akhir periode). */
  | { kind: 'plan-end' };

/** `k`: a count or volume in the indicator's own unit; `satuan`: the unit's name itself. */
export type Unit = 'rp' | 'percent' | 'k' | 'satuan';

/** `points`: 85,5 for 85,5 %; `fractions`: 0,855; `text`: numbers typed or pasted as text. */
export type Written = 'points' | 'fractions' | 'text' | 'numbers';

export interface ColumnFacets {
  measure: Measure;
  scope: Scope | null;
  period: Period | null;
  unit: Unit | null;
  /** How most of its numbers are written; null when the column holds no number. */
  written: Written | null;
}

export interface FacetInput {
  role: ColumnRole;
  /** The column's lowest header text. */
  leaf: string;
  /** Its whole header path (group cells and leaf). */
  path: string;
  /** A year its header names. */
  year?: number;
  /** The readings of its body cells. */
  readings: CellReading[];
  reportYear: number | null;
}

const MEASURE_OF_ROLE: Partial<Record<ColumnRole, Measure>> = {
  target: 'target',
  target_renstra: 'target',
  realisasi: 'realisasi',
  realisasi_lalu: 'realisasi',
  capaian: 'capaian',
  capaian_renstra: 'capaian',
  pagu: 'pagu',
  realisasi_anggaran: 'realisasi_anggaran',
  penyerapan: 'penyerapan',
  sisa: 'sisa',
  efisiensi: 'efisiensi',
  efisiensi_rp: 'efisiensi',
  predikat: 'predikat',
  jumlah: 'jumlah',
  persen: 'persentase',
};
const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['no', 'kode', 'uraian', 'tujuan', 'sasaran', 'strategi', 'indikator', 'satuan', 'formula', 'interval', 'keterangan']);
/** Roles that are Rupiah amounts whatever their header says ("Realisasi" under "Anggaran"). */
const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['pagu', 'realisasi_anggaran', 'sisa', 'efisiensi_rp']);
const BUDGET_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['pagu', 'realisasi_anggaran', 'penyerapan', 'sisa']);
const PERFORMANCE_MEASURES: ReadonlySet<Measure> = new Set<Measure>(['target', 'realisasi', 'capaian', 'predikat']);

/** Progress, weights and scores are no amounts, whatever their format. */
export const SCORE_WORDS = /fisik|bobot|deviasi|progres|persen|indeks|nilai|skor|rata/;
export const MONEY_WORDS = /\brp\b|rupiah|anggaran|pagu|dana|biaya|keuangan|belanja|dpa/;
const CUMULATIVE = /s\/d|s\.d|sampai dengan|hingga|kumulatif/;
const QUARTER = /\b(?:tw|triwulan)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/;
const PLAN_END = /renstra|rpjmd|akhir periode|akhir renstra/;

function measureOf(role: ColumnRole, leaf: HeaderText, path: HeaderText): Measure {
  const known = MEASURE_OF_ROLE[role];
  if (known) return known;
  if (LABEL_ROLES.has(role)) return 'label';
  if (SCORE_WORDS.test(leaf.base)) return 'bobot';
  const words = `${path.base} ${leaf.base}`;
  if (/\bsisa\b/.test(words)) return 'sisa';
  if (/realisasi/.test(words)) return MONEY_WORDS.test(words) || leaf.rupiah ? 'realisasi_anggaran' : 'realisasi';
  if (/\bpagu\b|\banggaran\b/.test(words)) return 'pagu';
  if (/target|rencana/.test(words)) return 'target';
  return 'lainnya';
}

/** A leaf without words of its own (TW I, 2024, IV): it takes its group's words. */
function bareLeaf(leaf: HeaderText): boolean {
  return leaf.base === '' || /^(tw|triwulan|tahun|th)\b|^[ivx]+$/.test(leaf.base);
}

function unitOf(input: FacetInput, stats: NumberStats, measure: Measure, leaf: HeaderText, path: HeaderText): Unit | null {
  if (input.role === 'satuan') return 'satuan';
  if (PERCENT_ROLES.has(input.role) || leaf.percent || path.percent || stats.percent > 0) return 'percent';
  if (AMOUNT_ROLES.has(input.role) || leaf.rupiah || MONEY_WORDS.test(leaf.base) || (bareLeaf(leaf) && (path.rupiah || MONEY_WORDS.test(path.base)))) return 'rp';
  // "K" / "Volume" under a period, or a target or realisasi in the indicator's own unit.
  if (/^(k|vol|volume)$/.test(leaf.base) || measure === 'target' || measure === 'realisasi') return 'k';
  return null;
}

/** 1–4 for a quarter the text names ("TW III", "Triwulan IV", "s/d TW 4"), 0 otherwise; lower-case text. */
export function quarterNumber(text: string): number {
  const m = QUARTER.exec(text);
  if (!m) return 0;
  return { i: 1, ii: 2, iii: 3, iv: 4 }[m[1] as 'i' | 'ii' | 'iii' | 'iv'] ?? Number(m[1]);
}

function periodOf(input: FacetInput, path: string): Period | null {
  const text = path.toLowerCase();
  const quarter = quarterNumber(text);
  const cumulative = CUMULATIVE.test(text);
  if (quarter) return cumulative ? { kind: 'to-quarter', quarter } : { kind: 'quarter', quarter };
  const year = input.year ?? null;
  if (cumulative) return { kind: 'to-year', year };
  if (PLAN_END.test(text) || input.role === 'target_renstra' || input.role === 'capaian_renstra') return { kind: 'plan-end' };
  if (input.role === 'realisasi_lalu' || (year !== null && input.reportYear !== null && year < input.reportYear)) return { kind: 'previous-year', year };
  if (LABEL_ROLES.has(input.role)) return null;
  return { kind: 'year', year: year ?? input.reportYear };
}

/** What a column's numbers look like, counted in one pass over its readings. */
interface NumberStats {
  numbers: number;
  fromText: number;
  percent: number;
  /** Numbers within ±3 not printed with "%", and those among them that are not zero. */
  small: number;
  smallNonZero: number;
}

function numberStats(readings: CellReading[]): NumberStats {
  const stats: NumberStats = { numbers: 0, fromText: 0, percent: 0, small: 0, smallNonZero: 0 };
  for (const r of readings) {
    if (r.kind !== 'number') continue;
    stats.numbers++;
    if (r.fromText) stats.fromText++;
    if (r.percent) stats.percent++;
    else if (Math.abs(r.value) <= 3) {
      stats.small++;
      if (r.value !== 0) stats.smallNonZero++;
    }
  }
  return stats;
}

function fractions(stats: NumberStats): boolean {
  return stats.numbers >= 2 && stats.small === stats.numbers && stats.smallNonZero > 0;
}

function writtenOf(stats: NumberStats, unit: Unit | null): Written | null {
  if (stats.numbers === 0) return null;
  if (stats.fromText * 2 > stats.numbers) return 'text';
  if (unit !== 'percent') return 'numbers';
  return fractions(stats) ? 'fractions' : 'points';
}

/**
 * A percentage column typed as fractions without a percent format (1,1444 for 114,44 %): every
 * number in it lies within ±3 and none is printed with "%".
 */
export function writtenAsFractions(readings: CellReading[]): boolean {
  return fractions(numberStats(readings));
}

export function columnFacets(input: FacetInput): ColumnFacets {
  const leaf = readHeader(input.leaf);
  const path = readHeader(input.path);
  const measure = measureOf(input.role, leaf, path);
  const stats = numberStats(input.readings);
  const unit = unitOf(input, stats, measure, leaf, path);
  const scope: Scope | null = BUDGET_MEASURES.has(measure) || unit === 'rp' ? 'anggaran' : PERFORMANCE_MEASURES.has(measure) ? 'kinerja' : null;
  return { measure, scope, period: periodOf(input, input.path), unit, written: writtenOf(stats, unit) };
}
