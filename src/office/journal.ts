/**
 * The undo journal. It lives in memory in the add-in's shared runtime (module state), so it lasts as
 * long as the workbook is open with the add-in loaded and survives closing and reopening the task
 * pane; it is not written into the workbook (a saved workbook carries no Cermat state besides its
 * settings). Excel's own undo (Ctrl+Z) covers API changes only in newer Excel, one step per sync or,
 * with mergeUndoGroup (ExcelApi 1.20, runtime.ts), one step per change; this journal works in every
 * Excel, and refuses to restore cells the user edited after Cermat wrote them (restore.ts).
 */
import type { AppliedChange, NameDefinition } from '../host/types';
import { parseAddress } from '../core/model/address';

/** A cell's content as `range.formulas` restores it: a formula, a constant (text apostrophe-prefixed) or ''. */
export type Content = string | number | boolean;

export interface FillState {
  /** null: no fill. */
  color: string | null;
  /** A pattern other than solid and its colour (RangeFill.pattern / patternColor, ExcelApi 1.9). */
  pattern?: string;
  patternColor?: string;
}

/** A note before a change (null: none), the note the change left and Cermat's own text in it. */
export interface NoteState {
  previous: string | null;
  written: string | null;
  own: string | null;
}

/** The fields of a run of cells a change touched, top to bottom. */
export interface CellsState {
  content?: Content[];
  numberFormat?: string[];
  fill?: FillState[];
  bold?: boolean[];
}

/** The previous state of one run of cells, for the fields the change touched, and what the change wrote. */
export interface RunState extends CellsState {
  sheet: string;
  address: string;
  /** Cell address → the note before and after the change, for the cells whose note changed. */
  notes?: Record<string, NoteState>;
  /** What the change wrote into these fields (undo refuses when the cells no longer hold it). */
  after?: CellsState;
}

export interface SheetState {
  name: string;
  /** The previous sheet's cells (formulas form), when a Cermat sheet of that name was replaced. */
  previous: Content[][] | null;
  /** Top-left cell of the previous content. */
  previousAddress?: string;
}

export interface NameState {
  name: string;
  previous: NameDefinition | null;
}

export interface JournalEntry {
  change: AppliedChange;
  runs: RunState[];
  sheet?: SheetState;
  names: NameState[];
}

const entries: JournalEntry[] = [];

/** Every cell (`sheet!row,col`), report sheet and name a change wrote. */
function footprint(entry: JournalEntry): Set<string> {
  const keys = new Set<string>();
  for (const run of entry.runs) {
    const [from, to = from] = run.address.split(':');
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (!a || !b) continue;
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) keys.add(`${run.sheet}!${r},${c}`);
  }
  if (entry.sheet) keys.add(`sheet:${entry.sheet.name}`);
  for (const n of entry.names) keys.add(`name:${n.name.toUpperCase()}`);
  return keys;
}
/** Sheets created by Cermat in this session (report sheets may be replaced without asking). */
const createdSheets = new Set<string>();
let counter = 0;

export const journal = {
  nextId(): string {
    counter += 1;
    return `office-${Date.now().toString(36)}-${counter}`;
  },
  record(entry: JournalEntry): void {
    entries.push(entry);
    if (entry.sheet) createdSheets.add(entry.sheet.name);
  },
  find(id?: string): JournalEntry | undefined {
    return id === undefined ? entries[entries.length - 1] : entries.find((e) => e.change.id === id);
  },
  remove(entry: JournalEntry): void {
    const i = entries.indexOf(entry);
    if (i >= 0) entries.splice(i, 1);
  },
  list(): AppliedChange[] {
    return entries.map((e) => e.change);
  },
  /** The changes applied after this one that touched the same cells, sheet or names. */
  laterOverlapping(entry: JournalEntry): JournalEntry[] {
    const mine = footprint(entry);
    return entries.slice(entries.indexOf(entry) + 1).filter((e) => [...footprint(e)].some((k) => mine.has(k)));
  },
  createdByCermat(sheet: string): boolean {
    return createdSheets.has(sheet);
  },
  /** For tests: forget everything. */
  clear(): void {
    entries.length = 0;
    createdSheets.clear();
  },
};
