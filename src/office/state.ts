/** The previous state of target cells: recorded before a change, restored by undo or after a failure. */
import { HostError } from '../host/types';
import { address, parseAddress } from '../core/model/address';
import { sameFormula } from './formula-text';
import type { CellsState, Content, FillState, RunState } from './journal';
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

/** Which fields of a run a change touches (and so are recorded and restored). */
interface Touches {
  content: boolean;
  format: boolean;
  fill: boolean;
  bold: boolean;
}

function touches(run: Run): Touches {
  const w = run.writes[0];
  return { content: hasContent(w), format: w.numberFormat !== undefined, fill: w.fill !== undefined, bold: w.bold !== undefined };
}

function touchesOf(s: CellsState): Touches {
  return { content: s.content !== undefined, format: s.numberFormat !== undefined, fill: s.fill !== undefined, bold: s.bold !== undefined };
}

export interface PendingRead {
  t: Touches;
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

export interface PendingRun extends PendingRead {
  run: Run;
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

/** Estimated request + response bytes of reading the state of a run of `cells` cells. */
export function stateBytes(cells: number): number {
  return step(4, null, () => undefined).bytes + cells * READ_BYTES_PER_CELL;
}

function queueRead(sheets: SheetProxies, sheet: string, address: string, t: Touches): PendingRead {
  const range = sheets(sheet).getRange(address);
  range.load('formulas,values,valueTypes,numberFormat');
  const props = t.fill || t.bold ? range.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true }, font: { bold: true } } }) : null;
  return { t, range, props };
}

function readCells({ t, range, props }: PendingRead): CellsState {
  const state: CellsState = {};
  const { formulas, values, valueTypes, numberFormat } = range;
  if (t.content) state.content = formulas.map((row, i) => previousContent(row[0], values[i][0], valueTypes[i][0]));
  if (t.format) state.numberFormat = numberFormat.map((row) => String(row[0]));
  const cells = props?.value;
  if (t.fill && cells) {
    state.fill = cells.map((row): FillState => {
      const fill = row[0].format?.fill;
      if (!fill || fill.pattern === 'None') return { color: null };
      const state: FillState = { color: fill.color ?? null };
      if (fill.pattern && fill.pattern !== 'Solid') Object.assign(state, { pattern: fill.pattern, patternColor: fill.patternColor });
      return state;
    });
  }
  if (t.bold && cells) state.bold = cells.map((row) => row[0].format?.font?.bold === true);
  return state;
}

export function queuePreviousState(sheets: SheetProxies, run: Run, caps: Capabilities): PendingRun {
  const t = touches(run);
  if ((t.fill || t.bold) && !caps.cellProperties) {
    throw new HostError('Versi Excel ini belum mendukung pewarnaan sel dari add-in (perlu ExcelApi 1.9). Perbarui Excel lalu coba lagi.', 'failed');
  }
  return { run, ...queueRead(sheets, run.sheet, runAddress(run), t) };
}

/** What the run writes, in the shape of a recorded state. */
function writtenState(run: Run): CellsState {
  const t = touches(run);
  const state: CellsState = {};
  if (t.content) state.content = run.writes.map(writeContent);
  if (t.format) state.numberFormat = run.writes.map((w) => w.numberFormat as string);
  if (t.fill) state.fill = run.writes.map((w) => ({ color: w.fill ?? null }));
  if (t.bold) state.bold = run.writes.map((w) => w.bold === true);
  return state;
}

export function runState(p: PendingRun): RunState {
  return { sheet: p.run.sheet, address: runAddress(p.run), ...readCells(p), after: writtenState(p.run) };
}

/** Queues reading what the cells of a recorded run hold now, in the fields the change touched. */
export function queueCurrentState(sheets: SheetProxies, s: RunState): PendingRead {
  return queueRead(sheets, s.sheet, s.address, touchesOf(s));
}

function sameContent(a: Content, b: Content): boolean {
  if (typeof a === 'string' && typeof b === 'string' && a.startsWith('=') && b.startsWith('=')) return sameFormula(a, b);
  return sameValue(a, b);
}

/** The cells of a recorded run that no longer hold what the change wrote (the user edited them since). */
export function editedCells(s: RunState, p: PendingRead): string[] {
  const after = s.after;
  if (!after) return [];
  const now = readCells(p);
  const first = parseAddress(s.address.split(':')[0]);
  if (!first) return [];
  const rows = (after.content ?? after.numberFormat ?? after.fill ?? after.bold ?? []).length;
  const cells: string[] = [];
  for (let i = 0; i < rows; i++) {
    const edited =
      (after.content && !sameContent(after.content[i], now.content?.[i] ?? '')) ||
      (after.numberFormat && after.numberFormat[i] !== now.numberFormat?.[i]) ||
      (after.fill && (after.fill[i].color ?? '').toUpperCase() !== (now.fill?.[i].color ?? '').toUpperCase()) ||
      (after.bold && after.bold[i] !== now.bold?.[i]);
    if (edited) cells.push(address(first.row + i, first.col));
  }
  return cells;
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

/** The cell writes of a run as one step (notes are separate steps); none when the run only changes notes. */
export function runWriteSteps(sheets: SheetProxies, run: Run): Step[] {
  const t = touches(run);
  if (!t.content && !t.format && !t.fill && !t.bold) return [];
  return [runWriteStep(sheets, run)];
}

function runWriteStep(sheets: SheetProxies, run: Run): Step {
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
  const fills = s.fill ? stretches(s.fill, (a, b) => a.color === b.color && a.pattern === b.pattern && a.patternColor === b.patternColor) : [];
  const bolds = s.bold ? stretches(s.bold, (a, b) => a === b) : [];
  return step(3 + 4 * (fills.length + bolds.length), [s.content, s.numberFormat, s.fill], () => {
    const range = sheets(s.sheet).getRange(s.address);
    if (s.content) range.formulas = s.content.map((c) => [c]);
    if (s.numberFormat) range.numberFormat = s.numberFormat.map((f) => [f]);
    for (const { start, end, item } of fills) {
      const part = range.getCell(start, 0).getResizedRange(end - start, 0);
      if (item.color === null) part.format.fill.clear();
      else part.format.fill.color = item.color;
      // Setting the colour alone would leave a solid fill: the pattern is put back after it.
      if (item.pattern) part.format.fill.pattern = item.pattern as Excel.FillPattern;
      if (item.patternColor) part.format.fill.patternColor = item.patternColor;
    }
    for (const { start, end, item } of bolds) {
      range.getCell(start, 0).getResizedRange(end - start, 0).format.font.bold = item;
    }
  });
}
