/**
 * A fake of the part of the Excel JavaScript API that OfficeHost uses, with the proxy semantics of
 * the real one: loads and writes are queued and happen at `context.sync()`; a loaded property read
 * before its sync throws. It counts syncs and can fail a sync halfway (the first half of the queued
 * writes applied, as a real failed batch leaves them).
 *
 * It enforces Excel's documented limits (EXCEL_LIMITS): the payload of one request and of one
 * response, the cells of one range read, the merged areas of one getMergedAreasOrNullObject call.
 */
import { address, columnLetter, parseAddress } from '../../src/core/model/address';
import type { Area } from '../../src/core/model/workbook';
import type { BatchRunner } from '../../src/office/runtime';

/**
 * - payloadBytes: "Resource limits and performance optimization for Office Add-ins"
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
 *   Excel add-ins: Excel on the web limits the payload of a request and of a response to 5 MB.
 * - cellsPerGet: the same page: a range read (get) is limited to five million cells.
 * - mergedAreasPerCall: "Range.getMergedAreasOrNullObject" (learn.microsoft.com/javascript/api/excel/excel.range
 *   #excel-excel-range-getmergedareasornullobject-member(1)): "if the merged areas count in this range
 *   is more than 512, then this method will fail to return the result".
 */
export const EXCEL_LIMITS = { payloadBytes: 5_000_000, cellsPerGet: 5_000_000, mergedAreasPerCall: 512 };

/**
 * Bytes one call (an object path or an action) adds to a request, besides its arguments: the size
 * of one entry in the JSON Office.js sends ({"Id":12,"ActionType":3,"Name":"color","ObjectPathId":11,...}).
 */
export const CALL_BYTES = 100;

function jsonBytes(x: unknown): number {
  return x === undefined ? 0 : (JSON.stringify(x)?.length ?? 0);
}

function excelError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

export interface FakeCell {
  value: number | string | boolean | null;
  /** With the leading `=`. */
  formula?: string;
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  /** A fill pattern other than solid (RangeFill.pattern, ExcelApi 1.9) and its colour. */
  pattern?: string;
  patternColor?: string;
  bold?: boolean;
  indent?: number;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: Area[] = [];
  hidden = new Set<number>();
  protected = false;
  /** Worksheet.visibility. */
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
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
  /** Bounding box of cells holding a value or formula (valuesOnly used range), within `within` if given. */
  used(within?: Area): Area | null {
    let a: Area | null = null;
    for (const [key, c] of this.cells) {
      if (c.value === null && c.formula === undefined && c.error === undefined) continue;
      const [r, k] = key.split(',').map(Number);
      if (within && (r < within.top || r > within.bottom || k < within.left || k > within.right)) continue;
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
  /** 1-based sync number that Excel refuses as too large (RequestPayloadSizeLimitExceeded): none of it runs. */
  refuseAtSync: number | null = null;
  syncs = 0;
  batches = 0;
  /** Whether this Excel calculates LAMBDA (Microsoft 365 / Excel 2024: yes; Excel 2021: no). */
  lambda = true;
  /** Names cannot be added (a protected workbook structure). */
  namesLocked = false;
  /** Worksheet.delete calls (not undoable in Excel, and they empty the user's undo stack). */
  sheetDeletes = 0;
  /** The options of every batch (Excel.run options such as mergeUndoGroup). */
  batchOptions: unknown[] = [];
  /** Load requests queued (every range/property load). */
  loads = 0;
  /** Bytes of one request and of one response (EXCEL_LIMITS.payloadBytes; tests may lower it). */
  payloadLimit = EXCEL_LIMITS.payloadBytes;
  /** Merged areas one getMergedAreasOrNullObject call may return (EXCEL_LIMITS; tests may lower it). */
  mergedAreasLimit = EXCEL_LIMITS.mergedAreasPerCall;
  /** Request and response size of every sync, in order. */
  requestSizes: number[] = [];
  responseSizes: number[] = [];

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

  run: BatchRunner = async (batch, options) => {
    this.batches++;
    this.batchOptions.push(options);
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

/** A queued operation; a load returns what it sends back (its size counts towards the response). */
type Op = { kind: 'load' | 'write'; run: () => unknown };

class Loadable {
  protected loadedAt = Infinity;
  constructor(protected ctx: FakeContext) {
    ctx.requestBytes += CALL_BYTES;
  }
  protected queueLoad(fn: () => unknown): void {
    this.ctx.book.loads++;
    this.ctx.requestBytes += CALL_BYTES;
    this.ctx.queue.push({
      kind: 'load',
      run: () => {
        const sent = fn();
        this.loadedAt = this.ctx.book.syncs;
        return sent;
      },
    });
  }
  protected ensure(): void {
    if (this.loadedAt > this.ctx.book.syncs || this.loadedAt === Infinity) throw new Error('PropertyNotLoaded: load() and sync() first');
  }
}

export class FakeContext {
  queue: Op[] = [];
  /** Bytes of the request the next sync sends: calls and the values they carry. */
  requestBytes = 0;
  workbook: FakeWorkbookProxy;
  constructor(public book: FakeBook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** Queues a write; `payload` is what it sends (values, colours, texts). */
  write(fn: () => void, payload?: unknown): void {
    this.requestBytes += CALL_BYTES + jsonBytes(payload);
    this.queue.push({ kind: 'write', run: fn });
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.book.syncs++;
    this.book.requestSizes.push(request);
    if (this.book.failAtSync === this.book.syncs) {
      const writes = ops.filter((o) => o.kind === 'write');
      writes.slice(0, Math.floor(writes.length / 2)).forEach((o) => o.run());
      throw excelError('GeneralException');
    }
    // A request over the limit is refused before any of it runs.
    if (request > this.book.payloadLimit || this.book.refuseAtSync === this.book.syncs) throw excelError('RequestPayloadSizeLimitExceeded');
    let response = 0;
    for (const op of ops) response += jsonBytes(op.run());
    this.book.responseSizes.push(response);
    if (response > this.book.payloadLimit) throw excelError('ResponsePayloadSizeLimitExceeded');
  }
}

class ClientResult<T> {
  private v: T | undefined;
  private at = Infinity;
  constructor(private ctx: FakeContext) {}
  resolveWith(fn: () => T): void {
    this.ctx.book.loads++;
    this.ctx.requestBytes += CALL_BYTES;
    this.ctx.queue.push({
      kind: 'load',
      run: () => {
        this.v = fn();
        this.at = this.ctx.book.syncs;
        return this.v;
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

/** As Excel gives addresses: whole columns as "B:C". */
function areaAddress(sheet: string, a: Area): string {
  const q = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  if (a.top === 0 && a.bottom === 1_048_575) return `${q}!${columnLetter(a.left)}:${columnLetter(a.right)}`;
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

/** Excel may return a name's formula rewritten: the fake gives newer functions their file prefix. */
function rewrittenFormula(f: string): string {
  return f.replace(/(?<![_\w.])(LAMBDA|ISOMITTED|LET)\(/g, '_xlfn.$1(');
}

export class FakeRange extends Loadable {
  private snap: { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; valueTypes: string[][]; address: string } | null = null;
  isNullObject = false;
  format: {
    fill: { color: string; pattern: string; patternColor: string; clear: () => void };
    font: { bold: boolean };
    autofitColumns: () => void;
  };
  constructor(
    ctx: FakeContext,
    private sheetName: string,
    private areaFn: () => Area | null,
  ) {
    super(ctx);
    const each = (fn: (c: FakeCell) => void, payload?: unknown): void => this.ctx.write(() => this.forEachCell(fn), payload);
    this.format = {
      fill: {
        /** Setting the colour makes the fill solid: a pattern is lost unless set again. */
        set color(c: string) {
          each((cell) => {
            cell.fill = c;
            delete cell.pattern;
            delete cell.patternColor;
          }, c);
        },
        get color(): string {
          throw new Error('not used');
        },
        set pattern(p: string) {
          each((cell) => (cell.pattern = p), p);
        },
        get pattern(): string {
          throw new Error('not used');
        },
        set patternColor(c: string) {
          each((cell) => (cell.patternColor = c), c);
        },
        get patternColor(): string {
          throw new Error('not used');
        },
        clear: () =>
          each((cell) => {
            cell.fill = null;
            delete cell.pattern;
            delete cell.patternColor;
          }),
      },
      font: {
        set bold(b: boolean) {
          each((cell) => (cell.bold = b), b);
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
    const wanted = props.split(',').map((p) => p.trim());
    this.queueLoad(() => {
      const a = this.areaFn();
      this.isNullObject = a === null;
      if (!a) return { isNullObject: true };
      const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
      if (wanted.some((p) => p !== 'address') && cells > EXCEL_LIMITS.cellsPerGet) {
        throw excelError('ResponsePayloadSizeLimitExceeded', `range of ${cells} cells`);
      }
      const grid = <T>(p: string, fn: (c: FakeCell | undefined) => T): T[][] => (wanted.includes(p) ? this.grid(fn) : []);
      this.snap = {
        values: grid('values', (c) => contentOfCell(c).value),
        formulas: grid('formulas', (c) => contentOfCell(c).formula),
        numberFormat: grid('numberFormat', (c) => c?.numberFormat ?? 'General'),
        valueTypes: grid('valueTypes', (c) => contentOfCell(c).type),
        address: areaAddress(this.sheetName, a),
      };
      return Object.fromEntries(Object.entries(this.snap).filter(([k]) => wanted.includes(k)));
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
    this.ctx.write(() => this.forEachCell((cell, i, j) => writeContent(cell, grid[i][j])), grid);
  }
  get numberFormat(): unknown[][] {
    return this.s.numberFormat;
  }
  set numberFormat(grid: unknown[][]) {
    this.ctx.write(() => this.forEachCell((cell, i, j) => (cell.numberFormat = String(grid[i][j]))), grid);
  }
  /** Range.hyperlink: without `textToDisplay` the cell shows the link's address instead of its text. */
  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.ctx.write(() => {
      const a = this.area();
      this.sheet().links.set(address(a.top, a.left), link.documentReference ?? '');
      this.forEachCell((cell) => (cell.value = link.textToDisplay ?? link.documentReference ?? ''));
    }, link);
  }
  getCellProperties(_options: unknown): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>(this.ctx);
    result.resolveWith(() =>
      this.grid((c) => ({
        format: {
          font: { bold: c?.bold === true },
          indentLevel: c?.indent ?? 0,
          fill: c?.fill ? { color: c.fill, pattern: c.pattern ?? 'Solid', patternColor: c.patternColor ?? '#000000' } : { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' },
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
  /** The merged areas that intersect this range (whole); more than 512 fail the sync (EXCEL_LIMITS). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheetName, () => {
      const a = this.area();
      return this.sheet().merges.filter((m) => m.top <= a.bottom && m.bottom >= a.top && m.left <= a.right && m.right >= a.left);
    });
  }
  /** Range.getUsedRangeOrNullObject(valuesOnly): the cells with values inside this range. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.sheetName, () => this.ctx.book.sheet(this.sheetName)?.used(this.area()) ?? null);
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
  /** Range.clear: "All" removes contents, formats and links; "Hyperlinks" only the links. Only stored cells are visited. */
  clear(applyTo = 'All'): void {
    this.ctx.write(() => {
      const s = this.sheet();
      const a = this.area();
      const inside = (key: string): boolean => {
        const at = parseAddress(key);
        const [r, c] = at ? [at.row, at.col] : key.split(',').map(Number);
        return r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
      };
      if (applyTo === 'All') for (const key of [...s.cells.keys()]) if (inside(key)) s.cells.delete(key);
      for (const key of [...s.links.keys()]) if (inside(key)) s.links.delete(key);
    }, applyTo);
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
      if (list.length > this.ctx.book.mergedAreasLimit) throw excelError('GeneralException', `${list.length} merged areas`);
      this.isNullObject = list.length === 0;
      this.text = list.map((a) => areaAddress(this.sheetName, a)).join(', ');
      return this.text;
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
    this.ctx.write(() => this.ctx.book.sheet(this.sheetName)?.notes.set(this.cell, t), t);
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
        ctx.write(() => store().set(cell, text), text);
      },
      delete: () => ctx.write(() => store().delete(cell)),
      getLocation: () => new FakeRange(ctx, sheet, () => parseRangeAddress(cell)),
    }));
  }
  add(range: FakeRange, text: string): void {
    this.ctx.write(() => this.store().set((range as unknown as { addressOf(): string }).addressOf(), text), text);
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
        }, text),
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
  /** Without an address: the whole sheet (Worksheet.getRange). */
  getRange(a1 = 'A1:XFD1048576'): FakeRange {
    const range = new FakeRange(this.ctx, this.nameFn(), () => parseRangeAddress(a1));
    return Object.assign(range, { addressOf: () => a1.replace(/\$/g, '') });
  }
  activate(): void {
    this.ctx.write(() => (this.ctx.book.active = this.nameFn()));
  }
  delete(): void {
    this.ctx.write(() => {
      this.ctx.book.sheetDeletes++;
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
      Object.defineProperty(ws, 'visibility', { value: this.ctx.book.sheet(n)?.visibility ?? 'Visible' });
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
  /** NamedItem.value: the fake calculates one formula only, LET(f,LAMBDA(x,x+1),f(1)), as 2 where the book has LAMBDA. */
  get value(): unknown {
    this.ensure();
    if (!this.item) throw excelError('ItemNotFound');
    const probe = this.item.formula.replace(/_xlfn\./g, '') === '=LET(f,LAMBDA(x,x+1),f(1))';
    return probe && this.ctx.book.lambda ? 2 : '#NAME?';
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
  names: { getItemOrNullObject: (n: string) => FakeNamedItem; getItem: (n: string) => FakeNamedItem; add: (n: string, f: string, c?: string) => void };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this.names = {
      getItemOrNullObject: (n) => new FakeNamedItem(ctx, n),
      getItem: (n) => new FakeNamedItem(ctx, n),
      add: (n, f, c) =>
        ctx.write(() => {
          if (ctx.book.namesLocked) throw excelError('AccessDenied');
          ctx.book.names.set(n.toUpperCase(), { name: n, formula: rewrittenFormula(f), comment: c ?? '' });
        }, [n, f, c]),
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
