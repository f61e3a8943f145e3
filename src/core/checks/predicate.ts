/**
 * predicate: every printed label (predikat, kategori, interpretasi) against the value under the
 * scale the table uses — the workbook's own scale table whose labels the column uses, else the
 * built-in profile whose labels it uses (or the one the user chose).
 */
import { capaianOf } from '../formulas/capaian';
import { agrees, unitOf } from '../numbers/tolerance';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import type { Finding } from '../report';
import { classifyAll, getProfile, labelsMatch, normalizeLabel, PROFILES, type Scale } from '../scales';
import { cellOf, column, finding, fmt, formulaInput, readAt, type Check, type CheckContext } from './context';

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

function checkColumn(ctx: CheckContext, table: RecognizedTable, labelCol: TableColumn, valueCol: TableColumn): Finding[] {
  const grid = ctx.grid(table.sheet);
  const rows = table.rows.filter((r) => r.type === 'data');
  const printed = rows.map((r) => grid.shown(r.row, labelCol.col)).filter((t) => /[a-z]/i.test(t));
  if (printed.length === 0) return [];
  const scale = chooseScale(ctx, printed);
  if (!scale) return [];
  const out: Finding[] = [];
  for (const row of rows) {
    if (grid.covered(row.row, labelCol.col)) continue;
    const label = grid.text(row.row, labelCol.col);
    const value = readAt(ctx, table, row.row, valueCol);
    if (value.kind !== 'number') continue;
    const cell = cellOf(row.row, labelCol);
    // The exact capaian when the row's target and realisasi give it (and agree with the print); else the print ± rounding.
    const exact = exactCapaian(ctx, table, row.row, value.value, value.decimals);
    const u = exact === null ? unitOf(value.decimals) / 2 : 0;
    const v = exact ?? value.value;
    const fits = new Set([v - u, v, v + u].flatMap((x) => classifyAll(scale, x)));
    const expected = classifyAll(scale, v)[0];
    if (!label) {
      if (expected) out.push(finding(table, cell, 'predicate', 'info', `Predikat kosong; untuk nilai ${fmt(value.value, value.decimals)} % menurut ${scale.name} predikatnya "${expected}".`, { expected }));
      continue;
    }
    if (!expected || [...fits].some((f) => labelsMatch(f, label))) continue;
    out.push(
      finding(table, cell, 'predicate', 'error', `Predikat "${label}" tidak sesuai nilai ${fmt(value.value, value.decimals)} %: menurut ${scale.name} seharusnya "${expected}".`, {
        expected,
        actual: label,
        related: [cellOf(row.row, valueCol)],
      }),
    );
  }
  return out;
}

function exactCapaian(ctx: CheckContext, table: RecognizedTable, row: number, printed: number, decimals: number): number | null {
  const target = column(table, 'target');
  const realisasi = column(table, 'realisasi');
  if (!target || !realisasi) return null;
  const o = capaianOf(formulaInput(ctx, table, row, target), formulaInput(ctx, table, row, realisasi));
  return o.kind === 'value' && agrees(printed, decimals, o.value) ? o.value : null;
}

export const predicateCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    if (table.kind === 'skala') return [];
    const value = column(table, 'capaian');
    const label = column(table, 'predikat');
    return value && label ? checkColumn(ctx, table, label, value) : [];
  });
