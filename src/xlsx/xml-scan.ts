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

/** The attributes of the tag being handled: `xml` from `start` (after the name) to `end` (before `>` or `/>`). */
export class Tag {
  xml = '';
  start = 0;
  end = 0;
  /** Where the value `find` found ends. */
  valueEnd = 0;

  /**
   * Where the value of attribute `name` starts in `xml` (its end in `valueEnd`), or -1.
   * `anyPrefix`: `name` is matched against the attribute's local name (`r:id` is `id`).
   */
  find(name: string, anyPrefix = false): number {
    const xml = this.xml;
    const end = this.end;
    let p = this.start;
    while (p < end) {
      let c = xml.charCodeAt(p);
      if (c <= SPACE) {
        p++;
        continue;
      }
      let nameStart = p;
      while (p < end && (c = xml.charCodeAt(p)) !== EQUALS && c > SPACE) {
        if (anyPrefix && c === COLON) nameStart = p + 1;
        p++;
      }
      const nameEnd = p;
      while (p < end && xml.charCodeAt(p) !== EQUALS) p++;
      p++;
      while (p < end && (c = xml.charCodeAt(p)) <= SPACE) p++;
      if (c !== QUOTE && c !== APOSTROPHE) return -1;
      const valueStart = p + 1;
      const valueEnd = xml.indexOf(c === QUOTE ? '"' : "'", valueStart);
      if (valueEnd < 0 || valueEnd > end) return -1;
      if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) {
        this.valueEnd = valueEnd;
        return valueStart;
      }
      p = valueEnd + 1;
    }
    return -1;
  }

  /** The decoded value of attribute `name`; undefined without one. */
  value(name: string, anyPrefix = false): string | undefined {
    const start = this.find(name, anyPrefix);
    return start < 0 ? undefined : decodeAttribute(this.xml.slice(start, this.valueEnd));
  }
}

/** Index in `names` of the element name `xml[start, end)` without its prefix; -1 when not there. */
function nameIndex(xml: string, start: number, end: number, names: readonly string[]): number {
  for (let j = end - 1; j > start; j--) {
    if (xml.charCodeAt(j) === COLON) {
      start = j + 1;
      break;
    }
  }
  const length = end - start;
  for (let k = 0; k < names.length; k++) if (names[k].length === length && xml.startsWith(names[k], start)) return k;
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
  tag.xml = xml;
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
    let p = e;
    for (; p < n; p++) {
      const c = xml.charCodeAt(p);
      if (c === GT) break;
      if (c === QUOTE || c === APOSTROPHE) {
        p = xml.indexOf(c === QUOTE ? '"' : "'", p + 1);
        if (p < 0) return;
      }
    }
    if (p >= n) return;
    const selfClosing = xml.charCodeAt(p - 1) === SLASH;
    const k = nameIndex(xml, lt + 1, e, names);
    if (k >= 0) {
      tag.start = e;
      tag.end = selfClosing ? p - 1 : p;
      handler.open(k, tag, selfClosing);
    }
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
