/**
 * One worksheet part's XML → the core's SheetModel, read tag by tag as its chunks arrive, giving
 * the model ExcelJS + `sheetFromExcelJs` (read.ts) give for the same part: cached formula results
 * as values (a result of 0, FALSE or "" as no value, as ExcelJS's `value` drops it), shared
 * formulas moved to each cell they fill, numbers in date formats as ISO dates, the cells a merge
 * covers other than its top-left one left out, hyperlinked cells holding their text only. The
 * sheet is counted against the reading limits on the way (budget.ts `SheetTally`). No Node imports.
 */
import type { Area, Cell, CellValue, SheetModel } from '../core/model/workbook';
import { type Budget, clipMerges, letters, rectOf, SheetTally } from './budget';
import type { CellStyles } from './cell-styles';
import { serialDate } from './number-formats';
import { slideFormula } from './shared-formula';
import type { SharedStrings } from './shared-strings';
import { decodeText, decodeXml, excelEscapes, type Tag, type TagHandler } from './xml-scan';

/** What the cells of every sheet are read with. */
export interface SheetContext {
  strings: SharedStrings;
  styles: CellStyles;
  date1904: boolean;
}

const NAMES = ['c', 'v', 'f', 'row', 't', 'r', 'rPh', 'mergeCell', 'hyperlink', 'sheetProtection', 'worksheet'] as const;
const [C, V, F, ROW, T, RUN, PHONETIC, MERGE_CELL, HYPERLINK, PROTECTION, WORKSHEET] = NAMES.map((_, i) => i);

/** The `t` of a cell. */
const enum Type {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
}

/** Where the text being read goes. */
const enum Into {
  Nothing,
  Value,
  Formula,
  Run,
}

interface SharedMaster {
  formula: string | undefined;
  row: number;
  col: number;
}

/** A hyperlink as the sheet writes it: the cell (or range) it is on and its relationship. */
export interface SheetHyperlink {
  ref: string;
  relationship: string;
}

function cellType(tag: Tag): Type {
  const start = tag.find('t');
  if (start < 0) return Type.Number;
  const length = tag.valueEnd - start;
  const first = tag.xml.charCodeAt(start);
  if (length === 1) return first === 115 ? Type.Shared : first === 98 ? Type.Bool : first === 101 ? Type.Error : Type.Number;
  if (length === 3 && tag.xml.startsWith('str', start)) return Type.Str;
  if (length === 9 && tag.xml.startsWith('inlineStr', start)) return Type.Inline;
  return Type.Number;
}

/** Digits of `xml` from `start` as a number; 0 when there are none. */
function digits(xml: string, start: number, end: number): number {
  let n = 0;
  for (let p = start; p < end; p++) {
    const c = xml.charCodeAt(p);
    if (c < 48 || c > 57) break;
    n = n * 10 + c - 48;
  }
  return n;
}

/** A formula's cached result as the cell's value: an empty text is no value, NaN is #NUM!. */
function kept(result: CellValue): CellValue {
  if (result === null || result === '') return null;
  return typeof result === 'number' && !Number.isFinite(result) ? { error: '#NUM!' } : result;
}

export class SheetReader implements TagHandler {
  readonly names = NAMES;
  collecting = false;
  readonly tally: SheetTally;
  private readonly cells: (Cell | undefined)[][] = [];
  private readonly hidden: { row: number; valued: boolean }[] = [];
  private readonly sharedMasters = new Map<string | undefined, SharedMaster>();
  readonly hyperlinks: SheetHyperlink[] = [];
  private sheetProtected = false;
  /** Whether the part had its root element (anything else is no worksheet). */
  sawWorksheet = false;

  private row = 0;
  private rowHidden = false;
  private rowValued = false;

  private inCell = false;
  private ref = '';
  private style = 0;
  private type = Type.Number;
  private into = Into.Nothing;
  private inRun = false;
  private inPhonetic = false;
  private value: string | undefined;
  private formula: string | undefined;
  /** Rich text runs read so far, joined; the raw text of the run's `<t>` being read. */
  private runs: string | undefined;
  private runText = '';
  private plain = false;
  private formulaType: string | undefined;
  private formulaRef = false;
  private formulaSi: string | undefined;

  /** `linked`: the cells (by address) a hyperlink is on, when known (hyperlinks come after the cells). */
  constructor(
    budget: Budget,
    private readonly context: SheetContext,
    private readonly linked: ReadonlySet<string> | null = null,
  ) {
    this.tally = new SheetTally(budget);
  }

  open(name: number, tag: Tag, selfClosing: boolean): void {
    switch (name) {
      case C:
        this.openCell(tag);
        if (selfClosing) this.closeCell();
        break;
      case V:
        if (this.inCell) this.collect(Into.Value, selfClosing);
        break;
      case F:
        if (!this.inCell) break;
        this.formulaType = tag.value('t');
        this.formulaRef = !!tag.value('ref');
        this.formulaSi = tag.value('si');
        this.collect(Into.Formula, selfClosing);
        break;
      case T:
        if (this.inCell && !this.inPhonetic) {
          this.runText = '';
          this.collect(this.inRun ? Into.Run : Into.Value, selfClosing);
        }
        break;
      case RUN:
        if (this.inCell) {
          this.runs ??= '';
          this.inRun = !selfClosing;
        }
        break;
      case PHONETIC:
        this.inPhonetic = !selfClosing;
        break;
      case ROW: {
        const r = tag.value('r');
        this.tally.addRow(r === undefined ? null : Number(r));
        this.row = this.tally.row;
        const hidden = tag.value('hidden');
        this.rowHidden = hidden === '1' || hidden === 'true';
        this.rowValued = false;
        if (selfClosing) this.closeRow();
        break;
      }
      case MERGE_CELL: {
        const start = tag.find('ref');
        this.tally.addMerge(start < 0 ? null : tag.xml.slice(start, tag.valueEnd));
        break;
      }
      case HYPERLINK: {
        const ref = tag.value('ref');
        const relationship = tag.value('r:id');
        if (ref !== undefined && relationship !== undefined) this.hyperlinks.push({ ref, relationship });
        break;
      }
      case PROTECTION:
        this.sheetProtected = tag.value('sheet') === '1';
        break;
      case WORKSHEET:
        this.sawWorksheet = true;
        break;
    }
  }

  close(name: number): void {
    switch (name) {
      case C:
        if (this.inCell) this.closeCell();
        break;
      case T:
        if (this.into === Into.Run) this.runs += excelEscapes(decodeText(this.runText));
        this.collecting = false;
        this.into = Into.Nothing;
        break;
      case V:
      case F:
        this.collecting = false;
        this.into = Into.Nothing;
        break;
      case RUN:
        this.inRun = false;
        break;
      case PHONETIC:
        this.inPhonetic = false;
        break;
      case ROW:
        this.closeRow();
        break;
    }
  }

  text(xml: string, start: number, end: number): void {
    const piece = xml.slice(start, end);
    if (this.into === Into.Value) this.value = this.value === undefined ? piece : this.value + piece;
    else if (this.into === Into.Formula) this.formula = this.formula === undefined ? piece : this.formula + piece;
    else if (this.into === Into.Run) this.runText += piece;
  }

  private collect(into: Into, selfClosing: boolean): void {
    this.into = selfClosing ? Into.Nothing : into;
    this.collecting = !selfClosing;
  }

  private openCell(tag: Tag): void {
    const start = tag.find('r');
    let row = 0;
    let col = 0;
    if (start >= 0) {
      const xml = tag.xml;
      let p = start;
      if (xml.charCodeAt(p) === 36) p++;
      for (let c = xml.charCodeAt(p); p < tag.valueEnd && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = xml.charCodeAt(++p)) col = col * 26 + (c & ~32) - 64;
      if (xml.charCodeAt(p) === 36) p++;
      row = col > 0 ? digits(xml, p, tag.valueEnd) : 0;
      if (row === 0) col = 0;
      if (this.linked) this.ref = xml.slice(start, tag.valueEnd);
    }
    this.tally.addCell(row, col);
    if (this.linked && start < 0) this.ref = `${letters(this.tally.col)}${this.tally.row}`;
    const s = tag.find('s');
    this.style = s < 0 ? 0 : digits(tag.xml, s, tag.valueEnd);
    this.type = cellType(tag);
    this.inCell = true;
    this.into = Into.Nothing;
    this.inRun = false;
    this.inPhonetic = false;
    this.value = undefined;
    this.formula = undefined;
    this.runs = undefined;
    this.formulaType = undefined;
    this.formulaRef = false;
    this.formulaSi = undefined;
  }

  /** The cell's value and formula as ExcelJS reads them into `sheetFromExcelJs`. */
  private closeCell(): void {
    this.inCell = false;
    this.collecting = false;
    this.into = Into.Nothing;
    const isFormula = !!this.formula || !!this.formulaType;
    const linked = this.linked?.has(this.ref) ?? false;
    if (!isFormula && this.value === undefined && this.runs === undefined && !linked) return;
    this.rowValued = true;
    if (this.row < 1) return;
    const { styles, date1904 } = this.context;
    const date = styles.date[this.style] ?? false;
    let v: CellValue;
    let f: string | undefined;
    if (isFormula) {
      const result = this.result() ?? null;
      const dated = date && typeof result === 'number' ? serialDate(result, date1904) : result;
      f = this.ownFormula();
      v = f === undefined ? null : dated !== result ? dated : kept(result);
      if (linked) {
        // A hyperlink keeps the result as its text, and only a string that is no date.
        v = typeof dated === 'string' && dated === result ? dated : null;
        f = undefined;
      }
    } else {
      v = this.plainValue(date, date1904);
      if (linked && !this.plain) v = null;
    }
    const fmt = styles.format[this.style];
    if (v === null && f === undefined && !fmt) return;
    const cell: Cell = { v };
    if (f !== undefined) cell.f = f;
    if (fmt) cell.fmt = fmt;
    if (styles.bold[this.style]) cell.bold = true;
    const indent = styles.indent[this.style];
    if (indent) cell.indent = indent;
    (this.cells[this.row - 1] ??= [])[this.tally.col - 1] = cell;
  }

  /** A formula's cached result, typed by the cell's `t`; undefined without one. */
  private result(): CellValue | number | undefined {
    const raw = this.value;
    if (!raw) return undefined;
    switch (this.type) {
      case Type.Str:
        return decodeXml(decodeText(raw));
      case Type.Bool:
        return parseInt(raw, 10) !== 0;
      case Type.Error:
        return { error: decodeText(raw) };
      default:
        return parseFloat(raw);
    }
  }

  /** The formula as ExcelJS's `formula` gives it: a shared formula's master registers it, a cell it fills gets it moved. */
  private ownFormula(): string | undefined {
    const own = this.formula ? decodeText(this.formula) : undefined;
    if (this.formulaType !== 'shared') return own;
    const { row, col } = this.tally;
    if (this.formulaRef) {
      this.sharedMasters.set(this.formulaSi, { formula: own, row, col });
      return own;
    }
    if (own !== undefined) return own;
    const master = this.sharedMasters.get(this.formulaSi);
    return master?.formula === undefined ? undefined : slideFormula(master.formula, master.row, master.col, row, col);
  }

  /** A value without a formula; sets `plain` when it is a string that is neither rich text nor a date. */
  private plainValue(date: boolean, date1904: boolean): CellValue {
    this.plain = false;
    if (this.runs !== undefined) return this.runs;
    const raw = this.value;
    if (raw === undefined) return null;
    switch (this.type) {
      case Type.Shared: {
        const index = parseInt(raw, 10);
        const { texts, rich } = this.context.strings;
        this.plain = !rich[index];
        return texts[index] ?? null;
      }
      case Type.Str:
        this.plain = true;
        return decodeXml(decodeText(raw));
      case Type.Inline:
        this.plain = true;
        return decodeText(raw);
      case Type.Bool:
        return parseInt(raw, 10) !== 0;
      case Type.Error:
        return { error: decodeText(raw) };
      default: {
        const n = parseFloat(raw);
        if (date) return serialDate(n, date1904);
        return Number.isFinite(n) ? n : { error: '#NUM!' };
      }
    }
  }

  private closeRow(): void {
    if (this.rowHidden) this.hidden.push({ row: this.row, valued: this.rowValued });
    this.rowHidden = false;
  }

  /**
   * The sheet's model, once its part is read: merges clipped to the used range (their covered
   * cells left out), the cells they cover counted in `budget`.
   */
  model(name: string, part: string, budget: Budget): SheetModel {
    const cells = this.cells;
    const clipped = clipMerges(part, this.tally.merges, this.tally.usedRange, budget);
    const merges: Area[] = [];
    for (const { clipped: ref } of clipped) {
      const rect = ref === null ? null : rectOf(ref);
      if (!rect) continue;
      merges.push({ top: rect.top - 1, left: rect.left - 1, bottom: rect.bottom - 1, right: rect.right - 1 });
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = cells[r - 1];
        if (!row) continue;
        for (let c = r === rect.top ? rect.left + 1 : rect.left; c <= rect.right && c <= row.length; c++) delete row[c - 1];
        let length = row.length;
        while (length > 0 && row[length - 1] === undefined) length--;
        if (length === 0) delete cells[r - 1];
        else row.length = length;
      }
    }
    let rowCount = cells.length;
    while (rowCount > 0 && cells[rowCount - 1] === undefined) rowCount--;
    cells.length = rowCount;
    let colCount = 0;
    for (const row of cells) if (row && row.length > colCount) colCount = row.length;
    for (const m of merges) {
      rowCount = Math.max(rowCount, m.bottom + 1);
      colCount = Math.max(colCount, m.right + 1);
    }
    const sheet: SheetModel = { name, cells, rowCount, colCount, merges };
    const hiddenRows = this.hiddenRows(merges);
    if (hiddenRows.length) sheet.hiddenRows = hiddenRows;
    if (this.sheetProtected) sheet.protected = true;
    return sheet;
  }

  /** Hidden rows (0-based) that hold a value, or a cell a merge covers: the rows ExcelJS's `eachRow` visits. */
  private hiddenRows(merges: Area[]): number[] {
    const covered = (r: number) => merges.some((m) => r >= m.top && r <= m.bottom && (r > m.top || m.right > m.left));
    const rows = this.hidden.filter((h) => h.valued || covered(h.row - 1)).map((h) => h.row - 1);
    return [...new Set(rows)].sort((a, b) => a - b);
  }
}
