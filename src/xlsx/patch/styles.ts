/**
 * The styles part (xl/styles.xml) as Cermat extends it: new fills, fonts and cell formats are
 * appended, never changed, so every existing cell, named style and differential format keeps its
 * look. An identical entry already present is reused, so marking a copy again does not grow it.
 */
import { elements, escapeAttribute, firstElement, getAttribute, setAttribute, splice, type Span } from './xml';

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** `#F8CBCB` → `FFF8CBCB`. */
export function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

export interface FontChange {
  bold?: boolean;
  size?: number;
  /** ARGB. */
  color?: string;
  underline?: boolean;
}

export interface CellFormat {
  /** Based on this cell format (its font, border, number format, protection…). */
  base: number;
  /** Fill colour `#RRGGBB`, or null for no fill. */
  fill?: string | null;
  font?: FontChange;
  numFmtId?: number;
  wrapTop?: boolean;
}

/** A cell format's attributes (but its fill) and children, in a comparable form. */
function xfKey(xf: string): string {
  const open = /^<[^>]*?\/?>/.exec(xf)?.[0] ?? '';
  const attributes = [...open.matchAll(/\s([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)]
    .filter((m) => m[1] !== 'fillId' && m[1] !== 'applyFill')
    .map((m) => `${m[1]}=${m[2] ?? m[3]}`)
    .sort();
  const inner = open.endsWith('/>') ? '' : xf.slice(open.length).replace(/<\/[\w:.-]*xf>$/, '');
  return `${attributes.join(' ')}|${inner}`;
}

export class Styles {
  private readonly formats = new Map<string, number>();

  constructor(
    private xml: string,
    private readonly p: string,
  ) {}

  text(): string {
    return this.xml;
  }

  private list(container: string, item: string): { container: Span; items: Span[] } {
    let span = firstElement(this.xml, `${this.p}${container}`);
    if (!span) {
      const root = this.xml.lastIndexOf(`</${this.p}styleSheet>`);
      this.xml = splice(this.xml, root, root, `<${this.p}${container} count="0"></${this.p}${container}>`);
      span = firstElement(this.xml, `${this.p}${container}`) as Span;
    }
    return { container: span, items: elements(this.xml, `${this.p}${item}`, span.contentStart, span.contentEnd) };
  }

  private items(container: string, item: string): string[] {
    return this.list(container, item).items.map((s) => this.xml.slice(s.start, s.end));
  }

  /** The index of `entry` in the list, appended (and the count updated) when not there yet. */
  private indexOf(container: string, item: string, entry: string): number {
    const { container: span, items } = this.list(container, item);
    const found = items.findIndex((s) => this.xml.slice(s.start, s.end) === entry);
    if (found !== -1) return found;
    const content = this.xml.slice(span.contentStart, span.contentEnd);
    const open = setAttribute(span.tag.endsWith('/>') ? span.tag.slice(0, -2) + '>' : span.tag, 'count', String(items.length + 1));
    this.xml = splice(this.xml, span.start, span.end, `${open}${content}${entry}</${this.p}${container}>`);
    return items.length;
  }

  private cellXf(index: number): string {
    const xfs = this.items('cellXfs', 'xf');
    return xfs[index] ?? xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
  }

  /** The fill colour (`#RRGGBB`) of a cell format with a solid fill, or null. */
  solidFillOf(xfIndex: number): string | null {
    const fillId = Number(getAttribute(this.cellXf(xfIndex), 'fillId') ?? 0);
    const fill = this.items('fills', 'fill')[fillId];
    if (!fill || getAttribute(firstElement(fill, `${this.p}patternFill`)?.tag ?? '', 'patternType') !== 'solid') return null;
    const rgb = getAttribute(firstElement(fill, `${this.p}fgColor`)?.tag ?? '', 'rgb');
    return rgb && rgb.length === 8 ? `#${rgb.slice(2).toUpperCase()}` : null;
  }

  /**
   * The cell format a Cermat-filled format stands in for: the first format equal to it in all but
   * the fill whose fill is not one of Cermat's (the one it was made from, while the styles still
   * hold it), else the same format without a fill.
   */
  withoutFill(xfIndex: number, cermatFills: ReadonlySet<string>): number {
    const xfs = this.items('cellXfs', 'xf');
    const key = xfKey(xfs[xfIndex] ?? '');
    const found = xfs.findIndex((xf, i) => xfKey(xf) === key && !cermatFills.has(this.solidFillOf(i) ?? ''));
    return found !== -1 ? found : this.cellFormat({ base: xfIndex, fill: null });
  }

  private fillId(hex: string | null): number {
    const p = this.p;
    const entry =
      hex === null
        ? `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`
        : `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    return this.indexOf('fills', 'fill', entry);
  }

  private fontId(baseFontId: number, change: FontChange): number {
    const p = this.p;
    const base = this.items('fonts', 'font')[baseFontId] ?? `<${p}font></${p}font>`;
    const open = /^<[^>]*?\/?>/.exec(base)?.[0] ?? `<${p}font>`;
    let inner = base.endsWith('/>') ? '' : base.slice(open.length, base.length - `</${p}font>`.length);
    const added: string[] = [];
    const replace = (local: string, element: string) => {
      inner = inner.replace(new RegExp(`<${p}${local}\\b[^>]*?(/>|>[\\s\\S]*?</${p}${local}>)`, 'g'), '');
      added.push(element);
    };
    if (change.bold) replace('b', `<${p}b/>`);
    if (change.underline) replace('u', `<${p}u/>`);
    if (change.size) replace('sz', `<${p}sz val="${change.size}"/>`);
    if (change.color) replace('color', `<${p}color rgb="${escapeAttribute(change.color)}"/>`);
    const tag = open.endsWith('/>') ? open.slice(0, -2) + '>' : open;
    return this.indexOf('fonts', 'font', `${tag}${added.join('')}${inner}</${p}font>`);
  }

  /** The index of a cell format like `format.base` with the changes asked for. */
  cellFormat(format: CellFormat): number {
    const key = JSON.stringify(format);
    const known = this.formats.get(key);
    if (known !== undefined) return known;
    const index = this.newCellFormat(format);
    this.formats.set(key, index);
    return index;
  }

  private newCellFormat(format: CellFormat): number {
    const p = this.p;
    const xf = this.cellXf(format.base);
    let open = /^<[^>]*?\/?>/.exec(xf)?.[0] ?? xf;
    let inner = xf.endsWith('/>') ? '' : xf.slice(open.length, xf.length - `</${p}xf>`.length);
    if (open.endsWith('/>')) open = open.slice(0, -2) + '>';
    if (format.fill !== undefined) {
      open = setAttribute(setAttribute(open, 'fillId', String(this.fillId(format.fill))), 'applyFill', '1');
    }
    if (format.font) {
      const fontId = this.fontId(Number(getAttribute(open, 'fontId') ?? 0), format.font);
      open = setAttribute(setAttribute(open, 'fontId', String(fontId)), 'applyFont', '1');
    }
    if (format.numFmtId !== undefined) {
      open = setAttribute(setAttribute(open, 'numFmtId', String(format.numFmtId)), 'applyNumberFormat', '1');
    }
    if (format.wrapTop) {
      inner = inner.replace(new RegExp(`<${p}alignment\\b[^>]*?(/>|>[\\s\\S]*?</${p}alignment>)`), '');
      inner = `<${p}alignment wrapText="1" vertical="top"/>` + inner;
      open = setAttribute(open, 'applyAlignment', '1');
    }
    return this.indexOf('cellXfs', 'xf', `${open}${inner}</${p}xf>`);
  }
}
