/**
 * Rating scales printed as a legend anywhere on a sheet, without a header row (issue "Checker v2",
 * point 6): three or more rows each pairing an interval with a label — "≥ 91 | Sangat Tinggi",
 * "76 - < 90 | Tinggi", or both in one cell ("≥ 100 Sangat Berhasil", "75% s.d 99% Berhasil").
 * Each legend becomes a scale table of the sheet; its predicates are read with it, and its gaps
 * and overlaps are findings.
 */
import { address } from '../model/address';
import { parseIntervalText } from '../scales/parse-interval';
import type { Area } from '../model/workbook';
import type { Grid } from './grid';
import type { RecognizedTable } from './types';

interface LegendRow {
  row: number;
  /** Column of the interval text (and of the label, when both share one cell). */
  col: number;
  labelCol: number;
  label: string;
}

/** Words that belong to an interval ("75 s.d 99", "x", "sampai") rather than start its label. */
const INTERVAL_WORDS = /^(s\.?d\.?|sd|x|sampai|hingga|dan|dengan|s\/d)$/i;

/** "≥ 100 Sangat Berhasil" → the interval text and the label; null when the cell is not such a pair. */
export function splitIntervalLabel(text: string): { interval: string; label: string } | null {
  const words = text.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    if (!/^[A-Za-z]{3,}/.test(words[i]) || INTERVAL_WORDS.test(words[i])) continue;
    const interval = words.slice(0, i).join(' ').replace(/[:=]$/, '').trim();
    if (parseIntervalText(interval)) return { interval, label: words.slice(i).join(' ') };
    return null;
  }
  return null;
}

function legendRow(grid: Grid, row: number, left: number, right: number): LegendRow | null {
  for (let c = left; c <= right; c++) {
    const text = grid.text(row, c);
    if (!text || !/\d/.test(text)) continue;
    if (parseIntervalText(text) && /[<>≤≥=]|s\.?d|-|–/.test(text)) {
      for (let l = c + 1; l <= Math.min(right, c + 3); l++) {
        const label = grid.text(row, l);
        if (label && /[a-z]{3}/i.test(label) && !/\d/.test(label)) return { row, col: c, labelCol: l, label };
      }
      return null;
    }
    const pair = splitIntervalLabel(text);
    if (pair) return { row, col: c, labelCol: c, label: pair.label };
    return null;
  }
  return null;
}

function inside(areas: Area[], row: number): boolean {
  return areas.some((a) => row >= a.top && row <= a.bottom);
}

/** The legends of a sheet outside its recognised tables, as scale tables. */
export function legendScales(grid: Grid, taken: Area[]): RecognizedTable[] {
  const { rowCount, colCount } = grid.sheet;
  const out: RecognizedTable[] = [];
  let run: LegendRow[] = [];
  const close = () => {
    if (run.length >= 3 && run[0].row > 0) out.push(toTable(grid, run));
    run = [];
  };
  for (let r = 0; r < rowCount; r++) {
    const l = inside(taken, r) ? null : legendRow(grid, r, 0, colCount - 1);
    if (l && (run.length === 0 || l.col === run[0].col)) run.push(l);
    else {
      close();
      if (l) run.push(l);
    }
  }
  close();
  return out;
}

function toTable(grid: Grid, rows: LegendRow[]): RecognizedTable {
  const { col, labelCol } = rows[0];
  const top = rows[0].row;
  const above = top > 0 ? grid.text(top - 1, col) || grid.text(top - 1, Math.max(0, col - 1)) : '';
  const caption = above && /[a-z]{3}/i.test(above) ? [above] : [];
  const bottom = rows[rows.length - 1].row;
  // The line above the legend (its caption, or blank) stands as its header.
  const header = { top: top - 1, left: col, bottom: top - 1, right: labelCol };
  return {
    id: `${grid.sheet.name}!legenda:${address(top, col)}`,
    sheet: grid.sheet.name,
    kind: 'skala',
    area: { top: top - 1, left: col, bottom, right: labelCol },
    header,
    caption,
    columns: [
      { col, role: 'interval', header: 'Interval' },
      ...(labelCol !== col ? [{ col: labelCol, role: 'predikat' as const, header: 'Predikat' }] : []),
    ],
    rows: rows.map((r) => ({ row: r.row, type: 'data', level: 0, parent: null, label: r.label })),
  };
}
