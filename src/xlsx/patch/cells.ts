/**
 * Cells of a worksheet part (`<sheetData>`), read and restyled in place: only the `s` attribute of
 * the cells asked for changes (a missing cell is added, empty, with that style); every other byte
 * of the sheet stays as it was.
 */
import { address, parseAddress } from '../../core/model/address';
import { elements, firstElement, getAttribute, setAttribute, splice, textOf, type Span } from './xml';

interface Position {
  row: number;
  col: number;
}

function truthy(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** A cell's position from its `r` attribute, or the one after the previous cell when it has none. */
function positionOf(tag: string, previous: number, row: number): number {
  const r = getAttribute(tag, 'r');
  const parsed = r ? parseAddress(r) : null;
  return parsed && parsed.row === row ? parsed.col : previous + 1;
}

/** Column styles from `<cols>` (0-based column → style), for cells the sheet does not list. */
function columnStyles(xml: string, p: string): (col: number) => number | undefined {
  const cols = firstElement(xml, `${p}cols`);
  const ranges = cols
    ? elements(xml, `${p}col`, cols.contentStart, cols.contentEnd).map((c) => ({
        min: Number(getAttribute(c.tag, 'min')) - 1,
        max: Number(getAttribute(c.tag, 'max')) - 1,
        style: getAttribute(c.tag, 's') ?? getAttribute(c.tag, 'style'),
      }))
    : [];
  return (col) => {
    const found = ranges.find((r) => col >= r.min && col <= r.max && r.style !== undefined);
    return found ? Number(found.style) : undefined;
  };
}

interface RowSpan extends Span {
  row: number;
}

function rowsOf(xml: string, p: string, data: Span): RowSpan[] {
  let previous = -1;
  return elements(xml, `${p}row`, data.contentStart, data.contentEnd).map((span) => {
    const r = Number(getAttribute(span.tag, 'r'));
    previous = Number.isInteger(r) && r > 0 ? r - 1 : previous + 1;
    return { ...span, row: previous };
  });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The text with each edit (non-overlapping ranges) applied, in one pass. */
function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export class SheetCells {
  constructor(
    private xml: string,
    private readonly p: string,
  ) {}

  text(): string {
    return this.xml;
  }

  private sheetData(): Span {
    const data = firstElement(this.xml, `${this.p}sheetData`);
    if (!data) throw new Error('worksheet without sheetData');
    if (!data.tag.endsWith('/>')) return data;
    const open = data.tag.slice(0, -2) + '>';
    this.xml = splice(this.xml, data.start, data.end, `${open}</${this.p}sheetData>`);
    return firstElement(this.xml, `${this.p}sheetData`) as Span;
  }

  /** The style index of each cell (0-based positions), as Excel would show it: cell, row or column style. */
  styles(cells: readonly Position[]): number[] {
    const rows = new Map(rowsOf(this.xml, this.p, this.sheetData()).map((r) => [r.row, r]));
    const columnStyle = columnStyles(this.xml, this.p);
    return cells.map(({ row, col }) => {
      const rowSpan = rows.get(row);
      if (rowSpan) {
        let previous = -1;
        for (const c of elements(this.xml, `${this.p}c`, rowSpan.contentStart, rowSpan.contentEnd)) {
          previous = positionOf(c.tag, previous, row);
          if (previous === col) return Number(getAttribute(c.tag, 's') ?? 0);
        }
        if (truthy(getAttribute(rowSpan.tag, 'customFormat'))) return Number(getAttribute(rowSpan.tag, 's') ?? 0);
      }
      return columnStyle(col) ?? 0;
    });
  }

  /** Sets the style of each cell; cells that do not exist yet are added in their place. */
  setStyles(styles: ReadonlyMap<string, number>): void {
    const byRow = new Map<number, Map<number, number>>();
    for (const [a, style] of styles) {
      const pos = parseAddress(a);
      if (!pos) continue;
      const cols = byRow.get(pos.row) ?? new Map<number, number>();
      cols.set(pos.col, style);
      byRow.set(pos.row, cols);
    }
    const p = this.p;
    const data = this.sheetData();
    const rows = rowsOf(this.xml, p, data);
    const rowByNumber = new Map(rows.map((r) => [r.row, r]));
    const edits: Edit[] = [];
    // In row order, so that new rows inserted at the same place stay in order.
    for (const [row, cols] of [...byRow].sort((a, b) => a[0] - b[0])) {
      const rowSpan = rowByNumber.get(row);
      if (rowSpan) {
        edits.push({ start: rowSpan.start, end: rowSpan.end, text: this.restyledRow(this.xml.slice(rowSpan.start, rowSpan.end), rowSpan.tag, row, cols) });
        continue;
      }
      const next = rows.find((r) => r.row > row);
      const at = next ? next.start : data.contentEnd;
      const cells = [...cols].sort((a, b) => a[0] - b[0]).map(([col, s]) => `<${p}c r="${address(row, col)}" s="${s}"/>`);
      edits.push({ start: at, end: at, text: `<${p}row r="${row + 1}">${cells.join('')}</${p}row>` });
    }
    this.xml = applyEdits(this.xml, edits);
  }

  private restyledRow(rowXml: string, rowTag: string, row: number, cols: Map<number, number>): string {
    const p = this.p;
    let xml = rowXml;
    if (rowTag.endsWith('/>')) xml = `${rowTag.slice(0, -2)}></${p}row>`;
    const contentStart = xml.indexOf('>') + 1;
    const contentEnd = xml.length - `</${p}row>`.length;
    const cells = elements(xml, `${p}c`, contentStart, contentEnd);
    const edits: Edit[] = [];
    const missing = new Map(cols);
    let previous = -1;
    for (const c of cells) {
      previous = positionOf(c.tag, previous, row);
      const style = cols.get(previous);
      if (style === undefined) continue;
      missing.delete(previous);
      edits.push({ start: c.start, end: c.start + c.tag.length, text: setAttribute(c.tag, 's', String(style)) });
    }
    for (const [col, style] of [...missing].sort((a, b) => a[0] - b[0])) {
      let at = contentEnd;
      let prev = -1;
      for (const c of cells) {
        prev = positionOf(c.tag, prev, row);
        if (prev > col) {
          at = c.start;
          break;
        }
      }
      edits.push({ start: at, end: at, text: `<${p}c r="${address(row, col)}" s="${style}"/>` });
    }
    return applyEdits(xml, edits);
  }

  /** The text a cell shows when it holds a string (shared, inline or formula result), else ''. */
  cellText(cell: string, sharedString: (index: number) => string): string {
    const pos = parseAddress(cell);
    if (!pos) return '';
    const rowSpan = rowsOf(this.xml, this.p, this.sheetData()).find((r) => r.row === pos.row);
    if (!rowSpan) return '';
    let previous = -1;
    for (const c of elements(this.xml, `${this.p}c`, rowSpan.contentStart, rowSpan.contentEnd)) {
      previous = positionOf(c.tag, previous, pos.row);
      if (previous !== pos.col) continue;
      const content = this.xml.slice(c.contentStart, c.contentEnd);
      const type = getAttribute(c.tag, 't');
      if (type === 'inlineStr') return textOf(content, this.p);
      const v = firstElement(content, `${this.p}v`);
      const value = v ? content.slice(v.contentStart, v.contentEnd) : '';
      if (type === 's') return sharedString(Number(value));
      return type === 'str' ? textOf(`<t>${value}</t>`) : '';
    }
    return '';
  }
}
