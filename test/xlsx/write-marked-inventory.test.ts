/**
 * The marked copy of rich workbooks (made by openpyxl and by LibreOffice, see rich/make-rich.py)
 * loses nothing: charts and a chart sheet, an image, a table, conditional formats, validation,
 * constant and formula names, print area and titles, fit-to-page, a manual page break, sheet
 * protection, frozen panes, a hidden sheet, notes and their formatting, internal and external
 * links, rich text, named styles, custom document properties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE_PREFIX } from '../../src/core/changes/marks';
import type { Finding, Report } from '../../src/core/report';
import { writeMarkedCopy } from '../../src/xlsx/write-marked';
import { inventory, lost, type Inventory } from './inventory';

const findings: Finding[] = [
  { sheet: 'Realisasi Anggaran', cell: 'D3', check: 'difference', severity: 'error', message: 'Sisa 400.000 tidak sama dengan pagu − realisasi = 500.000' },
  { sheet: 'Realisasi Anggaran', cell: 'A1', check: 'year', severity: 'warning', message: 'Judul tanpa tahun' },
  { sheet: 'Rincian', cell: 'C9', check: 'sum', severity: 'info', message: 'Sel kosong di bawah tabel' },
  { sheet: 'Tersembunyi', cell: 'A1', check: 'format', severity: 'info', message: 'Teks di lembar tersembunyi' },
  { sheet: 'Grafik', cell: 'A1', check: 'sum', severity: 'info', message: 'Lembar grafik tidak punya sel' },
];

function reportOf(file: string, list: Finding[]): Report {
  return { file, year: 2024, tables: [], findings: list };
}

/** Parts the copy may change: the package lists, the workbook, the styles, the marked sheets and their notes. */
const MAY_CHANGE = [
  /^\[Content_Types\]\.xml$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet[1-4]\.xml$/,
  /^xl\/worksheets\/_rels\/sheet[1-4]\.xml\.rels$/,
  /^xl\/comments.*\.xml$/,
  /^xl\/drawings\/.*\.vml$/,
];

function changedParts(original: Inventory, copy: Inventory): string[] {
  return [...original.parts].filter(([name, bytes]) => !Buffer.from(bytes).equals(Buffer.from(copy.parts.get(name) ?? []))).map(([name]) => name);
}

describe.each(['rich-openpyxl.xlsx', 'rich-libreoffice.xlsx'])('the marked copy of %s', (file) => {
  const bytes = readFileSync(join(__dirname, 'rich', file));
  let original: Inventory;
  let marked: Inventory;
  let markedBytes: Uint8Array;

  beforeAll(async () => {
    original = await inventory(bytes, NOTE_PREFIX);
    markedBytes = await writeMarkedCopy(bytes, reportOf(file, findings));
    marked = await inventory(markedBytes, NOTE_PREFIX);
  });

  it('holds every feature of the original (the inventory lists nothing lost)', () => {
    expect(original.features.length).toBeGreaterThan(500);
    // Both charts (LibreOffice saves the chart sheet as a sheet holding the chart).
    expect(original.features.filter((f) => /^xl\/drawings\/drawing\d\.xml\/.*\/graphicData\/chart \[/.test(f))).toHaveLength(2);
    expect(lost(original, marked)).toEqual([]);
  });

  it('keeps every other part byte for byte, and every part of the original', () => {
    for (const name of changedParts(original, marked)) expect(MAY_CHANGE.some((p) => p.test(name)) ? name : `changed: ${name}`).toBe(name);
    for (const name of original.parts.keys()) expect(marked.parts.has(name)).toBe(true);
    const charts = [...original.parts.keys()].filter((n) => /chart|media|drawings\/drawing|tables|custom\.xml/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const name of charts) expect(Buffer.from(marked.parts.get(name)!).equals(Buffer.from(original.parts.get(name)!))).toBe(true);
  });

  it('adds the marks: notes on the cells and the report sheet', () => {
    const notes = marked.features.filter((f) => / comment (A1|D3|C9): /.test(f));
    expect(notes.some((f) => f.endsWith('comment A1: Catatan tim: sumber SP2D'))).toBe(true);
    const text = [...marked.parts].filter(([n]) => /comments/.test(n)).map(([, b]) => Buffer.from(b).toString('utf8')).join('');
    for (const f of findings.slice(0, 4)) expect(text).toContain(f.message);
    expect(marked.features.some((f) => /\/sheet \[.*name=Hasil Pemeriksaan/.test(f))).toBe(true);
  });

  it('gives every note shape of the workbook its own id', () => {
    const vml = [...marked.parts].filter(([n]) => n.endsWith('.vml')).map(([, b]) => Buffer.from(b).toString('utf8'));
    expect(vml.length).toBeGreaterThanOrEqual(3);
    const ids = vml.flatMap((x) => [...x.matchAll(/<(?:[\w.-]+:)?shape\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marked again with fewer findings, still loses nothing of the original and keeps one report sheet', async () => {
    const again = await inventory(await writeMarkedCopy(markedBytes, reportOf(file, findings.slice(2))), NOTE_PREFIX);
    expect(lost(original, again)).toEqual([]);
    expect(again.features.filter((f) => /\/sheets\/sheet \[/.test(f) && f.includes('name=Hasil Pemeriksaan'))).toHaveLength(1);
    const text = [...again.parts].filter(([n]) => /comments/.test(n)).map(([, b]) => Buffer.from(b).toString('utf8')).join('');
    expect(text).not.toContain(findings[0].message);
    expect(text).not.toContain(findings[1].message);
    expect(text).toContain('Catatan tim: sumber SP2D');
    expect(text).toContain(findings[2].message);
  });
});
