/** The previous state of target cells: recorded before a change, restored by undo or after a failure. */
import { HostError } from '../host/types';
import type { Content, FillState, RunState } from './journal';
import { contentOf, hasContent, isFormula, runAddress, writeContent } from './runs';
import type { Run } from './runs';
import type { Capabilities } from './runtime';
import { READ_BYTES_PER_CELL, step } from './payload';
import type { Step } from './payload';
import { sameValue } from '../core/changes/same-value';

/** A cell's content as read back: formulas keep their `=`, text gets its apostrophe back. */
export function previousContent(formula: unknown, value: unknown, type: string): Content {
  if (isFormula(formula, value)) return formula;
  if (type === 'Empty') return '';
  if (type === 'Error') return String(value);
  if (typeof value === 'string') return contentOf(value);
  return value as number | boolean;
}

export interface PendingRun {
  run: Run;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

function touches(run: Run): { content: boolean; format: boolean; fill: boolean; bold: boolean } {
  const w = run.writes[0];
  return { content: hasContent(w), format: w.numberFormat !== undefined, fill: w.fill !== undefined, bold: w.bold !== undefined };
}

/** One worksheet proxy per sheet name, so a batch does not ask for the same sheet once per run. */
export type SheetProxies = (name: string) => Excel.Worksheet;

export function sheetProxies(context: Excel.RequestContext): SheetProxies {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

/** Estimated request + response bytes of reading a run's previous state. */
export function stateBytes(run: Run): number {
  return step(4, null, () => undefined).bytes + run.writes.length * READ_BYTES_PER_CELL;
}

export function queuePreviousState(sheets: SheetProxies, run: Run, caps: Capabilities): PendingRun {
  const t = touches(run);
  if ((t.fill || t.bold) && !caps.cellProperties) {
    throw new HostError('Versi Excel ini belum mendukung pewarnaan sel dari add-in (perlu ExcelApi 1.9). Perbarui Excel lalu coba lagi.', 'failed');
  }
  const range = sheets(run.sheet).getRange(runAddress(run));
  range.load('formulas,values,valueTypes,numberFormat');
  const props = t.fill || t.bold ? range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true } } }) : null;
  return { run, range, props };
}

export function runState(p: PendingRun): RunState {
  const t = touches(p.run);
  const state: RunState = { sheet: p.run.sheet, address: runAddress(p.run) };
  const { formulas, values, valueTypes, numberFormat } = p.range;
  if (t.content) state.content = formulas.map((row, i) => previousContent(row[0], values[i][0], valueTypes[i][0]));
  if (t.format) state.numberFormat = numberFormat.map((row) => String(row[0]));
  const props = p.props?.value;
  if (t.fill && props) {
    state.fill = props.map((row): FillState => {
      const fill = row[0].format?.fill;
      return { color: !fill || fill.pattern === 'None' ? null : (fill.color ?? null) };
    });
  }
  if (t.bold && props) state.bold = props.map((row) => row[0].format?.font?.bold === true);
  return state;
}

/** Cells of the runs that would lose data; fills, formats and notes alone do not count. */
export function overwrittenCells(states: RunState[], runs: Run[]): string[] {
  const cells: string[] = [];
  states.forEach((s, i) => {
    s.content?.forEach((c, j) => {
      if (c !== '') cells.push(runs[i].writes[j].cell);
    });
  });
  return cells;
}

/** Cells whose value is no longer the one the change expects (edited since the check). */
export function changedCells(states: RunState[], runs: Run[]): string[] {
  const cells: string[] = [];
  states.forEach((s, i) => {
    runs[i].writes.forEach((w, j) => {
      if (w.expect !== undefined && !sameValue(w.expect, s.content?.[j] ?? null)) cells.push(w.cell);
    });
  });
  return cells;
}

/** The cell writes of a run as one step (notes are separate steps). */
export function runWriteStep(sheets: SheetProxies, run: Run): Step {
  const w = run.writes[0];
  const formulas = hasContent(w) ? run.writes.map((x) => [writeContent(x)]) : undefined;
  const formats = w.numberFormat !== undefined ? run.writes.map((x) => [x.numberFormat as string]) : undefined;
  return step(5, [formulas, formats, w.fill, w.bold], () => {
    const range = sheets(run.sheet).getRange(runAddress(run));
    if (formulas) range.formulas = formulas;
    if (formats) range.numberFormat = formats;
    if (w.fill === null) range.format.fill.clear();
    else if (w.fill !== undefined) range.format.fill.color = w.fill;
    if (w.bold !== undefined) range.format.font.bold = w.bold;
  });
}

/** Splits a column run into stretches of equal state, so each is restored with one operation. */
function stretches<T>(items: T[], same: (a: T, b: T) => boolean): { start: number; end: number; item: T }[] {
  const out: { start: number; end: number; item: T }[] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && same(last.item, item)) last.end = i;
    else out.push({ start: i, end: i, item });
  });
  return out;
}

/** Restoring a run's previous state as one step. */
export function runRestoreStep(sheets: SheetProxies, s: RunState): Step {
  const fills = s.fill ? stretches(s.fill, (a, b) => a.color === b.color) : [];
  const bolds = s.bold ? stretches(s.bold, (a, b) => a === b) : [];
  return step(3 + 4 * (fills.length + bolds.length), [s.content, s.numberFormat, s.fill], () => {
    const range = sheets(s.sheet).getRange(s.address);
    if (s.content) range.formulas = s.content.map((c) => [c]);
    if (s.numberFormat) range.numberFormat = s.numberFormat.map((f) => [f]);
    for (const { start, end, item } of fills) {
      const part = range.getCell(start, 0).getResizedRange(end - start, 0);
      if (item.color === null) part.format.fill.clear();
      else part.format.fill.color = item.color;
    }
    for (const { start, end, item } of bolds) {
      range.getCell(start, 0).getResizedRange(end - start, 0).format.font.bold = item;
    }
  });
}
