/**
 * Groups cell writes into runs: consecutive rows of one column that change the same fields in the
 * same way, so each run is one range operation (and one range to record for undo).
 */
import { address, parseAddress } from '../core/model/address';
import { formatNumber } from '../core/numbers/format';
import type { CellValue } from '../core/model/workbook';
import { isCellError } from '../core/model/workbook';
import { HostError } from '../host/types';
import type { CellWrite } from '../host/types';
import { unescapeSafeText } from '../core/changes/safe-text';

export interface Run {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  /** One write per row, top to bottom. */
  writes: CellWrite[];
}

export function hasContent(w: CellWrite): boolean {
  return w.formula !== undefined || w.value !== undefined;
}

/** Writes that share a run change the same fields; fills and bold also to the same value. */
function signature(w: CellWrite): string {
  return JSON.stringify([hasContent(w), w.numberFormat !== undefined, w.fill, w.bold, w.note !== undefined]);
}

export function runAddress(run: Run): string {
  return run.top === run.bottom ? address(run.top, run.col) : `${address(run.top, run.col)}:${address(run.bottom, run.col)}`;
}

/** Groups the writes; a repeated target cell or a bad address is refused before anything is written. */
export function groupRuns(writes: readonly CellWrite[]): Run[] {
  const located = writes.map((w) => {
    const at = parseAddress(w.cell);
    if (!at) throw new HostError(`Alamat sel "${w.cell}" pada lembar "${w.sheet}" tidak sah.`, 'failed');
    return { w, ...at };
  });
  located.sort((a, b) => (a.w.sheet < b.w.sheet ? -1 : a.w.sheet > b.w.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const { w, row, col } of located) {
    if (current && current.sheet === w.sheet && current.col === col && current.bottom === row) {
      throw new HostError(`Sel ${w.cell} pada lembar "${w.sheet}" diubah dua kali dalam satu perubahan.`, 'failed');
    }
    const extends_ =
      current && current.sheet === w.sheet && current.col === col && current.bottom + 1 === row && signature(current.writes[0]) === signature(w);
    if (current && extends_) {
      current.bottom = row;
      current.writes.push(w);
    } else {
      current = { sheet: w.sheet, col, top: row, bottom: row, writes: [w] };
      runs.push(current);
    }
  }
  return runs;
}

/**
 * What goes into `range.formulas` for a value: text always with a leading apostrophe, so Excel
 * keeps it as text (never a formula, a number or a date); an error value as its code.
 */
export function contentOf(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  // Every text gets Excel's text prefix; text the core already escaped (safeText) is not escaped twice.
  if (typeof value === 'string') return value === '' ? '' : `'${unescapeSafeText(value)}`;
  return value;
}

export function writeContent(w: CellWrite): string | number | boolean {
  return w.formula !== undefined ? w.formula : contentOf(w.value);
}

/**
 * `range.formulas` gives a constant cell its value, so text typed as "=…" (with an apostrophe) looks
 * like a formula there; its `values` entry is the same text, which a real formula's result is not.
 */
export function isFormula(formula: unknown, value: unknown): formula is string {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

const SHOWN_CELLS = 5;

/** "E5, E6, E7, E8, E9 dan 12 sel lain": a list of cells short enough for a message. */
export function listCells(cells: string[]): string {
  const shown = cells.slice(0, SHOWN_CELLS).join(', ');
  return cells.length > SHOWN_CELLS ? `${shown} dan ${formatNumber(cells.length - SHOWN_CELLS)} sel lain` : shown;
}

