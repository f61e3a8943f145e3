/**
 * The marked copy: the original workbook with each finding's cell filled and annotated, plus the
 * "Hasil Pemeriksaan" sheet listing the findings with links to their cells.
 *
 * The copy is the original package patched in place, not a workbook re-written by a library: a
 * fill is a new cell format appended to the styles, a note is added to the sheet's comments part
 * and its VML drawing, the report sheet is one new worksheet part. Every other part — charts,
 * images, tables, conditional formats, validation, names, print settings, protection, properties —
 * keeps its exact bytes. Marks from an earlier run (Cermat's note text, its fill on that cell, its
 * report sheet) are recognised and replaced, so a copy can be checked again after fixing.
 * The input is never modified. No Node imports (the browser host can offer the copy as a download).
 */
import { marksForFindings, NOTE_PREFIX, SEVERITY_FILLS } from '../core/changes/marks';
import { REPORT_SHEET_NAME, REPORT_SHEET_TITLE, reportSheet } from '../core/changes/report-sheet';
import { parseAddress } from '../core/model/address';
import { formatNumber } from '../core/numbers/format';
import type { CellWrite } from '../host/types';
import type { Report } from '../core/report';
import { SheetCells } from './patch/cells';
import { cellsWithCermatNotes, changeComments, changeVml, EMPTY_COMMENTS, emptyVml, type NoteChange } from './patch/notes';
import { REL_TYPE, relsPathOf, XlsxPackage, type Relationship } from './patch/package';
import { reportSheetXml } from './patch/report-sheet-xml';
import { MINIMAL_STYLES, Styles } from './patch/styles';
import { WorkbookPart, type SheetEntry } from './patch/workbook';
import { elements, firstElement, namespacePrefix, REL_NS, rootPrefix, splice, textOf } from './patch/xml';

/** The copy cannot be made; `message` is Indonesian and says why. */
export class MarkedCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkedCopyError';
  }
}

const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
const STRICT_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
/** A sheet part larger than this is not patched (it would not fit in memory as text). */
const MAX_SHEET_BYTES = 128 * 1024 * 1024;
const CERMAT_FILLS = new Set(Object.values(SEVERITY_FILLS));
const OWN_SHEET_NAME = /^Hasil Pemeriksaan( \(\d+\))?$/i;
/**
 * Elements a worksheet may hold after <legacyDrawing>, in schema order: the new one goes before
 * the first of them present.
 */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function relOfType(rels: Relationship[], suffix: string): Relationship | undefined {
  return rels.find((r) => !r.external && r.type.endsWith(suffix));
}

async function workbookPath(pkg: XlsxPackage, file: string): Promise<string> {
  const path = relOfType(await pkg.relationships(''), '/officeDocument')?.path ?? 'xl/workbook.xml';
  const xml = await pkg.text(path);
  if (xml === null) throw new MarkedCopyError(`"${file}" tidak berisi bagian buku kerja (xl/workbook.xml).`);
  if (xml.includes(STRICT_NS)) {
    throw new MarkedCopyError(`"${file}" berformat Strict Open XML. Simpan ulang di Excel sebagai "Buku Kerja Excel (.xlsx)", lalu periksa lagi.`);
  }
  return path;
}

async function sheetText(pkg: XlsxPackage, sheet: SheetEntry): Promise<string> {
  const size = pkg.statedSize(sheet.path) ?? 0;
  if (size > MAX_SHEET_BYTES) {
    throw new MarkedCopyError(`lembar "${sheet.name}" terlalu besar untuk diberi tanda (${formatNumber(Math.round(size / 1048576))} MB XML); periksa tanpa --keluaran.`);
  }
  const xml = await pkg.text(sheet.path);
  if (xml === null) throw new MarkedCopyError(`bagian lembar "${sheet.name}" (${sheet.path}) tidak ada di dalam berkas.`);
  return xml;
}

class Marker {
  private sharedStrings: string[] | undefined;
  private lastShapeId = 0;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly workbook: WorkbookPart,
    private readonly styles: Styles,
  ) {}

  private async loadSharedStrings(): Promise<string[]> {
    if (!this.sharedStrings) {
      const path = relOfType(await this.pkg.relationships(this.workbook.path), '/sharedStrings')?.path;
      const xml = path ? ((await this.pkg.text(path)) ?? '') : '';
      const p = rootPrefix(xml, 'sst');
      this.sharedStrings = elements(xml, `${p}si`).map((si) => textOf(xml.slice(si.contentStart, si.contentEnd), p));
    }
    return this.sharedStrings;
  }

  /** Cermat's own report sheets: named like it, with its title in A1. */
  async ownReportSheets(): Promise<SheetEntry[]> {
    const out: SheetEntry[] = [];
    for (const sheet of this.workbook.sheets) {
      if (sheet.kind !== 'worksheet' || !OWN_SHEET_NAME.test(sheet.name)) continue;
      const xml = await sheetText(this.pkg, sheet);
      const strings = await this.loadSharedStrings();
      const title = new SheetCells(xml, rootPrefix(xml, 'worksheet')).cellText('A1', (i) => strings[i] ?? '');
      if (title === REPORT_SHEET_TITLE) out.push(sheet);
    }
    return out;
  }

  /** Fills and notes of one worksheet: today's findings marked, Cermat's earlier marks elsewhere removed. */
  async markSheet(sheet: SheetEntry, writes: readonly CellWrite[]): Promise<void> {
    const rels = await this.pkg.relationships(sheet.path);
    const commentsPath = relOfType(rels, '/comments')?.path;
    const commentsXml = commentsPath ? await this.pkg.text(commentsPath) : null;
    const marked = new Set(writes.map((w) => w.cell.toUpperCase()));
    const stale = commentsXml
      ? cellsWithCermatNotes(commentsXml, rootPrefix(commentsXml, 'comments'), NOTE_PREFIX).filter((c) => !marked.has(c.toUpperCase()) && parseAddress(c))
      : [];
    if (writes.length === 0 && stale.length === 0) return;

    let xml = await sheetText(this.pkg, sheet);
    const p = rootPrefix(xml, 'worksheet');
    const cells = new SheetCells(xml, p);
    const targets = [...writes.map((w) => ({ cell: w.cell, fill: w.fill ?? null })), ...stale.map((cell) => ({ cell, fill: null }))];
    const current = cells.styles(targets.map((t) => parseAddress(t.cell)!));
    const restyled = new Map<string, number>();
    targets.forEach((t, i) => {
      if (t.fill !== null) restyled.set(t.cell, this.styles.cellFormat({ base: current[i], fill: t.fill }));
      else if (CERMAT_FILLS.has(this.styles.solidFillOf(current[i]) ?? '')) restyled.set(t.cell, this.styles.withoutFill(current[i], CERMAT_FILLS));
    });
    cells.setStyles(restyled);
    xml = cells.text();

    const threaded = await this.threadedCells(rels);
    const notes: NoteChange[] = [
      ...writes.filter((w) => w.note && !threaded.has(w.cell.toUpperCase())).map((w) => ({ cell: w.cell, note: w.note as string })),
      ...stale.map((cell) => ({ cell, note: null })),
    ];
    xml = await this.changeNotes(sheet, xml, p, notes, commentsPath, commentsXml);
    this.pkg.setText(sheet.path, xml);
  }

  /**
   * Shape ids for new notes, unique in the workbook: after every `_x0000_sN` id and every id block
   * (`o:idmap data`, 1024 ids each) any drawing uses.
   */
  private async shapeIds(): Promise<{ next: () => number; newBlock: () => number }> {
    if (!this.lastShapeId) {
      let last = 1024;
      for (const path of this.pkg.paths().filter((p) => p.toLowerCase().endsWith('.vml'))) {
        const xml = (await this.pkg.text(path)) ?? '';
        for (const m of xml.matchAll(/<(?:[\w.-]+:)?idmap\b[^>]*\bdata\s*=\s*["']([\d,\s]+)["']/g)) {
          last = Math.max(last, ...m[1].split(/[,\s]+/).filter(Boolean).map((b) => Number(b) * 1024 + 1023));
        }
        for (const m of xml.matchAll(/_x0000_s(\d+)/g)) last = Math.max(last, Number(m[1]));
      }
      this.lastShapeId = last;
    }
    return {
      next: () => ++this.lastShapeId,
      /** Starts a new block for a new drawing and returns its number. */
      newBlock: () => {
        const block = Math.floor(this.lastShapeId / 1024) + 1;
        this.lastShapeId = block * 1024;
        return block;
      },
    };
  }

  /** Cells with a threaded comment (Excel 365): their note mirrors the thread and is left alone. */
  private async threadedCells(rels: Relationship[]): Promise<Set<string>> {
    const path = relOfType(rels, '/threadedComment')?.path;
    const xml = path ? ((await this.pkg.text(path)) ?? '') : '';
    return new Set([...xml.matchAll(/\sref="([A-Za-z]+\d+)"/g)].map((m) => m[1].toUpperCase()));
  }

  private async changeNotes(
    sheet: SheetEntry,
    sheetXml: string,
    p: string,
    notes: NoteChange[],
    commentsPath: string | undefined,
    commentsXml: string | null,
  ): Promise<string> {
    if (notes.length === 0) return sheetXml;
    const original = commentsXml ?? EMPTY_COMMENTS;
    const result = changeComments(original, rootPrefix(original, 'comments'), NOTE_PREFIX, notes);
    let path = commentsPath;
    if (!path) {
      path = this.pkg.freePath('xl/comments', '.xml');
      await this.pkg.addRelationship(sheet.path, `${REL_TYPE}/comments`, path);
    }
    await this.pkg.declareType('Override', `/${path}`, CONTENT_TYPES.comments);
    this.pkg.setText(path, result.xml);
    if (result.added.length === 0 && result.removed.length === 0) return sheetXml;

    const legacy = firstElement(sheetXml, `${p}legacyDrawing`);
    const rels = await this.pkg.relationships(sheet.path);
    const vmlPath = legacy ? rels.find((r) => r.id === /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(legacy.tag)?.[1])?.path : undefined;
    const ids = await this.shapeIds();
    if (vmlPath) {
      this.pkg.setText(vmlPath, changeVml((await this.pkg.text(vmlPath)) ?? emptyVml(ids.newBlock()), result.added, result.removed, ids.next));
      return sheetXml;
    }
    if (result.added.length === 0) return sheetXml;
    const newVml = this.pkg.freePath('xl/drawings/vmlDrawing', '.vml');
    this.pkg.setText(newVml, changeVml(emptyVml(ids.newBlock()), result.added, [], ids.next));
    await this.pkg.declareType('Default', 'vml', CONTENT_TYPES.vml);
    const id = await this.pkg.addRelationship(sheet.path, `${REL_TYPE}/vmlDrawing`, newVml);
    return withLegacyDrawing(sheetXml, p, id);
  }

  /** Writes the report sheet: over Cermat's earlier one (others of its kind removed), or as a new last sheet. */
  async writeReportSheet(report: Report): Promise<void> {
    const own = await this.ownReportSheets();
    const xml = reportSheetXml(reportSheet(report), report, this.styles);
    const [reused, ...extra] = own;
    for (const sheet of [...extra].sort((a, b) => b.index - a.index)) await this.removeSheet(sheet);
    const taken = new Set(this.workbook.sheets.filter((s) => s !== reused).map((s) => s.name.toLowerCase()));
    let name = REPORT_SHEET_NAME;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${REPORT_SHEET_NAME} (${n})`;
    if (reused) {
      this.pkg.setText(reused.path, xml);
      this.pkg.remove(relsPathOf(reused.path));
      if (reused.name !== name) this.workbook.rename(reused.index, name);
      return;
    }
    const path = this.pkg.freePath('xl/worksheets/sheet', '.xml');
    this.pkg.setText(path, xml);
    await this.pkg.declareType('Override', `/${path}`, CONTENT_TYPES.worksheet);
    this.workbook.addSheet(name, await this.pkg.addRelationship(this.workbook.path, `${REL_TYPE}/worksheet`, path));
  }

  private async removeSheet(sheet: SheetEntry): Promise<void> {
    this.workbook.removeSheet(sheet.index);
    await this.pkg.removeRelationship(this.workbook.path, sheet.relId);
    this.pkg.remove(sheet.path);
    this.pkg.remove(relsPathOf(sheet.path));
    await this.pkg.undeclarePart(`/${sheet.path}`);
  }
}

/** The sheet with `<legacyDrawing r:id>` in its schema place. */
function withLegacyDrawing(xml: string, p: string, id: string): string {
  const r = namespacePrefix(xml, REL_NS);
  const element = r ? `<${p}legacyDrawing ${r}id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${REL_NS}" r:id="${id}"/>`;
  const positions = AFTER_LEGACY_DRAWING.map((name) => firstElement(xml, `${p}${name}`)?.start).filter((i): i is number => i !== undefined);
  const at = positions.length > 0 ? Math.min(...positions) : xml.lastIndexOf(`</${p}worksheet>`);
  return splice(xml, at, at, element);
}

async function openStyles(pkg: XlsxPackage, workbook: WorkbookPart): Promise<{ path: string; styles: Styles }> {
  let path = relOfType(await pkg.relationships(workbook.path), '/styles')?.path;
  let xml = path ? await pkg.text(path) : null;
  if (!path || xml === null) {
    path = path ?? 'xl/styles.xml';
    xml = MINIMAL_STYLES;
    await pkg.addRelationship(workbook.path, `${REL_TYPE}/styles`, path);
    await pkg.declareType('Override', `/${path}`, CONTENT_TYPES.styles);
  }
  return { path, styles: new Styles(xml, rootPrefix(xml, 'styleSheet')) };
}

function writesBySheet(writes: readonly CellWrite[]): Map<string, CellWrite[]> {
  const out = new Map<string, CellWrite[]>();
  for (const w of writes) {
    if (!parseAddress(w.cell)) continue;
    out.set(w.sheet, [...(out.get(w.sheet) ?? []), w]);
  }
  return out;
}

/** The original bytes with the findings marked and the report sheet added, as a new .xlsx. */
export async function writeMarkedCopy(original: ArrayBuffer | Uint8Array, report: Report): Promise<Uint8Array> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(bytes);
  } catch {
    throw new MarkedCopyError(`"${report.file}" tidak dapat dibuka sebagai arsip .xlsx.`);
  }
  const workbook = await WorkbookPart.open(pkg, await workbookPath(pkg, report.file));
  const { path: stylesPath, styles } = await openStyles(pkg, workbook);
  const marker = new Marker(pkg, workbook, styles);
  const own = new Set((await marker.ownReportSheets()).map((s) => s.path));
  const writes = writesBySheet(marksForFindings(report.findings).writes);
  for (const sheet of workbook.sheets) {
    if (sheet.kind !== 'worksheet' || !sheet.path || own.has(sheet.path)) continue;
    await marker.markSheet(sheet, writes.get(sheet.name) ?? []);
  }
  await marker.writeReportSheet(report);
  pkg.setText(stylesPath, styles.text());
  pkg.setText(workbook.path, workbook.text());
  return await pkg.bytes();
}

