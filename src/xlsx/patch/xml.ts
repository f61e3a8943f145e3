/**
 * Just enough XML for patching package parts in place: escaping, one start tag's attributes, the
 * children of one element. Parts are edited as text so that everything Cermat does not touch stays
 * exactly as the producing program wrote it.
 */

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * Text content: `& < >` escaped; characters XML 1.0 cannot hold (controls) written the way Excel
 * writes them, `_xHHHH_`, and a literal `_xHHHH_` protected by escaping its underscore.
 */
export function escapeText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e],
  );
}

/** The value of attribute `name` (e.g. `r`, `r:id`) in a start tag, unescaped. */
export function getAttribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${regexEscape(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The start tag with attribute `name` set to `value` (replaced, or added at its end). */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${regexEscape(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeAttribute(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => head + quoted);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).trimEnd()} ${name}=${quoted}${tag.slice(end)}`;
}

/** The prefix (`x:` or '') the part uses for its root element `local`. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

/** The prefix (`r:`) declared for a namespace on the root element (in scope everywhere), or undefined. */
export function namespacePrefix(xml: string, namespace: string): string | undefined {
  const root = /<[A-Za-z_][^>]*>/.exec(xml)?.[0] ?? '';
  const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${regexEscape(namespace)}["']`).exec(root);
  return m ? `${m[1]}:` : undefined;
}

export interface Span {
  start: number;
  end: number;
  /** The start tag (`<c r="A1" s="3">`, or the whole empty element `<c r="A1"/>`). */
  tag: string;
  /** Where the content starts and ends (equal for an empty element). */
  contentStart: number;
  contentEnd: number;
}

/** Elements `name` (with prefix) in xml[from, to), not nested in each other. */
export function elements(xml: string, name: string, from = 0, to = xml.length): Span[] {
  const out: Span[] = [];
  const open = new RegExp(`<${regexEscape(name)}(?=[\\s/>])[^>]*>`, 'g');
  const close = `</${name}>`;
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tag = m[0];
    const contentStart = m.index + tag.length;
    if (tag.endsWith('/>')) {
      out.push({ start: m.index, end: contentStart, tag, contentStart, contentEnd: contentStart });
      continue;
    }
    const contentEnd = xml.indexOf(close, contentStart);
    if (contentEnd === -1 || contentEnd >= to) break;
    out.push({ start: m.index, end: contentEnd + close.length, tag, contentStart, contentEnd });
    open.lastIndex = contentEnd + close.length;
  }
  return out;
}

export function firstElement(xml: string, name: string, from = 0, to = xml.length): Span | undefined {
  return elements(xml, name, from, to)[0];
}

/** The text of every `<t>` inside xml (a shared string, an inline string, a comment). */
export function textOf(xml: string, prefix = ''): string {
  return elements(xml, `${prefix}t`)
    .map((t) => unescapeXml(xml.slice(t.contentStart, t.contentEnd)))
    .join('')
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}
