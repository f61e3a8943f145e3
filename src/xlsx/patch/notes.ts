/**
 * Notes (legacy comments) of one worksheet: the comments part and the VML drawing that shows them.
 * Cermat's text in a note always starts with NOTE_PREFIX, after the user's own text; only that
 * tail is replaced or removed. Other notes, and the formatting of the user's text, are kept.
 */
import { parseAddress } from '../../core/model/address';
import { elements, escapeAttribute, escapeText, firstElement, getAttribute, splice, textOf, unescapeXml } from './xml';

export const CERMAT_AUTHOR = 'Cermat';

interface Run {
  /** The run properties element as written, or null for plain text. */
  properties: string | null;
  text: string;
}

function runsOf(textXml: string, p: string): Run[] {
  const runs = elements(textXml, `${p}r`);
  if (runs.length === 0) return [{ properties: null, text: textOf(textXml, p) }];
  return runs.map((r) => {
    const inner = textXml.slice(r.contentStart, r.contentEnd);
    const props = firstElement(inner, `${p}rPr`);
    return { properties: props ? inner.slice(props.start, props.end) : null, text: textOf(inner, p) };
  });
}

/** The user's runs: everything before Cermat's text, with the blank lines before it trimmed. */
function userRuns(runs: Run[], prefix: string): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const at = run.text.indexOf(prefix);
    if (at === -1) {
      out.push(run);
      continue;
    }
    out.push({ ...run, text: run.text.slice(0, at) });
    break;
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    last.text = last.text.trimEnd();
    if (last.text !== '') break;
    out.pop();
  }
  return out;
}

/** Excel's own look for the text of a new note. */
const NOTE_FONT = (p: string) => `<${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr>`;

/** Written as runs (`<r><t>`), as Excel writes them and every reader expects. */
function textXml(runs: Run[], p: string): string {
  const xml = runs.map((r) => `<${p}r>${r.properties ?? ''}<${p}t xml:space="preserve">${escapeText(r.text)}</${p}t></${p}r>`);
  return `<${p}text>${xml.join('')}</${p}text>`;
}

export interface NoteChange {
  cell: string;
  /** Cermat's note for the cell, or null to take Cermat's text away. */
  note: string | null;
}

export const EMPTY_COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** Cells whose note holds Cermat's text. */
export function cellsWithCermatNotes(xml: string, p: string, prefix: string): string[] {
  return elements(xml, `${p}comment`)
    .filter((c) => textOf(xml.slice(c.contentStart, c.contentEnd), p).includes(prefix))
    .map((c) => getAttribute(c.tag, 'ref') ?? '');
}

export interface CommentsResult {
  xml: string;
  /** Cells that have a note now and had none before (they need a VML shape). */
  added: string[];
  /** Cells whose note was removed (their VML shape goes too). */
  removed: string[];
}

function ensureAuthor(xml: string, p: string): { xml: string; id: number } {
  let authors = firstElement(xml, `${p}authors`);
  if (!authors) {
    const list = xml.indexOf(`<${p}commentList`);
    xml = splice(xml, list, list, `<${p}authors></${p}authors>`);
    authors = firstElement(xml, `${p}authors`)!;
  }
  if (authors.tag.endsWith('/>')) {
    xml = splice(xml, authors.start, authors.end, `<${p}authors></${p}authors>`);
    authors = firstElement(xml, `${p}authors`)!;
  }
  const names = elements(xml, `${p}author`, authors.contentStart, authors.contentEnd).map((a) => unescapeXml(xml.slice(a.contentStart, a.contentEnd)));
  const found = names.indexOf(CERMAT_AUTHOR);
  if (found !== -1) return { xml, id: found };
  return { xml: splice(xml, authors.contentEnd, authors.contentEnd, `<${p}author>${CERMAT_AUTHOR}</${p}author>`), id: names.length };
}

export function changeComments(original: string, p: string, prefix: string, changes: readonly NoteChange[]): CommentsResult {
  let xml = original;
  const added: string[] = [];
  const removed: string[] = [];
  const newComments: string[] = [];
  let authorId: number | undefined;
  for (const change of changes) {
    const ref = change.cell.toUpperCase();
    const existing = elements(xml, `${p}comment`).find((c) => (getAttribute(c.tag, 'ref') ?? '').toUpperCase() === ref);
    if (!existing) {
      if (change.note === null) continue;
      if (authorId === undefined) ({ xml, id: authorId } = ensureAuthor(xml, p));
      newComments.push(`<${p}comment ref="${escapeAttribute(ref)}" authorId="${authorId}" shapeId="0">${textXml([{ properties: NOTE_FONT(p), text: change.note }], p)}</${p}comment>`);
      added.push(ref);
      continue;
    }
    const inner = xml.slice(existing.contentStart, existing.contentEnd);
    const text = firstElement(inner, `${p}text`);
    const runs = text ? runsOf(inner.slice(text.start, text.end), p) : [];
    const kept = userRuns(runs, prefix);
    if (change.note === null && kept.length === 0) {
      xml = splice(xml, existing.start, existing.end, '');
      removed.push(ref);
      continue;
    }
    const cermat: Run[] = change.note === null ? [] : [{ properties: kept[kept.length - 1]?.properties ?? NOTE_FONT(p), text: (kept.length > 0 ? '\n\n' : '') + change.note }];
    const replaced = textXml([...kept, ...cermat], p);
    const newInner = text ? splice(inner, text.start, text.end, replaced) : replaced + inner;
    xml = splice(xml, existing.contentStart, existing.contentEnd, newInner);
  }
  if (newComments.length > 0) {
    const list = firstElement(xml, `${p}commentList`);
    if (!list) {
      const close = xml.lastIndexOf(`</${p}comments>`);
      xml = splice(xml, close, close, `<${p}commentList>${newComments.join('')}</${p}commentList>`);
    } else if (list.tag.endsWith('/>')) {
      xml = splice(xml, list.start, list.end, `<${p}commentList>${newComments.join('')}</${p}commentList>`);
    } else {
      xml = splice(xml, list.contentEnd, list.contentEnd, newComments.join(''));
    }
  }
  return { xml, added, removed };
}

// --- VML ---------------------------------------------------------------------------------------

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export function emptyVml(idBlock: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${SHAPE_TYPE}</xml>`
  );
}

function noteShape(id: number, row: number, col: number): string {
  const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 2, ${col + 5}, 15, ${row + 6}, 16`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;` +
    'width:240pt;height:96pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

function shapeCell(shape: string): string | null {
  if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return null;
  const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
  const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
  return row && col ? `${row[1]}:${col[1]}` : null;
}

/** The VML with a hidden note shape for each added cell and none for each removed one. */
export function changeVml(original: string, added: readonly string[], removed: readonly string[], nextShapeId: () => number): string {
  let xml = original;
  const gone = new Set(removed.map((a) => parseAddress(a)).flatMap((p) => (p ? [`${p.row}:${p.col}`] : [])));
  if (gone.size > 0) {
    const shapes = elements(xml, 'v:shape').filter((s) => gone.has(shapeCell(xml.slice(s.start, s.end)) ?? ''));
    for (const s of shapes.reverse()) xml = splice(xml, s.start, s.end, '');
  }
  if (added.length === 0) return xml;
  if (!/id\s*=\s*["']_x0000_t202["']/.test(xml)) {
    const root = /<xml\b[^>]*>/.exec(xml);
    const at = root ? root.index + root[0].length : 0;
    xml = splice(xml, at, at, SHAPE_TYPE);
  }
  for (const [prefix, ns] of [
    ['v', 'urn:schemas-microsoft-com:vml'],
    ['o', 'urn:schemas-microsoft-com:office:office'],
    ['x', 'urn:schemas-microsoft-com:office:excel'],
  ]) {
    if (!xml.includes(`xmlns:${prefix}=`)) xml = xml.replace(/<xml\b/, `<xml xmlns:${prefix}="${ns}"`);
  }
  const present = new Set(elements(xml, 'v:shape').map((s) => shapeCell(xml.slice(s.start, s.end))));
  const shapes: string[] = [];
  for (const a of added) {
    const pos = parseAddress(a);
    if (!pos || present.has(`${pos.row}:${pos.col}`)) continue;
    shapes.push(noteShape(nextShapeId(), pos.row, pos.col));
  }
  const close = xml.lastIndexOf('</xml>');
  return close === -1 ? xml + shapes.join('') : splice(xml, close, close, shapes.join(''));
}
