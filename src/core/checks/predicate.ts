/**
 * predicate: every printed label (predikat, kategori, interpretasi) against the value under the
 * scale the table uses — the workbook's own scale table whose labels the column uses, else the
 * built-in profile whose labels it uses (or the one the user chose).
 */
import { capaianOf } from '../formulas/capaian';
import { detectPolarity } from '../formulas/polarity';
import { agrees, unitOf } from '../numbers/tolerance';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import type { Finding } from '../report';
import { classifyAll, contains, getProfile, labelsMatch, normalizeLabel, PROFILES, type Scale } from '../scales';
import { numbersConfirm } from './confirm';
import { cellOf, column, finding, fmt, type Check, type CheckContext } from './context';
import { formulaPair, pointsAt } from './readings';
import { readCell } from '../recognition/values';

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

function checkColumn(ctx: CheckContext, table: RecognizedTable, labelCol: TableColumn, valueOf: ValueOf): Finding[] {
  const grid = ctx.grid(table.sheet);
  const rows = table.rows.filter((r) => r.type === 'data');
  const printed = rows.map((r) => grid.shown(r.row, labelCol.col)).filter((t) => /[a-z]/i.test(t));
  if (printed.length === 0) return [];
  const scale = chooseScale(ctx, printed);
  if (!scale) return [];
  const out: Finding[] = [];
  const labelled: LabelRow[] = [];
  for (const row of rows) {
    if (grid.covered(row.row, labelCol.col)) continue;
    const label = grid.text(row.row, labelCol.col);
    const rv = valueOf(row.row);
    if (!rv) continue;
    const cell = cellOf(row.row, labelCol);
    const expected = classifyAll(scale, rv.value)[0];
    if (!label) {
      if (expected) out.push(finding(table, cell, 'predicate', 'info', `Predikat kosong; untuk nilai ${fmt(rv.value, rv.slack ? rv.decimals : 2)} % menurut ${scale.name} predikatnya "${expected}".`, { expected, related: rv.related }));
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
    ctx.ledger.evaluated(table, 'predicate', labelCol.col, coarse ? 'Predikat (batas bawah)' : 'Predikat', { row: l.row, cell: l.cell, inputs: l.rv.related, holds });
    if (holds) continue;
    const shown = fmt(l.rv.value, l.rv.slack ? l.rv.decimals : 2);
    const message = coarse
      ? `Predikat "${l.label}" tidak sesuai nilai ${shown} %: menurut ${scale.name} nilai ini "${l.expected}", di bawah rentang "${l.label}".`
      : `Predikat "${l.label}" tidak sesuai nilai ${shown} %: menurut ${scale.name} seharusnya "${l.expected}".`;
    out.push(finding(table, l.cell, 'predicate', 'error', message, { expected: l.expected, actual: l.label, related: l.rv.related }));
  }
  return out;
}

/**
 * A "Predikat Kinerja" line under the table's "Rata-rata" line: in each column, its label is the
 * predicate of the average printed just above it.
 */
function summaryPredicates(ctx: CheckContext, table: RecognizedTable): Finding[] {
  const grid = ctx.grid(table.sheet);
  const out: Finding[] = [];
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
      out.push(finding(table, cellOf(row.row, col), 'predicate', 'error', `Predikat "${label}" tidak sesuai rata-rata ${fmt(points, 2)} % di atasnya: menurut ${scale.name} seharusnya "${expected}".`, { expected, actual: label, related: [cellOf(above.row, col)] }));
    }
  });
  return out;
}

export const predicateCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    if (table.kind === 'skala') return [];
    const label = column(table, 'predikat');
    const valueOf = label ? valueSource(ctx, table) : null;
    return [...(label && valueOf ? checkColumn(ctx, table, label, valueOf) : []), ...summaryPredicates(ctx, table)];
  });
