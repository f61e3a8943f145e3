/**
 * An .xlsx package (OPC zip) opened for patching: parts read and replaced as text, relationships
 * and content types added. Parts never written keep their exact bytes (and their compressed data).
 */
import JSZip from 'jszip';
import { elements, escapeAttribute, getAttribute, splice } from './xml';

export const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  /** The target part, absolute in the package without the leading `/` (`xl/worksheets/sheet1.xml`). */
  path: string;
  external: boolean;
}

/** The parent folder of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets`. */
function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** `xl/worksheets` + `../drawings/d1.xml` → `xl/drawings/d1.xml`; a leading `/` is the package root. */
export function resolvePath(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The target of `to` as a relationship from `from` writes it: `../comments1.xml`. */
function relativePath(from: string, to: string): string {
  const base = folderOf(from).split('/').filter(Boolean);
  const target = to.split('/');
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

export function relsPathOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length ? folder.length + 1 : 0);
  return `${folder ? folder + '/' : ''}_rels/${name}.rels`;
}

interface Entry {
  uncompressedSize?: number;
}

export class XlsxPackage {
  private readonly changed = new Map<string, string | null>();

  private constructor(private readonly zip: JSZip) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return new XlsxPackage(await JSZip.loadAsync(bytes));
  }

  has(path: string): boolean {
    if (this.changed.has(path)) return this.changed.get(path) !== null;
    const file = this.zip.file(path);
    return file !== null && !file.dir;
  }

  /** Every part (file) of the package, as it will be written. */
  paths(): string[] {
    const stored = Object.values(this.zip.files).filter((f) => !f.dir).map((f) => f.name);
    const all = new Set([...stored, ...this.changed.keys()]);
    return [...all].filter((p) => this.changed.get(p) !== null);
  }

  /** Uncompressed size as the zip states it (before reading), or undefined. */
  statedSize(path: string): number | undefined {
    const file = this.zip.file(path) as unknown as { _data?: Entry } | null;
    return file?._data?.uncompressedSize;
  }

  async text(path: string): Promise<string | null> {
    if (this.changed.has(path)) return this.changed.get(path) ?? null;
    const file = this.zip.file(path);
    return file && !file.dir ? await file.async('string') : null;
  }

  setText(path: string, text: string): void {
    this.changed.set(path, text);
  }

  remove(path: string): void {
    this.changed.set(path, null);
  }

  /** `xl/worksheets/sheet` + `.xml` → the first free `xl/worksheets/sheetN.xml`. */
  freePath(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const path = `${stem}${n}${extension}`;
      const taken = this.has(path) || Object.keys(this.zip.files).some((p) => p.toLowerCase() === path.toLowerCase());
      if (!taken) return path;
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const xml = await this.text(relsPathOf(part));
    if (!xml) return [];
    return elements(xml, 'Relationship').map((r) => {
      const external = getAttribute(r.tag, 'TargetMode') === 'External';
      const target = getAttribute(r.tag, 'Target') ?? '';
      return {
        id: getAttribute(r.tag, 'Id') ?? '',
        type: getAttribute(r.tag, 'Type') ?? '',
        path: external ? target : resolvePath(folderOf(part), target),
        external,
      };
    });
  }

  /** Adds a relationship from `part` to `target` (a package path) and returns its id. */
  async addRelationship(part: string, type: string, target: string): Promise<string> {
    const relsPath = relsPathOf(part);
    const xml =
      (await this.text(relsPath)) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const ids = new Set(elements(xml, 'Relationship').map((r) => getAttribute(r.tag, 'Id')));
    let n = ids.size + 1;
    while (ids.has(`rIdCermat${n}`)) n++;
    const id = `rIdCermat${n}`;
    const element = `<Relationship Id="${id}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(relativePath(part, target))}"/>`;
    this.setText(relsPath, appendChild(xml, 'Relationships', element));
    return id;
  }

  async removeRelationship(part: string, id: string): Promise<void> {
    const relsPath = relsPathOf(part);
    const xml = await this.text(relsPath);
    if (!xml) return;
    const found = elements(xml, 'Relationship').find((r) => getAttribute(r.tag, 'Id') === id);
    if (found) this.setText(relsPath, splice(xml, found.start, found.end, ''));
  }

  /** Declares a part's content type (an Override), or an extension's (a Default) when not declared yet. */
  async declareType(kind: 'Override' | 'Default', key: string, contentType: string): Promise<void> {
    const path = '[Content_Types].xml';
    const xml = (await this.text(path)) ?? '';
    const attribute = kind === 'Override' ? 'PartName' : 'Extension';
    const existing = elements(xml, kind).some((e) => getAttribute(e.tag, attribute)?.toLowerCase() === key.toLowerCase());
    if (existing) return;
    this.setText(path, appendChild(xml, 'Types', `<${kind} ${attribute}="${escapeAttribute(key)}" ContentType="${escapeAttribute(contentType)}"/>`));
  }

  async undeclarePart(partName: string): Promise<void> {
    const path = '[Content_Types].xml';
    const xml = (await this.text(path)) ?? '';
    const found = elements(xml, 'Override').find((e) => getAttribute(e.tag, 'PartName')?.toLowerCase() === partName.toLowerCase());
    if (found) this.setText(path, splice(xml, found.start, found.end, ''));
  }

  async bytes(): Promise<Uint8Array> {
    for (const [path, text] of this.changed) {
      if (text === null) this.zip.remove(path);
      else this.zip.file(path, text, { createFolders: false });
    }
    return await this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** `xml` with `child` added as the last child of its root `root` (an empty root is opened up). */
export function appendChild(xml: string, root: string, child: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close !== -1) return splice(xml, close, close, child);
  const empty = new RegExp(`<${root}(\\s[^>]*)?/>`).exec(xml);
  if (!empty) throw new Error(`no <${root}> element`);
  const open = empty[0].slice(0, -2) + '>';
  return splice(xml, empty.index, empty.index + empty[0].length, `${open}${child}</${root}>`);
}
