/**
 * An .xlsx package → the core's WorkbookModel for the check, read straight from its SpreadsheetML
 * without ExcelJS: the workbook part for the sheets in order, the shared strings and styles, then
 * each sheet's part, one at a time, as a stream of chunks counted against the reading limits
 * (budget.ts). Only those parts are unpacked. Gives the model ExcelJS + `workbookFromExcelJs`
 * give (read.ts); the equivalence is tested on every workbook the tests hold. No Node imports.
 */
import JSZip from 'jszip';
import type { SheetModel, WorkbookModel } from '../core/model/workbook';
import { Budget, LimitReached, type Limits, tooLarge } from './budget';
import { NO_STYLES, StylesHandler } from './cell-styles';
import { corrupt, noSheets, WorkbookLoadError } from './errors';
import { openZip, partName, scanText, SHEET_PART, shortSheetName, workbookTarget } from './package';
import { SharedStringsHandler } from './shared-strings';
import { type SheetContext, SheetReader } from './sheet-xml';
import { decodeXml, scanTags, Tag, type TagHandler } from './xml-scan';

interface SheetEntry {
  name: string;
  relationship: string | undefined;
}

const WORKBOOK_NAMES = ['sheet', 'workbookPr'] as const;

/** The sheets in workbook order (names cut as Excel allows), and the date system. */
class WorkbookHandler implements TagHandler {
  readonly names = WORKBOOK_NAMES;
  readonly collecting = false;
  readonly sheets: SheetEntry[] = [];
  date1904 = false;
  open(name: number, tag: Tag): void {
    if (name === 0) {
      // ExcelJS decodes the name once more than XML does.
      this.sheets.push({ name: shortSheetName(decodeXml(tag.value('name') ?? '')), relationship: tag.value('id', true) });
    } else this.date1904 = tag.value('date1904') === '1';
  }
  close(): void {}
  text(): void {}
}

/** A relationships part: Id → Target. */
class RelationshipsHandler implements TagHandler {
  readonly names = ['Relationship'];
  readonly collecting = false;
  readonly targets = new Map<string, string>();
  open(_name: number, tag: Tag): void {
    const id = tag.value('Id');
    const target = tag.value('Target');
    if (id !== undefined && target !== undefined) this.targets.set(id, target);
  }
  close(): void {}
  text(): void {}
}

/** Hands a part's text, chunk by chunk, to `handler` (nothing when there is no such part). */
async function readPart<H extends TagHandler>(file: JSZip.JSZipObject | undefined, budget: Budget, handler: H): Promise<H> {
  if (file) {
    const tag = new Tag();
    await scanText(file, budget, (text) => scanTags(text, handler, tag));
  }
  return handler;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

async function readSheet(parts: Map<string, JSZip.JSZipObject>, part: string, name: string, context: SheetContext, budget: Budget): Promise<SheetModel> {
  const file = parts.get(part)!;
  const reader = await readPart(file, budget, new SheetReader(budget, context));
  if (!reader.sawWorksheet) throw new Error(`no worksheet in ${part}`);
  if (reader.hyperlinks.length === 0) return reader.model(name, part, budget);
  // A hyperlink takes its cell's formula and leaves only text: read the cells again knowing them.
  const rels = await readPart(parts.get(relsPart(part)), budget, new RelationshipsHandler());
  const linked = new Set(reader.hyperlinks.filter((h) => rels.targets.has(h.relationship)).map((h) => h.ref));
  if (linked.size === 0) return reader.model(name, part, budget);
  // The cells were counted the first time.
  const uncounted = new Budget(budget.limits);
  return (await readPart(file, uncounted, new SheetReader(uncounted, context, linked))).model(name, part, budget);
}

/** Reads the model within the limits; throws WorkbookLoadError ('too-large', 'corrupt'). */
export async function readWorkbookModel(bytes: Uint8Array, name: string, limits: Limits): Promise<WorkbookModel> {
  const zip = await openZip(bytes, name);
  const budget = new Budget(limits);
  try {
    const parts = new Map(Object.values(zip.files).filter((file) => !file.dir).map((file) => [partName(file.name), file]));
    const workbook = await readPart(parts.get('xl/workbook.xml'), budget, new WorkbookHandler());
    const rels = await readPart(parts.get('xl/_rels/workbook.xml.rels'), budget, new RelationshipsHandler());
    const strings = (await readPart(parts.get('xl/sharedStrings.xml'), budget, new SharedStringsHandler(budget))).strings;
    const styles = parts.has('xl/styles.xml') ? (await readPart(parts.get('xl/styles.xml'), budget, new StylesHandler())).styles() : NO_STYLES;
    const context: SheetContext = { strings, styles, date1904: workbook.date1904 };
    const sheets: SheetModel[] = [];
    for (const sheet of workbook.sheets) {
      const target = sheet.relationship === undefined ? undefined : rels.targets.get(sheet.relationship);
      const part = target === undefined ? undefined : workbookTarget(target);
      if (part !== undefined && SHEET_PART.test(part) && parts.has(part)) sheets.push(await readSheet(parts, part, sheet.name, context, budget));
    }
    if (sheets.length === 0) throw noSheets(name);
    return { name, sheets };
  } catch (e) {
    if (e instanceof LimitReached) throw tooLarge(name, budget, limits);
    if (e instanceof WorkbookLoadError) throw e;
    throw corrupt(name);
  }
}
