/**
 * What a workbook package holds, as a list of feature lines read with a real XML parser: every
 * element of every XML part with its attributes and text (charts, drawings, names, print settings,
 * protection, validation, conditional formats, styles, properties…), and each note's own text and
 * run formatting. `lost(original, copy)` lists what the original has and the copy does not.
 * Allowed differences, and only these: the style index of a cell (`c/@s`), list counts (`@count`),
 * and Cermat's own text at the end of a note.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import JSZip from 'jszip';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function parse(xml: string, path: string) {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${path}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

function ownText(el: Element): string {
  let text = '';
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) text += n.nodeValue ?? '';
  }
  return text.trim();
}

function elementLine(el: Element, path: string): string {
  const attributes: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.name.startsWith('xmlns')) continue;
    if (a.localName === 'count') continue;
    if (el.localName === 'c' && a.localName === 's') continue;
    attributes.push(`${a.localName}=${a.value}`);
  }
  return `${path} [${attributes.sort().join(' ')}] ${ownText(el)}`;
}

function walk(el: Element, path: string, out: string[]): void {
  const here = `${path}/${el.localName}`;
  out.push(elementLine(el, here));
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) walk(n as Element, here, out);
  }
}

/** A note: its cell, its text before Cermat's, and the formatting of each run. */
function commentLines(part: string, root: Element, cermatPrefix: string): string[] {
  const out: string[] = [];
  const comments = root.getElementsByTagNameNS('*', 'comment');
  for (let i = 0; i < comments.length; i++) {
    const c = comments.item(i)!;
    const ref = c.getAttribute('ref');
    const ts = c.getElementsByTagNameNS('*', 't');
    let text = '';
    for (let j = 0; j < ts.length; j++) text += ts.item(j)!.textContent ?? '';
    const user = text.includes(cermatPrefix) ? text.slice(0, text.indexOf(cermatPrefix)).trimEnd() : text;
    if (user) out.push(`${part} comment ${ref}: ${user}`);
    const props = c.getElementsByTagNameNS('*', 'rPr');
    for (let j = 0; j < props.length; j++) {
      const run = props.item(j)!.parentNode as Element;
      const runText = run.getElementsByTagNameNS('*', 't').item(0)?.textContent ?? '';
      if (runText.includes(cermatPrefix)) continue;
      const lines: string[] = [];
      walk(props.item(j)!, '', lines);
      out.push(`${part} comment ${ref} run: ${lines.join(' ')}`);
    }
  }
  return out;
}

export interface Inventory {
  /** Part name → its bytes (uncompressed). */
  parts: Map<string, Uint8Array>;
  features: string[];
}

export async function inventory(bytes: Uint8Array, cermatPrefix: string): Promise<Inventory> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  const features: string[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = await file.async('uint8array');
    parts.set(file.name, data);
    if (!/\.(xml|rels|vml)$/i.test(file.name)) continue;
    const root = parse(Buffer.from(data).toString('utf8'), file.name).documentElement!;
    if (root.localName === 'comments') features.push(...commentLines(file.name, root, cermatPrefix));
    else walk(root, file.name, features);
  }
  return { parts, features };
}

/** Features of the original missing from the copy (each occurrence counted). */
export function lost(original: Inventory, copy: Inventory): string[] {
  const available = new Map<string, number>();
  for (const f of copy.features) available.set(f, (available.get(f) ?? 0) + 1);
  const missing: string[] = [];
  for (const f of original.features) {
    const n = available.get(f) ?? 0;
    if (n === 0) missing.push(f);
    else available.set(f, n - 1);
  }
  return missing;
}
