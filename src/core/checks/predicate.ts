/**
 * predicate: every printed label (predikat, kategori, interpretasi) against the value under the
 * scale the table uses — the workbook's own scale table whose labels the column uses, else the
 * built-in profile whose labels it uses (or the one the user chose).
 */
import { capaianOf } from '../formulas/capaian';
import { detectPolarity } from '../formulas/polarity';
import { agrees, unitOf } from '../numbers/tolerance';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import { classifyAll, contains, getProfile, labelsMatch, normalizeLabel, PROFILES, type Scale } from '../scales';
import { numbersConfirm } from './confirm';
import { cellOf, column, fmt, type CheckContext } from './context';
import { formulaPair, pointsAt } from './readings';
import type { Rule, RuleContext } from './rule';
import { readCell } from '../recognition/values';

const messages = {
  blank: 'Predikat kosong; untuk nilai {value} % menurut {scale} predikatnya "{expected}".',
  differs: 'Predikat "{label}" tidak sesuai nilai {value} %: menurut {scale} seharusnya "{expected}".',
  belowBand: 'Predikat "{label}" tidak sesuai nilai {value} %: menurut {scale} nilai ini "{expected}", di bawah rentang "{label}".',
  summaryDiffers: 'Predikat "{label}" tidak sesuai rata-rata {value} % di atasnya: menurut {scale} seharusnya "{expected}".',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  predicate: 'Predikat',
  predicateAtLeast: 'Predikat (batas bawah)',
};
type Context = RuleContext<keyof typeof messages>;

function labelsOf(scale: Scale): Set<string> {
  const s = new Set(scale.intervals.map((i) => normalizeLabel(i.label)));
  if (scale.noTargetLabel) s.add(normalizeLabel(scale.noTargetLabel));
  return s;
}

/** The scale whose labels explain most of the printed labels in the column (the workbook's own first). */
function chooseScale(ctx: CheckContext, printed: string[]): Scale | null {
  if (ctx.options.scale) return getProfile(ctx.options.scale);
  const candidates = [...ctx.workbookScales.map((w) => w.scale), ...Object.values(PROFILES)];
  let best: Scale | null = null;
  let bestScore = 0;
  for (const scale of candidates) {
    const labels = labelsOf(scale);
    const score = printed.filter((p) => labels.has(normalizeLabel(p))).length;
    if (score > bestScore) {
      best = scale;
      bestScore = score;
    }
  }
  return bestScore * 2 >= printed.length && bestScore > 0 ? best : null;
}

/** The value a row's label must fit: the capaian as printed (± its rounding), exact when the row's target and realisasi give it. */
interface RowValue {
  value: number;
  decimals: number;
  /** Half a unit of the printed last digit; 0 when the value is exact. */
  slack: number;
  related: string[];
}

type ValueOf = (row: number) => RowValue | null;

function exactCapaian(ctx: CheckContext, table: RecognizedTable, row: number): number | null {
  const target = column(table, 'target');
  const realisasi = column(table, 'realisasi');
  if (!target || !realisasi) return null;
  const label = table.rows.find((r) => r.row === row)?.label ?? '';
  const polarity = detectPolarity(label, ctx.options.lowerIsBetterKeywords).polarity;
  const [t, r] = formulaPair(ctx, table, row, target, realisasi);
  const o = capaianOf(t, r, polarity);
  return o.kind === 'value' ? o.value : null;
}

function valueSource(ctx: CheckContext, table: RecognizedTable): ValueOf | null {
  const cap = column(table, 'capaian');
  if (cap) {
    return (row) => {
      const printed = pointsAt(ctx, table, row, cap);
      if (!printed) return null;
      const exact = exactCapaian(ctx, table, row);
      const useExact = exact !== null && agrees(printed.value, printed.decimals, exact);
      return {
        value: useExact ? exact : printed.value,
        decimals: printed.decimals,
        slack: useExact ? 0 : unitOf(printed.decimals) / 2,
        related: [cellOf(row, cap)],
      };
    };
  }
  const target = column(table, 'target');
  const realisasi = column(table, 'realisasi');
  if (!target || !realisasi) return null;
  return (row) => {
    const exact = exactCapaian(ctx, table, row);
    return exact === null ? null : { value: exact, decimals: 2, slack: 0, related: [cellOf(row, target), cellOf(row, realisasi)] };
  };
}

/**
 * The other reading of a label column when its labels break the bands on most rows: a label as the
 * lowest band it claims ("Berhasil" for every row that is at least Berhasil — a coarse column).
 * Holds when the value is not below the label's band.
 */
function atLeastHolds(scale: Scale, label: string, rv: RowValue): boolean {
  const bands = scale.intervals.filter((i) => labelsMatch(i.label, label));
  if (bands.length === 0) return false;
  return bands.some((b) => contains({ ...b, upper: null, upperInclusive: false }, rv.value + rv.slack));
}

interface LabelRow {
  row: number;
  cell: string;
  label: string;
  rv: RowValue;
  expected: string;
  exact: boolean;
  atLeast: boolean;
}

function checkColumn(ctx: Context, table: RecognizedTable, labelCol: TableColumn, valueOf: ValueOf): void {
  const grid = ctx.grid(table.sheet);
  const rows = table.rows.filter((r) => r.type === 'data');
  const printed = rows.map((r) => grid.shown(r.row, labelCol.col)).filter((t) => /[a-z]/i.test(t));
  if (printed.length === 0) return;
  const scale = chooseScale(ctx, printed);
  if (!scale) return;
  const labelled: LabelRow[] = [];
  for (const row of rows) {
    if (grid.covered(row.row, labelCol.col)) continue;
    const label = grid.text(row.row, labelCol.col);
    const rv = valueOf(row.row);
    if (!rv) continue;
    const cell = cellOf(row.row, labelCol);
    const expected = classifyAll(scale, rv.value)[0];
    if (!label) {
      if (expected) ctx.report({ table, cell, severity: 'info', messageId: 'blank', data: { value: fmt(rv.value, rv.slack ? rv.decimals : 2), scale: scale.name, expected }, expected, related: rv.related });
      continue;
    }
    if (!expected) continue;
    const fits = new Set([rv.value - rv.slack, rv.value, rv.value + rv.slack].flatMap((x) => classifyAll(scale, x)));
    const exact = [...fits].some((f) => labelsMatch(f, label));
    labelled.push({ row: row.row, cell, label, rv, expected, exact, atLeast: exact || atLeastHolds(scale, label, rv) });
  }
  const broken = (pick: (l: LabelRow) => boolean) => labelled.filter((l) => !pick(l)).length;
  const coarse = !numbersConfirm(labelled.length, broken((l) => l.exact)) && numbersConfirm(labelled.length, broken((l) => l.atLeast));
  for (const l of labelled) {
    const holds = coarse ? l.atLeast : l.exact;
    ctx.ledger.evaluated(table, 'predicate', labelCol.col, coarse ? messages.predicateAtLeast : messages.predicate, { row: l.row, cell: l.cell, inputs: l.rv.related, holds });
    if (holds) continue;
    const data = { label: l.label, value: fmt(l.rv.value, l.rv.slack ? l.rv.decimals : 2), scale: scale.name, expected: l.expected };
    ctx.report({ table, cell: l.cell, severity: 'error', messageId: coarse ? 'belowBand' : 'differs', data, expected: l.expected, actual: l.label, related: l.rv.related });
  }
}

/**
 * A "Predikat Kinerja" line under the table's "Rata-rata" line: in each column, its label is the
 * predicate of the average printed just above it.
 */
function summaryPredicates(ctx: Context, table: RecognizedTable): void {
  const grid = ctx.grid(table.sheet);
  table.rows.forEach((row, i) => {
    const above = table.rows[i - 1];
    if (!above || (above.type !== 'average' && above.type !== 'total') || !/^(predikat|kategori|interpretasi)/i.test(row.label)) return;
    for (let col = table.area.left; col <= table.area.right; col++) {
      const label = grid.text(row.row, col);
      const value = readCell(grid.cell(above.row, col));
      if (!label || /^(predikat|kategori|interpretasi)/i.test(label) || value.kind !== 'number') continue;
      const scale = chooseScale(ctx, [label]);
      if (!scale) continue;
      const points = value.percent || Math.abs(value.value) > 3 ? value.value : value.value * 100;
      const slack = unitOf(value.percent || Math.abs(value.value) > 3 ? value.decimals : Math.max(value.decimals - 2, 0)) / 2;
      const fits = [points - slack, points, points + slack].flatMap((x) => classifyAll(scale, x));
      const expected = classifyAll(scale, points)[0];
      if (!expected || fits.some((f) => labelsMatch(f, label))) continue;
      const data = { label, value: fmt(points, 2), scale: scale.name, expected };
      ctx.report({ table, cell: cellOf(row.row, col), severity: 'error', messageId: 'summaryDiffers', data, expected, actual: label, related: [cellOf(above.row, col)] });
    }
  });
}

export const predicateRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'predicate',
    name: 'predicate-of-scale',
    label: 'Predikat',
    description: 'Menentukan ulang predikat setiap baris (dan baris Predikat di bawah Rata-rata) dari nilainya menurut skala yang dipakai tabel: skala di buku kerja, profil bawaan yang labelnya dipakai, atau yang dipilih pengguna.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      if (table.kind === 'skala') return;
      const label = column(table, 'predikat');
      const valueOf = label ? valueSource(ctx, table) : null;
      if (label && valueOf) checkColumn(ctx, table, label, valueOf);
      summaryPredicates(ctx, table);
    },
  }),
};
