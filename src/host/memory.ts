/**
 * The in-memory browser host: a WorkbookHost over a WorkbookModel, used by the task pane outside
 * Excel (`?host=browser`) and by tests. Change sets are applied atomically with an undo journal
 * that records exactly what every change replaced (cells, fills, notes, sheets, names).
 *
 * Formulas written here are kept as formulas (`cell.f`); their value stays null (nothing is
 * calculated in the browser).
 */
import { sameValue } from '../core/changes/same-value';
import { parseAddress } from '../core/model/address';
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../core/model/workbook';
import type { CermatSettings } from '../core/options';
import {
  HostError,
  type AppliedChange,
  type CellWrite,
  type ChangeSet,
  type NameDefinition,
  type ReadScope,
  type WorkbookHost,
} from './types';

export interface Selection {
  sheet: string;
  cell: string;
}

/** Everything one cell position holds in the memory host, as the journal records it. */
interface CellState {
  cell: Cell | undefined;
  fill: string | undefined;
  note: string | undefined;
  /** Whether the cell's row existed in the sheet's cell rows (a missing row is restored as missing). */
  rowExisted: boolean;
}

interface JournalEntry {
  applied: AppliedChange;
  /** Previous state per `sheet!A1` key, for the cells this change wrote. */
  cells: Map<string, CellState>;
  /** The sheet this change added or replaced: what was there before (undefined: nothing). */
  sheet?: { name: string; previous: SheetModel | undefined; index: number; wasCermat: boolean };
  /** Previous definitions of the names this change set (undefined: the name did not exist). */
  names: Map<string, NameDefinition | undefined>;
}

type Listener = () => void;

/** A sheet's own extent when it was loaded: undo never shrinks a sheet below it. */
interface Extent {
  rowCount: number;
  colCount: number;
  rows: number;
}

/** Settings are plain JSON (they are stored as JSON in the workbook too). */
function copySettings(settings: CermatSettings): CermatSettings {
  return JSON.parse(JSON.stringify(settings)) as CermatSettings;
}

function key(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function cloneCell(cell: Cell | undefined): Cell | undefined {
  return cell === undefined ? undefined : { ...cell, v: cloneValue(cell.v) };
}

function cloneValue(v: CellValue): CellValue {
  return typeof v === 'object' && v !== null ? { ...v } : v;
}

function cloneSheet(sheet: SheetModel): SheetModel {
  return {
    ...sheet,
    cells: sheet.cells.map((row) => (row ? row.map(cloneCell) : row)),
    merges: sheet.merges.map((m) => ({ ...m })),
    ...(sheet.hiddenRows ? { hiddenRows: [...sheet.hiddenRows] } : {}),
  };
}

function holdsData(cell: Cell | undefined): boolean {
  if (!cell) return false;
  return cell.f !== undefined || (cell.v !== null && cell.v !== '');
}

function writesData(w: CellWrite): boolean {
  return w.value !== undefined || w.formula !== undefined;
}

/** Gives back the rows and columns changes added, keeping the sheet's own extent and what is still used. */
function shrinkTo(sheet: SheetModel, base: Extent): void {
  let rowCount = base.rowCount;
  let colCount = base.colCount;
  sheet.cells.forEach((row, r) => {
    let last = row.length - 1;
    while (last >= 0 && row[last] === undefined) last--;
    if (last < 0) return;
    rowCount = Math.max(rowCount, r + 1);
    colCount = Math.max(colCount, last + 1);
  });
  while (sheet.cells.length > base.rows && !sheet.cells[sheet.cells.length - 1]?.some((c) => c !== undefined)) {
    sheet.cells.length--;
  }
  sheet.rowCount = rowCount;
  sheet.colCount = colCount;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export class MemoryHost implements WorkbookHost {
  readonly kind = 'browser' as const;
  private model: WorkbookModel;
  private readonly fills = new Map<string, string>();
  private readonly notes = new Map<string, string>();
  private readonly names = new Map<string, NameDefinition>();
  private readonly cermatSheets = new Set<string>();
  private readonly baseExtents = new Map<string, Extent>();
  private readonly journal: JournalEntry[] = [];
  private readonly listeners = new Set<Listener>();
  private settings: CermatSettings;
  private selected: Selection | null = null;
  private counter = 0;

  constructor(model: WorkbookModel, settings: CermatSettings = {}) {
    this.model = { ...model, sheets: model.sheets.map(cloneSheet) };
    for (const s of this.model.sheets) {
      this.baseExtents.set(s.name, { rowCount: s.rowCount, colCount: s.colCount, rows: s.cells.length });
    }
    this.settings = copySettings(settings);
  }

  // ---- what the browser view shows ----

  /** The workbook as it is now (a copy). */
  snapshot(): WorkbookModel {
    return { ...this.model, sheets: this.model.sheets.map(cloneSheet) };
  }

  get selection(): Selection | null {
    return this.selected ? { ...this.selected } : null;
  }

  fillAt(sheet: string, cell: string): string | undefined {
    return this.fills.get(key(sheet, cell));
  }

  noteAt(sheet: string, cell: string): string | undefined {
    return this.notes.get(key(sheet, cell));
  }

  definedNames(): NameDefinition[] {
    return [...this.names.values()].map((n) => ({ ...n }));
  }

  /** Calls `listener` after every apply, undo and select; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- WorkbookHost ----

  async read(scope: ReadScope = { kind: 'workbook' }): Promise<WorkbookModel> {
    if (scope.kind === 'workbook') return this.snapshot();
    const name = scope.kind === 'sheet' ? (scope.sheet ?? this.activeSheetName()) : this.selected?.sheet;
    const sheet = name === undefined ? undefined : this.sheetNamed(name);
    if (!sheet) throw new HostError(`Lembar "${name ?? ''}" tidak ditemukan.`, 'not-found');
    if (scope.kind === 'sheet' || !this.selected) return { ...this.model, sheets: [cloneSheet(sheet)] };
    const pos = parseAddress(this.selected.cell);
    const only: SheetModel = { ...cloneSheet(sheet), cells: [] };
    if (pos) {
      const cell = cloneCell(sheet.cells[pos.row]?.[pos.col]);
      if (cell) {
        only.cells[pos.row] = [];
        only.cells[pos.row][pos.col] = cell;
      }
    }
    return { ...this.model, sheets: [only] };
  }

  async apply(change: ChangeSet, options: { allowOverwrite?: boolean } = {}): Promise<AppliedChange> {
    this.validate(change, options.allowOverwrite === true);
    const entry: JournalEntry = {
      applied: { id: `m${++this.counter}`, label: change.label, cells: 0, at: Date.now() },
      cells: new Map(),
      names: new Map(),
    };
    try {
      if (change.addSheet) this.writeSheet(change.addSheet, entry);
      for (const w of change.writes) this.writeCell(w, entry);
      for (const n of change.names ?? []) {
        if (!entry.names.has(n.name)) entry.names.set(n.name, this.names.get(n.name));
        this.names.set(n.name, { ...n });
      }
    } catch (e) {
      this.restore(entry);
      throw e instanceof HostError ? e : new HostError(`Perubahan "${change.label}" gagal diterapkan.`, 'failed');
    }
    entry.applied.cells = entry.cells.size + (change.addSheet ? change.addSheet.rows.flat().length : 0);
    this.journal.push(entry);
    this.notify();
    return { ...entry.applied };
  }

  async undo(id?: string): Promise<AppliedChange | null> {
    if (this.journal.length === 0) return null;
    const index = id === undefined ? this.journal.length - 1 : this.journal.findIndex((e) => e.applied.id === id);
    if (index < 0) throw new HostError('Perubahan itu tidak ada lagi dalam riwayat.', 'not-found');
    const entry = this.journal[index];
    const later = this.journal.slice(index + 1);
    const overlaps = later.some(
      (e) =>
        [...e.cells.keys()].some((k) => entry.cells.has(k)) ||
        (e.sheet && entry.sheet && e.sheet.name === entry.sheet.name) ||
        [...e.names.keys()].some((n) => entry.names.has(n)),
    );
    if (overlaps) {
      throw new HostError(
        `"${entry.applied.label}" tidak dapat dibatalkan sendiri karena perubahan sesudahnya mengubah sel yang sama. Batalkan dulu perubahan yang lebih baru.`,
        'failed',
      );
    }
    this.restore(entry);
    this.journal.splice(index, 1);
    this.notify();
    return { ...entry.applied };
  }

  /** Nothing is calculated in the browser: whether the user's Excel has LAMBDA is not known here. */
  async supportsLambda(): Promise<boolean | null> {
    return null;
  }

  async history(): Promise<AppliedChange[]> {
    return this.journal.map((e) => ({ ...e.applied }));
  }

  async select(sheet: string, cell: string): Promise<void> {
    if (!this.sheetNamed(sheet)) throw new HostError(`Lembar "${sheet}" tidak ditemukan.`, 'not-found');
    if (!parseAddress(cell)) throw new HostError(`Alamat sel "${cell}" tidak dikenal.`, 'not-found');
    this.selected = { sheet, cell: cell.replace(/\$/g, '').toUpperCase() };
    this.notify();
  }

  async loadSettings(): Promise<CermatSettings> {
    return copySettings(this.settings);
  }

  async saveSettings(settings: CermatSettings): Promise<void> {
    this.settings = copySettings(settings);
  }

  // ---- internals ----

  private activeSheetName(): string | undefined {
    return this.selected?.sheet ?? this.model.sheets[0]?.name;
  }

  private sheetNamed(name: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.name === name);
  }

  /** Refuses the whole change before anything is written. */
  private validate(change: ChangeSet, allowOverwrite: boolean): void {
    const added = change.addSheet?.name;
    if (added !== undefined && this.sheetNamed(added) && !this.cermatSheets.has(added)) {
      throw new HostError(
        `Lembar "${added}" sudah ada dan bukan buatan Cermat; ganti namanya atau hapus lembar itu dulu.`,
        'not-empty',
      );
    }
    const blocked: string[] = [];
    const changed: string[] = [];
    for (const w of change.writes) {
      if (w.sheet === added) continue;
      const sheet = this.sheetNamed(w.sheet);
      if (!sheet) throw new HostError(`Lembar "${w.sheet}" tidak ditemukan.`, 'not-found');
      const pos = parseAddress(w.cell);
      if (!pos) throw new HostError(`Alamat sel "${w.cell}" tidak dikenal.`, 'not-found');
      if (sheet.protected) throw new HostError(`Lembar "${w.sheet}" diproteksi; buka proteksinya dulu.`, 'protected');
      if (!allowOverwrite && writesData(w) && holdsData(sheet.cells[pos.row]?.[pos.col])) {
        blocked.push(`${quoteSheet(w.sheet)}!${w.cell}`);
      }
      if (w.expect !== undefined && !sameValue(w.expect, sheet.cells[pos.row]?.[pos.col]?.v ?? null)) changed.push(`${quoteSheet(w.sheet)}!${w.cell}`);
    }
    if (changed.length > 0) {
      throw new HostError(`Sel ${changed.join(', ')} sudah berubah sejak diperiksa. Tidak ada yang diubah; periksa ulang dulu.`, 'changed', changed);
    }
    if (blocked.length > 0) {
      const shown = blocked.slice(0, 5).join(', ') + (blocked.length > 5 ? `, dan ${blocked.length - 5} sel lain` : '');
      throw new HostError(`Sel tujuan tidak kosong: ${shown}. Tidak ada yang diubah.`, 'not-empty', blocked);
    }
  }

  private remember(entry: JournalEntry, sheet: string, cell: string, pos: { row: number; col: number }): void {
    const k = key(sheet, cell);
    if (entry.cells.has(k)) return;
    const target = this.sheetNamed(sheet);
    const current = target?.cells[pos.row]?.[pos.col];
    entry.cells.set(k, {
      cell: cloneCell(current),
      fill: this.fills.get(k),
      note: this.notes.get(k),
      rowExisted: target?.cells[pos.row] !== undefined,
    });
  }

  private writeCell(w: CellWrite, entry: JournalEntry): void {
    const sheet = this.sheetNamed(w.sheet);
    const pos = parseAddress(w.cell);
    if (!sheet || !pos) throw new HostError(`Sel ${w.sheet}!${w.cell} tidak ditemukan.`, 'not-found');
    const cellName = w.cell.replace(/\$/g, '').toUpperCase();
    this.remember(entry, w.sheet, cellName, pos);
    const next: Cell = { ...(sheet.cells[pos.row]?.[pos.col] ?? { v: null }) };
    if (w.value !== undefined) {
      next.v = cloneValue(w.value);
      delete next.f;
    }
    if (w.formula !== undefined) {
      next.f = w.formula.replace(/^=/, '');
      next.v = null;
    }
    if (w.numberFormat !== undefined) next.fmt = w.numberFormat;
    if (w.bold !== undefined) next.bold = w.bold;
    this.putCell(sheet, pos, next);
    const k = key(w.sheet, cellName);
    if (w.fill !== undefined) this.setOrDelete(this.fills, k, w.fill);
    if (w.note !== undefined) this.setOrDelete(this.notes, k, w.note);
  }

  private putCell(sheet: SheetModel, pos: { row: number; col: number }, cell: Cell | undefined): void {
    if (cell === undefined) {
      if (sheet.cells[pos.row]) sheet.cells[pos.row][pos.col] = undefined;
      return;
    }
    if (!sheet.cells[pos.row]) sheet.cells[pos.row] = [];
    sheet.cells[pos.row][pos.col] = cell;
    sheet.rowCount = Math.max(sheet.rowCount, pos.row + 1);
    sheet.colCount = Math.max(sheet.colCount, pos.col + 1);
  }

  private setOrDelete(map: Map<string, string>, k: string, value: string | null | undefined): void {
    if (value === null || value === undefined) map.delete(k);
    else map.set(k, value);
  }

  private writeSheet(spec: NonNullable<ChangeSet['addSheet']>, entry: JournalEntry): void {
    const index = this.model.sheets.findIndex((s) => s.name === spec.name);
    entry.sheet = {
      name: spec.name,
      previous: index >= 0 ? this.model.sheets[index] : undefined,
      index,
      wasCermat: this.cermatSheets.has(spec.name),
    };
    const cells: (Cell | undefined)[][] = spec.rows.map((row) =>
      row.map((v) => (v === null || v === undefined ? undefined : { v: cloneValue(v) })),
    );
    const sheet: SheetModel = {
      name: spec.name,
      cells,
      rowCount: spec.rows.length,
      colCount: Math.max(0, ...spec.rows.map((r) => r.length)),
      merges: [],
    };
    if (index >= 0) this.model.sheets[index] = sheet;
    else this.model.sheets.push(sheet);
    this.cermatSheets.add(spec.name);
  }

  private restore(entry: JournalEntry): void {
    for (const [k, state] of entry.cells) {
      const bang = k.lastIndexOf('!');
      const sheet = this.sheetNamed(k.slice(0, bang));
      const pos = parseAddress(k.slice(bang + 1));
      if (sheet && pos) {
        this.putCell(sheet, pos, cloneCell(state.cell));
        if (!state.rowExisted && !sheet.cells[pos.row]?.some((c) => c !== undefined)) delete sheet.cells[pos.row];
      }
      this.setOrDelete(this.fills, k, state.fill);
      this.setOrDelete(this.notes, k, state.note);
    }
    const touched = new Set([...entry.cells.keys()].map((k) => k.slice(0, k.lastIndexOf('!'))));
    for (const name of touched) {
      const sheet = this.sheetNamed(name);
      if (sheet) shrinkTo(sheet, this.baseExtents.get(name) ?? { rowCount: 0, colCount: 0, rows: 0 });
    }
    if (entry.sheet) {
      const { name, previous, index, wasCermat } = entry.sheet;
      const now = this.model.sheets.findIndex((s) => s.name === name);
      if (previous) this.model.sheets[now >= 0 ? now : index] = previous;
      else if (now >= 0) this.model.sheets.splice(now, 1);
      if (!wasCermat) this.cermatSheets.delete(name);
    }
    for (const [name, previous] of entry.names) {
      if (previous) this.names.set(name, previous);
      else this.names.delete(name);
    }
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}
