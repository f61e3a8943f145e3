/**
 * The workbook part's sheet list: which sheet is which part, and the edits the marked copy makes
 * to it (a sheet added, renamed or removed), keeping sheet-scoped names and the active tab right.
 */
import type { XlsxPackage } from './package';
import { elements, escapeAttribute, firstElement, getAttribute, namespacePrefix, REL_NS, rootPrefix, setAttribute, splice } from './xml';

export interface SheetEntry {
  name: string;
  /** Position in the workbook's sheet list. */
  index: number;
  relId: string;
  /** The part, or '' when the relationship is missing. */
  path: string;
  kind: 'worksheet' | 'chartsheet' | 'other';
}

function relIdOf(tag: string): string {
  return /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? '';
}

export class WorkbookPart {
  private constructor(
    readonly path: string,
    private xml: string,
    readonly p: string,
    readonly sheets: SheetEntry[],
  ) {}

  static async open(pkg: XlsxPackage, path: string): Promise<WorkbookPart> {
    const xml = (await pkg.text(path)) as string;
    const p = rootPrefix(xml, 'workbook');
    const rels = await pkg.relationships(path);
    const sheets = WorkbookPart.sheetsOf(xml, p).map((s, index): SheetEntry => {
      const rel = rels.find((r) => r.id === s.relId);
      const kind = rel?.type.endsWith('/worksheet') ? 'worksheet' : rel?.type.endsWith('/chartsheet') ? 'chartsheet' : 'other';
      return { name: s.name, index, relId: s.relId, path: rel && !rel.external ? rel.path : '', kind };
    });
    return new WorkbookPart(path, xml, p, sheets);
  }

  private static sheetsOf(xml: string, p: string): { name: string; relId: string; start: number; end: number }[] {
    const list = firstElement(xml, `${p}sheets`);
    if (!list) return [];
    return elements(xml, `${p}sheet`, list.contentStart, list.contentEnd).map((s) => ({
      name: getAttribute(s.tag, 'name') ?? '',
      relId: relIdOf(s.tag),
      start: s.start,
      end: s.end,
    }));
  }

  text(): string {
    return this.xml;
  }

  private sheetSpan(index: number) {
    return WorkbookPart.sheetsOf(this.xml, this.p)[index];
  }

  rename(index: number, name: string): void {
    const span = this.sheetSpan(index);
    const tag = this.xml.slice(span.start, span.end);
    this.xml = splice(this.xml, span.start, span.end, setAttribute(tag, 'name', name));
    this.sheets[index].name = name;
  }

  addSheet(name: string, relId: string): void {
    const ids = elements(this.xml, `${this.p}sheet`).map((s) => Number(getAttribute(s.tag, 'sheetId') ?? 0));
    const sheetId = Math.max(0, ...ids) + 1;
    const r = namespacePrefix(this.xml, REL_NS);
    const idAttribute = r ? `${r}id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
    const element = `<${this.p}sheet name="${escapeAttribute(name)}" sheetId="${sheetId}" ${idAttribute}/>`;
    const list = firstElement(this.xml, `${this.p}sheets`);
    if (!list) throw new Error('workbook without sheets');
    this.xml = list.tag.endsWith('/>')
      ? splice(this.xml, list.start, list.end, `${list.tag.slice(0, -2)}>${element}</${this.p}sheets>`)
      : splice(this.xml, list.contentEnd, list.contentEnd, element);
  }

  /** Takes sheet `index` out of the list; sheet-scoped names and view indexes after it move up. */
  removeSheet(index: number): void {
    const span = this.sheetSpan(index);
    this.xml = splice(this.xml, span.start, span.end, '');
    const names = elements(this.xml, `${this.p}definedName`).reverse();
    for (const n of names) {
      const local = getAttribute(n.tag, 'localSheetId');
      if (local === undefined) continue;
      const id = Number(local);
      if (id === index) this.xml = splice(this.xml, n.start, n.end, '');
      else if (id > index) this.xml = splice(this.xml, n.start, n.start + n.tag.length, setAttribute(n.tag, 'localSheetId', String(id - 1)));
    }
    for (const view of elements(this.xml, `${this.p}workbookView`).reverse()) {
      let tag = view.tag;
      for (const attribute of ['activeTab', 'firstSheet']) {
        const value = getAttribute(tag, attribute);
        if (value !== undefined && Number(value) >= index && Number(value) > 0) tag = setAttribute(tag, attribute, String(Number(value) - 1));
      }
      this.xml = splice(this.xml, view.start, view.start + view.tag.length, tag);
    }
    this.sheets.splice(index, 1);
    this.sheets.forEach((s, i) => (s.index = i));
  }
}
