/**
 * A fake of the part of the Excel JavaScript API that OfficeHost uses, with the proxy semantics of
 * the real one: loads and writes are queued and happen at `context.sync()`; a loaded property read
 * before its sync throws. It counts syncs and can fail a sync halfway (the first half of the queued
 * writes applied, as a real failed batch leaves them).
 */
import { address, parseAddress } from '../../src/core/model/address';
import type { Area } from '../../src/core/model/workbook';
import type { BatchRunner } from '../../src/office/runtime';

export interface FakeCell {
  value: number | string | boolean | null;
  /** With the leading `=`. */
  formula?: string;
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
  indent?: number;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  hidden = new Set<number>();
  protected = false;
  notes = new Map<string, string>();
  links = new Map<string, string>();
  constructor(public name: string) {}

  set(a1: string, cell: FakeCell): void {
    const at = parseAddress(a1);
    if (!at) throw new Error(a1);
    this.cells.set(`${at.row},${at.col}`, cell);
  }
  get(a1: string): FakeCell | undefined {
    const at = parseAddress(a1);
    return at ? this.cells.get(`${at.row},${at.col}`) : undefined;
  }
  cellAt(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  /** Bounding box of cells holding a value or formula (valuesOnly used range). */
  used(): Area | null {
    let a: Area | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === undefined && c.error === undefined) continue;
      const [r, k] = key.split(',').map(Number);
      a = a
        ? { top: Math.min(a.top, r), left: Math.min(a.left, k), bottom: Math.max(a.bottom, r), right: Math.max(a.right, k) }
        : { top: r, left: k, bottom: r, right: k };
    }
    return a;
  }
}

export interface NameItem {
  name: string;
  formula: string;
  comment: string;
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  names = new Map<string, NameItem>();
  active = '';
  selection: { sheet: string; area: Area } | null = null;
  /** Excel tables (ListObjects). */
  tables: { name: string; sheet: string; area: Area }[] = [];
  /** 1-based sync number (across all batches) that fails after applying half its writes. */
  failAtSync: number | null = null;
  syncs = 0;
  batches = 0;
  /** Load requests queued (every range/property load). */
  loads = 0;
  /** Cells one sync may return (Excel on the web caps a response); beyond it the sync fails. */
  responseCellLimit = Infinity;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  /** A deep copy of everything a change may touch, for "unchanged" assertions. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()].filter(([, c]) => !isEmptyCell(c)).sort(),
        notes: [...s.notes.entries()].sort(),
        links: [...s.links.entries()].sort(),
      })),
      names: [...this.names.entries()].sort(),
    };
  }

  run: BatchRunner = async (batch) => {
    this.batches++;
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };
}

function isEmptyCell(c: FakeCell): boolean {
  return (
    c.value === null &&
    c.formula === undefined &&
    c.error === undefined &&
    (c.numberFormat ?? 'General') === 'General' &&
    !c.fill &&
    !c.bold &&
    !c.indent
  );
}

type Op = { kind: 'load' | 'write'; run: () => void };

class Loadable {
  protected loadedAt = Infinity;
  constructor(protected ctx: FakeContext) {}
  protected queueLoad(fn: () => void): void {
    this.ctx.book.loads++;
    this.ctx.queue.push({
      kind: 'load',
      run: () => {
        fn();
        this.loadedAt = this.ctx.book.syncs;
      },
    });
  }
  protected ensure(): void {
    if (this.loadedAt > this.ctx.book.syncs || this.loadedAt === Infinity) throw new Error('PropertyNotLoaded: load() and sync() first');
  }
}

export class FakeContext {
  queue: Op[] = [];
  /** Cells loaded by the queued requests. */
  pendingCells = 0;
  workbook: FakeWorkbookProxy;
  constructor(public book: FakeBook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  write(fn: () => void): void {
    this.queue.push({ kind: 'write', run: fn });
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    const cells = this.pendingCells;
    this.queue = [];
    this.pendingCells = 0;
    this.book.syncs++;
    if (cells > this.book.responseCellLimit) {
      throw Object.assign(new Error('ResponsePayloadSizeLimitExceeded'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    if (this.book.failAtSync === this.book.syncs) {
      const writes = ops.filter((o) => o.kind === 'write');
      writes.slice(0, Math.floor(writes.length / 2)).forEach((o) => o.run());
      throw Object.assign(new Error('GeneralException'), { code: 'GeneralException' });
    }
    for (const op of ops) op.run();
  }
}

class ClientResult<T> {
  private v: T | undefined;
  private at = Infinity;
  constructor(private ctx: FakeContext) {}
  resolveWith(fn: () => T): void {
    this.ctx.book.loads++;
    this.ctx.queue.push({
      kind: 'load',
      run: () => {
        this.v = fn();
        this.at = this.ctx.book.syncs;
      },
    });
  }
  get value(): T {
    if (this.at === Infinity) throw new Error('ClientResult not synced');
    return this.v as T;
  }
}

function parseRangeAddress(a1: string): Area {
  const local = a1.slice(a1.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [p, q] = local.split(':');
  const a = parseAddress(p);
  const b = parseAddress(q ?? p);
  if (!a || !b) throw Object.assign(new Error(`InvalidArgument ${a1}`), { code: 'InvalidArgument' });
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function areaAddress(sheet: string, a: Area): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const first = address(a.top, a.left);
  const last = address(a.bottom, a.right);
  return `${q}!${first === last ? first : `${first}:${last}`}`;
}

function contentOfCell(c: FakeCell | undefined): { value: unknown; formula: unknown; type: string } {
  if (!c) return { value: '', formula: '', type: 'Empty' };
  if (c.error) return { value: c.error, formula: c.formula ?? c.error, type: 'Error' };
  const value = c.value === null ? '' : c.value;
  const type = c.value === null ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String';
  return { value, formula: c.formula ?? value, type };
}

/** What writing `x` into `range.formulas` does to a cell (typing semantics of Excel). */
function writeContent(cell: FakeCell, x: unknown): void {
  delete cell.formula;
  delete cell.error;
  if (x === '' || x === null) cell.value = null;
  else if (typeof x === 'number' || typeof x === 'boolean') cell.value = x;
  else if (typeof x === 'string' && x.startsWith("'")) cell.value = x.slice(1);
  else if (typeof x === 'string' && x.startsWith('=')) {
    cell.formula = x;
    cell.value = 0;
  } else if (typeof x === 'string' && /^#[A-Z/0!?]+[!?A-Z]*$/.test(x)) {
    cell.error = x;
    cell.value = null;
  } else if (typeof x === 'string' && /^-?\d+(\.\d+)?$/.test(x)) cell.value = Number(x);
  else cell.value = x as string;
}

export class FakeRange extends Loadable {
  private snap: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; valueTypes: string[][]; address: string } | null = null;
  isNullObject = false;
  format: {
    fill: { color: string; clear: () => void };
    font: { bold: boolean };
    autofitColumns: () => void;
  };
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private areaFn: () => Area | null,
  ) {
    super(ctx);
    const each = (fn: (c: FakeCell) => void): void => this.ctx.write(() => this.forEachCell(fn));
    this.format = {
      fill: {
        set color(c: string) {
          each((cell) => (cell.fill = c));
        },
        get color(): string {
          throw new Error('not used');
        },
        clear: () => each((cell) => (cell.fill = null)),
      },
      font: {
        set bold(b: boolean) {
          each((cell) => (cell.bold = b));
        },
        get bold(): boolean {
          throw new Error('not used');
        },
      },
      autofitColumns: () => undefined,
    };
  }
  private sheet(): FakeSheet {
    const s = this.ctx.book.sheet(this.sheetName);
    if (!s) throw Object.assign(new Error(`ItemNotFound ${this.sheetName}`), { code: 'ItemNotFound' });
    return s;
  }
  private area(): Area {
    const a = this.areaFn();
    if (!a) throw new Error('null range');
    return a;
  }
  private forEachCell(fn: (c: FakeCell, i: number, j: number) => void): void {
    const s = this.sheet();
    const a = this.area();
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const key = `${r},${c}`;
        const cell = s.cells.get(key) ?? { value: null };
        fn(cell, r - a.top, c - a.left);
        s.cells.set(key, cell);
      }
    }
  }
  private grid<T>(fn: (c: FakeCell | undefined, r: number, col: number) => T): T[][] {
    const s = this.sheet();
    const a = this.area();
    const out: T[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: T[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(fn(s.cellAt(r, c), r, c));
      out.push(row);
    }
    return out;
  }
  load(props = ''): this {
    const at = /values|formulas/.test(props) ? this.areaFn() : null;
    if (at) this.ctx.pendingCells += (at.bottom - at.top + 1) * (at.right - at.left + 1);
    this.queueLoad(() => {
      const a = this.areaFn();
      this.isNullObject = a === null;
      if (!a) return;
      this.snap = {
        values: this.grid((c) => contentOfCell(c).value),
        formulas: this.grid((c) => contentOfCell(c).formula),
        numberFormat: this.grid((c) => c?.numberFormat ?? 'General'),
        valueTypes: this.grid((c) => contentOfCell(c).type),
        address: areaAddress(this.sheetName, a),
      };
    });
    return this;
  }
  private get s(): NonNullable<FakeRange['snap']> {
    this.ensure();
    if (!this.snap) throw new Error('null object');
    return this.snap;
  }
  get values(): unknown[][] {
    return this.s.values;
  }
  get valueTypes(): string[][] {
    return this.s.valueTypes;
  }
  get address(): string {
    return this.s.address;
  }
  get formulas(): unknown[][] {
    return this.s.formulas;
  }
  set formulas(grid: unknown[][]) {
    this.ctx.write(() => this.forEachCell((cell, i, j) => writeContent(cell, grid[i][j])));
  }
  get numberFormat(): unknown[][] {
    return this.s.numberFormat;
  }
  set numberFormat(grid: unknown[][]) {
    this.ctx.write(() => this.forEachCell((cell, i, j) => (cell.numberFormat = String(grid[i][j]))));
  }
  set hyperlink(link: { documentReference?: string }) {
    this.ctx.write(() => {
      const a = this.area();
      this.sheet().links.set(address(a.top, a.left), link.documentReference ?? '');
    });
  }
  getCellProperties(_options: unknown): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>(this.ctx);
    result.resolveWith(() =>
      this.grid((c) => ({
        format: {
          font: { bold: c?.bold === true },
          indentLevel: c?.indent ?? 0,
          fill: c?.fill ? { color: c.fill, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' },
        },
      })),
    );
    return result;
  }
  getRowProperties(_options: unknown): ClientResult<unknown[]> {
    const result = new ClientResult<unknown[]>(this.ctx);
    result.resolveWith(() => {
      const a = this.area();
      const s = this.sheet();
      return Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ rowIndex: a.top + i, rowHidden: s.hidden.has(a.top + i) }));
    });
    return result;
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, () => {
      const a = this.area();
      return this.sheet().merges.filter((m) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right);
    });
  }
  getCell(r: number, c: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const a = this.area();
      return { top: a.top + r, left: a.left + c, bottom: a.top + r, right: a.left + c };
    });
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => {
      const a = this.area();
      return { top: a.top, left: a.left, bottom: a.bottom + dr, right: a.right + dc };
    });
  }
  select(): void {
    this.ctx.write(() => (this.ctx.book.selection = { sheet: this.sheetName, area: this.area() }));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.sheetName);
  }
}

class FakeRangeAreas extends Loadable {
  private text = '';
  isNullObject = false;
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private areas: () => Area[],
  ) {
    super(ctx);
  }
  load(_p?: string): this {
    this.queueLoad(() => {
      const list = this.areas();
      this.isNullObject = list.length === 0;
      this.text = list.map((a) => areaAddress(this.sheetName, a)).join(', ');
    });
    return this;
  }
  get address(): string {
    this.ensure();
    return this.text;
  }
}

class FakeNote extends Loadable {
  private text: string | null = null;
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private cell: string,
  ) {
    super(ctx);
  }
  load(_p?: string): this {
    this.queueLoad(() => (this.text = this.ctx.book.sheet(this.sheetName)?.notes.get(this.cell) ?? null));
    return this;
  }
  get isNullObject(): boolean {
    this.ensure();
    return this.text === null;
  }
  get content(): string {
    this.ensure();
    return this.text as string;
  }
  set content(t: string) {
    this.ctx.write(() => this.ctx.book.sheet(this.sheetName)?.notes.set(this.cell, t));
  }
  delete(): void {
    this.ctx.write(() => this.ctx.book.sheet(this.sheetName)?.notes.delete(this.cell));
  }
}

class FakeProtection extends Loadable {
  private value = false;
  constructor(
    ctx: FakeContext,
    private sheetName: () => string,
  ) {
    super(ctx);
  }
  load(_p?: string): this {
    this.queueLoad(() => (this.value = this.ctx.book.sheet(this.sheetName())?.protected ?? false));
    return this;
  }
  get protected(): boolean {
    this.ensure();
    return this.value;
  }
}

/** Comments (ExcelApi 1.10) over the same per-cell store as notes. */
class FakeComments extends Loadable {
  private cells: string[] = [];
  constructor(
    ctx: FakeContext,
    private sheetName: () => string,
  ) {
    super(ctx);
  }
  private store(): Map<string, string> {
    return this.ctx.book.sheet(this.sheetName())?.notes ?? new Map();
  }
  load(_p?: string): this {
    this.queueLoad(() => (this.cells = [...this.store().keys()]));
    return this;
  }
  get items(): { content: string; delete: () => void; getLocation: () => FakeRange }[] {
    this.ensure();
    const ctx = this.ctx;
    const store = (): Map<string, string> => this.store();
    const sheet = this.sheetName();
    return this.cells.map((cell) => ({
      get content(): string {
        return store().get(cell) ?? '';
      },
      set content(text: string) {
        ctx.write(() => store().set(cell, text));
      },
      delete: () => ctx.write(() => store().delete(cell)),
      getLocation: () => new FakeRange(ctx, sheet, () => parseRangeAddress(cell)),
    }));
  }
  add(range: FakeRange, text: string): void {
    this.ctx.write(() => this.store().set((range as unknown as { addressOf(): string }).addressOf(), text));
  }
}

export class FakeWorksheet extends Loadable {
  protection: FakeProtection;
  comments: FakeComments;
  private resolvedName = '';
  private missing = false;
  notes: { getItemOrNullObject: (cell: string) => FakeNote; add: (range: FakeRange | string, text: string) => void };
  constructor(
    ctx: FakeContext,
    private nameFn: () => string,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, nameFn);
    this.comments = new FakeComments(ctx, nameFn);
    this.notes = {
      getItemOrNullObject: (cell) => new FakeNote(ctx, this.nameFn(), cell),
      add: (range, text) =>
        ctx.write(() => {
          const cell = typeof range === 'string' ? range : (range as unknown as { addressOf(): string }).addressOf();
          ctx.book.sheet(this.nameFn())?.notes.set(cell, text);
        }),
    };
  }
  load(_p?: string): this {
    this.queueLoad(() => {
      const s = this.ctx.book.sheet(this.nameFn());
      this.missing = !s;
      this.resolvedName = s?.name ?? '';
    });
    return this;
  }
  get name(): string {
    this.ensure();
    return this.resolvedName;
  }
  get isNullObject(): boolean {
    this.ensure();
    return this.missing;
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.nameFn(), () => this.ctx.book.sheet(this.nameFn())?.used() ?? null);
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number): FakeRange {
    return new FakeRange(this.ctx, this.nameFn(), () => ({ top: r, left: c, bottom: r + h - 1, right: c + w - 1 }));
  }
  getRange(a1: string): FakeRange {
    const range = new FakeRange(this.ctx, this.nameFn(), () => parseRangeAddress(a1));
    return Object.assign(range, { addressOf: () => a1.replace(/\$/g, '') });
  }
  activate(): void {
    this.ctx.write(() => (this.ctx.book.active = this.nameFn()));
  }
  delete(): void {
    this.ctx.write(() => {
      this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s.name !== this.nameFn());
    });
  }
}

class FakeWorksheets extends Loadable {
  private names: string[] = [];
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  load(_p?: string): this {
    this.queueLoad(() => (this.names = this.ctx.book.sheets.map((s) => s.name)));
    return this;
  }
  get items(): FakeWorksheet[] {
    this.ensure();
    return this.names.map((n) => {
      const ws = new FakeWorksheet(this.ctx, () => n);
      Object.defineProperty(ws, 'name', { value: n });
      return ws;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => name);
    ws.load();
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.active);
  }
  add(name: string): FakeWorksheet {
    this.ctx.write(() => {
      if (this.ctx.book.sheet(name)) throw Object.assign(new Error('ItemAlreadyExists'), { code: 'ItemAlreadyExists' });
      this.ctx.book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => name);
  }
}

class FakeNamedItem extends Loadable {
  private item: NameItem | null = null;
  constructor(
    ctx: FakeContext,
    private key: string,
  ) {
    super(ctx);
  }
  load(_p?: string): this {
    this.queueLoad(() => (this.item = this.ctx.book.names.get(this.key.toUpperCase()) ?? null));
    return this;
  }
  get isNullObject(): boolean {
    this.ensure();
    return this.item === null;
  }
  get formula(): string {
    this.ensure();
    return this.item?.formula ?? '';
  }
  get comment(): string {
    this.ensure();
    return this.item?.comment ?? '';
  }
  delete(): void {
    this.ctx.write(() => this.ctx.book.names.delete(this.key.toUpperCase()));
  }
}

class FakeTables extends Loadable {
  private list: FakeBook['tables'] = [];
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  load(_p?: string): this {
    this.queueLoad(() => (this.list = [...this.ctx.book.tables]));
    return this;
  }
  get items(): { name: string; getRange: () => FakeRange }[] {
    this.ensure();
    return this.list.map((t) => ({ name: t.name, getRange: () => new FakeRange(this.ctx, t.sheet, () => t.area) }));
  }
}

class FakeWorkbookProxy extends Loadable {
  worksheets: FakeWorksheets;
  tables: FakeTables;
  names: { getItemOrNullObject: (n: string) => FakeNamedItem; add: (n: string, f: string, c?: string) => void };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this.names = {
      getItemOrNullObject: (n) => new FakeNamedItem(ctx, n),
      add: (n, f, c) => ctx.write(() => ctx.book.names.set(n.toUpperCase(), { name: n, formula: f, comment: c ?? '' })),
    };
  }
  load(_p?: string): this {
    this.queueLoad(() => undefined);
    return this;
  }
  get name(): string {
    this.ensure();
    return 'contoh.xlsx';
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, this.ctx.book.selection?.sheet ?? this.ctx.book.active, () => this.ctx.book.selection?.area ?? null);
  }
}
