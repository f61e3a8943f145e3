/**
 * A small scanner of the XML in a SpreadsheetML package, for the parts the check reads: tags are
 * found with indexOf and char codes, no DOM and no object per element. A part is read chunk by
 * chunk (package.ts `scanText`): a tag never arrives cut, text may, so handlers gather text until
 * its element ends. Element names are matched without their namespace prefix (`x:row` is `row`).
 * Text is decoded as an XML parser does (entities, line ends). No Node imports.
 */

/** What a part's reader does with the tags of the elements it names. */
export interface TagHandler {
  /** Local names of the elements the handler wants; `open` and `close` get their index. */
  readonly names: readonly string[];
  /** Whether the text between the next tags is wanted (read before each piece of text). */
  readonly collecting: boolean;
  /** An element of `names[name]` starts (`selfClosing`: and ends); its attributes are read from `tag`. */
  open(name: number, tag: Tag, selfClosing: boolean): void;
  close(name: number): void;
  /** Raw text `xml.slice(start, end)` (entities not decoded), while `collecting`. */
  text(xml: string, start: number, end: number): void;
}

const GT = 62;
const SLASH = 47;
const COLON = 58;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const SPACE = 32;

/** The attributes of the tag being handled, as positions in `xml` (found once, as the tag's end is). */
export class Tag {
  xml = '';
  count = 0;
  private readonly nameStart: number[] = [];
  private readonly nameEnd: number[] = [];
  private readonly valueStart: number[] = [];
  private readonly valueEnds: number[] = [];
  /** Where the value `find` found ends. */
  valueEnd = 0;

  /** Reads the attributes from `p` (after the element's name) to the tag's end; the index of its `>`, or -1 when the tag is cut. */
  read(xml: string, p: number): number {
    this.xml = xml;
    let count = 0;
    const n = xml.length;
    while (p < n) {
      let c = xml.charCodeAt(p);
      if (c === GT) break;
      if (c <= SPACE || c === SLASH) {
        p++;
        continue;
      }
      const nameStart = p;
      while (p < n && (c = xml.charCodeAt(p)) !== EQUALS && c > SPACE && c !== GT) p++;
      const nameEnd = p;
      while (p < n && (c = xml.charCodeAt(p)) <= SPACE) p++;
      if (c !== EQUALS) continue;
      p++;
      while (p < n && (c = xml.charCodeAt(p)) <= SPACE) p++;
      if (c !== QUOTE && c !== APOSTROPHE) continue;
      const valueEnd = xml.indexOf(c === QUOTE ? '"' : "'", p + 1);
      if (valueEnd < 0) return -1;
      this.nameStart[count] = nameStart;
      this.nameEnd[count] = nameEnd;
      this.valueStart[count] = p + 1;
      this.valueEnds[count] = valueEnd;
      count++;
      p = valueEnd + 1;
    }
    this.count = count;
    return p < n ? p : -1;
  }

  /**
   * Where the value of attribute `name` starts in `xml` (its end in `valueEnd`), or -1.
   * `anyPrefix`: `name` is matched against the attribute's local name (`r:id` is `id`).
   */
  find(name: string, anyPrefix = false): number {
    const xml = this.xml;
    for (let k = 0; k < this.count; k++) {
      const end = this.nameEnd[k];
      let start = this.nameStart[k];
      if (anyPrefix) {
        const colon = xml.lastIndexOf(':', end - 1);
        if (colon >= start) start = colon + 1;
      }
      if (equalsAt(xml, start, end, name)) {
        this.valueEnd = this.valueEnds[k];
        return this.valueStart[k];
      }
    }
    return -1;
  }

  /** The decoded value of attribute `name`; undefined without one. */
  value(name: string, anyPrefix = false): string | undefined {
    const start = this.find(name, anyPrefix);
    return start < 0 ? undefined : decodeAttribute(this.xml.slice(start, this.valueEnd));
  }
}

/** Whether `xml[start, end)` is `name` (char by char: cheaper than a call to `startsWith` in the scan's loops). */
function equalsAt(xml: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (xml.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** Index in `names` of the element name `xml[start, end)` without its prefix; -1 when not there. */
function nameIndex(xml: string, start: number, end: number, names: readonly string[]): number {
  for (let j = end - 1; j > start; j--) {
    if (xml.charCodeAt(j) === COLON) {
      start = j + 1;
      break;
    }
  }
  for (let k = 0; k < names.length; k++) if (equalsAt(xml, start, end, names[k])) return k;
  return -1;
}

function isNameEnd(c: number): boolean {
  return c <= SPACE || c === GT || c === SLASH;
}

/** Skips `<?…?>`, `<!--…-->`, `<![CDATA[…]]>` (an XML parser's CDATA event ExcelJS does not listen to) and `<!DOCTYPE…>`. */
function skipMarkup(xml: string, lt: number): number {
  const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : xml.charCodeAt(lt + 1) === 63 ? '?>' : '>';
  const at = xml.indexOf(close, lt + 2);
  return at < 0 ? xml.length : at + close.length;
}

/** Hands the tags and text of `xml` (whole tags only) to `handler`. */
export function scanTags(xml: string, handler: TagHandler, tag = new Tag()): void {
  const names = handler.names;
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && handler.collecting) handler.text(xml, i, textEnd);
    if (lt < 0) return;
    const first = xml.charCodeAt(lt + 1);
    if (first === SLASH) {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) return;
      let e = lt + 2;
      while (e < gt && xml.charCodeAt(e) > SPACE) e++;
      const k = nameIndex(xml, lt + 2, e, names);
      if (k >= 0) handler.close(k);
      i = gt + 1;
      continue;
    }
    if (first === 33 || first === 63) {
      i = skipMarkup(xml, lt);
      continue;
    }
    let e = lt + 1;
    while (e < n && !isNameEnd(xml.charCodeAt(e))) e++;
    const p = tag.read(xml, e);
    if (p < 0) return;
    const k = nameIndex(xml, lt + 1, e, names);
    if (k >= 0) handler.open(k, tag, xml.charCodeAt(p - 1) === SLASH);
    i = p + 1;
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's entities and character references replaced by what they stand for. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : (XML_ENTITIES[e] ?? whole),
  );
}

/** Element text as an XML parser gives it: line ends as `\n`, entities decoded. */
export function decodeText(raw: string): string {
  return decodeXml(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

/** An attribute value as an XML parser gives it: tabs and line ends as spaces, entities decoded. */
export function decodeAttribute(raw: string): string {
  return decodeXml(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}

/** Excel's escapes for characters XML cannot hold (`_x000D_`), as ExcelJS reads them in shared strings and rich text. */
export function excelEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
