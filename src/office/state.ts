/** The previous state of target cells: recorded before a change, restored by undo or after a failure. */
import { HostError } from '../host/types';
import type { Content, FillState, RunState } from './journal';
import { contentOf, hasContent, isFormula, runAddress, writeContent } from './runs';
import type { Run } from './runs';
import type { Capabilities } from './runtime';
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

export function queuePreviousState(context: Excel.RequestContext, run: Run, caps: Capabilities): PendingRun {
  const t = touches(run);
  if ((t.fill || t.bold) && !caps.cellProperties) {
    throw new HostError('Versi Excel ini belum mendukung pewarnaan sel dari add-in (perlu ExcelApi 1.9). Perbarui Excel lalu coba lagi.', 'failed');
  }
  const range = context.workbook.worksheets.getItem(run.sheet).getRange(runAddress(run));
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

export function queueRunWrites(context: Excel.RequestContext, run: Run): void {
  const range = context.workbook.worksheets.getItem(run.sheet).getRange(runAddress(run));
  const w = run.writes[0];
  if (hasContent(w)) range.formulas = run.writes.map((x) => [writeContent(x)]);
  if (w.numberFormat !== undefined) range.numberFormat = run.writes.map((x) => [x.numberFormat as string]);
  if (w.fill === null) range.format.fill.clear();
  else if (w.fill !== undefined) range.format.fill.color = w.fill;
  if (w.bold !== undefined) range.format.font.bold = w.bold;
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

export function queueRunRestore(context: Excel.RequestContext, s: RunState): void {
  const sheet = context.workbook.worksheets.getItem(s.sheet);
  const range = sheet.getRange(s.address);
  if (s.content) range.formulas = s.content.map((c) => [c]);
  if (s.numberFormat) range.numberFormat = s.numberFormat.map((f) => [f]);
  if (s.fill) {
    for (const { start, end, item } of stretches(s.fill, (a, b) => a.color === b.color)) {
      const part = range.getCell(start, 0).getResizedRange(end - start, 0);
      if (item.color === null) part.format.fill.clear();
      else part.format.fill.color = item.color;
    }
  }
  if (s.bold) {
    for (const { start, end, item } of stretches(s.bold, (a, b) => a === b)) {
      range.getCell(start, 0).getResizedRange(end - start, 0).format.font.bold = item;
    }
  }
}
