/**
 * The zip package of an .xlsx, looked at before ExcelJS builds its objects from it: the work a
 * workbook costs is bounded, and what other producers write differently from Excel is put in the
 * form ExcelJS reads. No Node imports (the browser host uses it too).
 *
 * - Limits: every part is unpacked as a stream and counted (never trusting the sizes the zip
 *   claims), and reading stops as soon as the workbook has more cells and rows, merged cells,
 *   shared strings or unpacked bytes than `LIMITS` allows.
 * - Merges are clipped to the sheet's used range before ExcelJS expands them (one merge
 *   H20:XFD1048576 is 17 billion cells otherwise); merges that overlap an earlier one are dropped,
 *   as Excel does when it repairs such a file.
 * - Relationship targets written as absolute paths (openpyxl: `/xl/drawings/drawing1.xml`) are made
 *   relative, drawings written in the default namespace (openpyxl) get the `xdr:` prefix, and part
 *   names with backslashes get forward slashes.
 */
import JSZip from 'jszip';
import { Budget, cellRef, clipMerges, type ClippedMerge, LimitReached, LIMITS, letters, type Limits, type Rect, rectOf, SheetTally, tooLarge } from './budget';
import { corrupt, WorkbookLoadError } from './errors';
import { decodeXml } from './xml-scan';

export { type ClippedMerge, LIMITS, type Limits, tooLarge } from './budget';

export interface PreparedPackage {
  /** The bytes to give ExcelJS: the original ones when nothing had to change. */
  bytes: Uint8Array;
  merges: ClippedMerge[];
  /** Cells the data validation rules cover, as ExcelJS would store them one by one. */
  validationCells: number;
}

/** JSZip's chunked reader (not in its type declarations). */
interface PartStream {
  on(event: 'data', fn: (chunk: string | Uint8Array) => void): PartStream;
  on(event: 'end', fn: () => void): PartStream;
  on(event: 'error', fn: (e: unknown) => void): PartStream;
  resume(): PartStream;
  pause(): PartStream;
}

function streamOf(file: JSZip.JSZipObject, type: 'string' | 'uint8array'): PartStream {
  return (file as unknown as { internalStream(t: string): PartStream }).internalStream(type);
}

/** No tag in a workbook part is this long; a part that has one is damaged (and would make every chunk slow). */
const MAX_TAG = 4 * 1024 * 1024;

/** Calls `scan` on the part's text chunk by chunk; a tag cut at a chunk's end is carried to the next. */
export function scanText(file: JSZip.JSZipObject, budget: Budget, scan: (text: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let carry = '';
    const stream = streamOf(file, 'string');
    stream
      .on('data', (chunk) => {
        try {
          budget.bytes += chunk.length;
          const text = carry + (chunk as string);
          const cut = text.lastIndexOf('<');
          const end = cut > text.lastIndexOf('>') ? cut : text.length;
          carry = text.slice(end);
          if (carry.length > MAX_TAG) throw new Error('tag too long');
          scan(text.slice(0, end));
          budget.check();
        } catch (e) {
          stream.pause();
          reject(e);
        }
      })
      .on('error', reject)
      .on('end', () => {
        try {
          scan(carry);
          resolve();
        } catch (e) {
          reject(e);
        }
      })
      .resume();
  });
}

function countBytes(file: JSZip.JSZipObject, budget: Budget): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = streamOf(file, 'uint8array');
    stream
      .on('data', (chunk) => {
        budget.bytes += chunk.length;
        try {
          budget.check();
        } catch (e) {
          stream.pause();
          reject(e);
        }
      })
      .on('error', reject)
      .on('end', resolve)
      .resume();
  });
}

const CELL_TAG = /<((?:[A-Za-z_][\w.-]*:)?)(c|row|mergeCell|dataValidation)(?=[\s/>])([^>]*)>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`);
const SQREF_ATTRIBUTE = ATTRIBUTE('sqref');
const R_ATTRIBUTE = ATTRIBUTE('r');
const REF_ATTRIBUTE = ATTRIBUTE('ref');

/** One worksheet part: its cells and rows counted, its used range (every cell written, also styled empty ones) and merges collected. */
async function scanSheet(file: JSZip.JSZipObject, budget: Budget): Promise<{ used: Rect | null; merges: string[]; unnumbered: boolean }> {
  const tally = new SheetTally(budget);
  let unnumbered = false;
  await scanText(file, budget, (text) => {
    for (const [, , tag, attributes] of text.matchAll(CELL_TAG)) {
      if (tag === 'dataValidation') {
        for (const ref of SQREF_ATTRIBUTE.exec(attributes)?.[1].split(/\s+/) ?? []) {
          const rect = rectOf(ref);
          if (rect) budget.validationCells += (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
        }
        continue;
      }
      if (tag === 'mergeCell') {
        tally.addMerge(REF_ATTRIBUTE.exec(attributes)?.[1] ?? null);
        continue;
      }
      const r = R_ATTRIBUTE.exec(attributes);
      unnumbered ||= !r;
      if (tag === 'row') {
        tally.addRow(r ? Number(r[1]) : null);
        continue;
      }
      const at = r ? cellRef(r[1]) : null;
      tally.addCell(at?.row ?? 0, at?.col ?? 0);
    }
  });
  return { used: tally.usedRange, merges: tally.merges, unnumbered };
}

/** Rows and cells written without their `r` attribute (the format allows it; ExcelJS needs it) get one. */
function numberedCells(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(CELL_TAG, (whole, prefix: string, tag: string, attributes: string) => {
    if (tag === 'mergeCell' || tag === 'dataValidation') return whole;
    const r = R_ATTRIBUTE.exec(attributes);
    if (tag === 'row') {
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      return r ? whole : `<${prefix}row r="${row}"${attributes}>`;
    }
    const at = r ? cellRef(r[1]) : null;
    if (at) ({ row, col } = at);
    else col++;
    return r ? whole : `<${prefix}c r="${letters(col)}${row}"${attributes}>`;
  });
}

const MERGE_CELL = /<((?:[A-Za-z_][\w.-]*:)?)mergeCell\b[^>]*?\sref\s*=\s*["']([^"']*)["'][^>]*?(?:\/>|>\s*<\/\1mergeCell>)/g;

function rewriteMerges(xml: string, merges: ClippedMerge[]): string {
  const byOriginal = new Map(merges.map((m) => [m.original, m.clipped]));
  return xml.replace(MERGE_CELL, (whole, prefix: string, ref: string) => {
    const clipped = byOriginal.get(ref);
    if (clipped === undefined || clipped === ref) return whole;
    return clipped === null ? '' : `<${prefix}mergeCell ref="${clipped}"/>`;
  });
}

/** `/xl/drawings/drawing1.xml` seen from `xl/worksheets/_rels/sheet1.xml.rels` → `../drawings/drawing1.xml`. */
function relativeTarget(relsPart: string, target: string): string {
  const from = relsPart.replace(/_rels\/[^/]*$/, '').split('/').filter(Boolean);
  const to = target.slice(1).split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function relativeTargets(relsPart: string, xml: string): string {
  return xml.replace(/(<(?:[\w.-]+:)?Relationship\b[^>]*?\sTarget\s*=\s*")(\/[^"]*)(")/g, (whole, before: string, target: string, after: string) =>
    /TargetMode\s*=\s*"External"/.test(whole) ? whole : `${before}${relativeTarget(relsPart, target)}${after}`,
  );
}

const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** A drawing whose elements are in the default namespace, with the `xdr:` prefix ExcelJS expects. */
function prefixedDrawing(xml: string): string {
  if (!xml.includes(`xmlns="${DRAWING_NS}"`) || xml.split('xmlns="').length !== 2) return xml;
  return xml
    .replace(`xmlns="${DRAWING_NS}"`, `xmlns:xdr="${DRAWING_NS}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_tag, slash: string, name: string) => `<${slash}xdr:${name}`);
}

function encodeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Excel's limit on a sheet name; ExcelJS cuts longer names itself, but warns on the console (in English). */
const SHEET_NAME_LENGTH = 31;

/** A sheet name cut to the length Excel allows. */
export function shortSheetName(name: string): string {
  const chars = [...name];
  return chars.length > SHEET_NAME_LENGTH ? chars.slice(0, SHEET_NAME_LENGTH).join('') : name;
}

function shortSheetNames(xml: string): string {
  return xml.replace(/(<(?:[\w.-]+:)?sheet\b[^>]*?\sname\s*=\s*")([^"]*)(")/g, (whole, before: string, name: string, after: string) => {
    const decoded = decodeXml(name);
    const short = shortSheetName(decoded);
    return short !== decoded ? `${before}${encodeXml(short)}${after}` : whole;
  });
}

export const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHARED_STRINGS_PART = /^xl\/sharedStrings\.xml$/;
const TEXT_PART = /\.(xml|rels|vml)$/i;

/** A zip entry's part name: forward slashes, no leading one. */
export function partName(entry: string): string {
  return entry.replace(/\\/g, '/').replace(/^\//, '');
}

/** The package's zip directory; a damaged zip is WorkbookLoadError 'corrupt'. */
export async function openZip(bytes: Uint8Array, name: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw corrupt(name);
  }
}

/**
 * Reads the package once within the limits and returns the bytes ExcelJS should load; throws
 * WorkbookLoadError ('too-large' past a limit, 'corrupt' for a damaged zip).
 */
export async function preparePackage(bytes: Uint8Array, name: string, limits: Limits = LIMITS): Promise<PreparedPackage> {
  const zip = await openZip(bytes, name);
  const budget = new Budget(limits);
  const rewrites = new Map<string, (xml: string) => string>();
  const merges: ClippedMerge[] = [];
  try {
    for (const file of Object.values(zip.files)) {
      if (file.dir) continue;
      const part = partName(file.name);
      if (part !== file.name) rewrites.set(file.name, (xml) => xml);
      if (SHEET_PART.test(part)) {
        const sheet = await scanSheet(file, budget);
        const clipped = clipMerges(part, sheet.merges, sheet.used, budget);
        merges.push(...clipped);
        const mergesChanged = clipped.some((m) => m.clipped !== m.original);
        if (mergesChanged || sheet.unnumbered) {
          rewrites.set(file.name, (xml) => {
            const numbered = sheet.unnumbered ? numberedCells(xml) : xml;
            return mergesChanged ? rewriteMerges(numbered, clipped) : numbered;
          });
        }
      } else if (SHARED_STRINGS_PART.test(part)) {
        await scanText(file, budget, (text) => {
          budget.sharedStrings += text.match(/<(?:[\w.-]+:)?si\b/g)?.length ?? 0;
        });
      } else if (TEXT_PART.test(part)) {
        let absolute = false;
        let defaultDrawing = false;
        let longName = false;
        await scanText(file, budget, (text) => {
          absolute ||= part.endsWith('.rels') && /\sTarget\s*=\s*"\//.test(text);
          defaultDrawing ||= part.startsWith('xl/drawings/') && text.includes(`xmlns="${DRAWING_NS}"`);
          longName ||= part === 'xl/workbook.xml' && shortSheetNames(text) !== text;
        });
        if (absolute) rewrites.set(file.name, (xml) => relativeTargets(part, xml));
        if (longName) rewrites.set(file.name, shortSheetNames);
        if (defaultDrawing) rewrites.set(file.name, prefixedDrawing);
      } else {
        await countBytes(file, budget);
      }
    }
  } catch (e) {
    if (e instanceof LimitReached) throw tooLarge(name, budget, limits);
    if (e instanceof WorkbookLoadError) throw e;
    throw corrupt(name);
  }
  const validationCells = budget.validationCells;
  if (rewrites.size === 0) return { bytes, merges, validationCells };
  for (const [original, rewrite] of rewrites) {
    const part = partName(original);
    const file = zip.file(original)!;
    const content = TEXT_PART.test(part) ? rewrite(await file.async('string')) : await file.async('uint8array');
    zip.remove(original);
    zip.file(part, content);
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), merges, validationCells };
}

/** Part name a workbook relationship points at (`worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`). */
export function workbookTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = ['xl'];
  for (const step of target.split('/')) {
    if (step === '..') out.pop();
    else if (step !== '.') out.push(step);
  }
  return out.join('/');
}
