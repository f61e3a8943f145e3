/**
 * fast-check arbitraries for the fuzz harness: workbook structures written part by part (sheets,
 * rows, cells of every type, shared strings, merges, dimensions, formulas, sheet names, numbers
 * such as 1e308, -0 and "NaN"), and damage to the zip and XML layer.
 */
import fc from 'fast-check';
import { address } from '../../src/core/model/address';
import { escapeXml, workbookParts, zipParts, type XmlSheet } from '../xlsx/xml-workbook';

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Mostly near the table, sometimes anywhere up to XFD1048576. */
const row = fc.oneof({ weight: 150, arbitrary: fc.integer({ min: 0, max: 40 }) }, fc.integer({ min: 0, max: MAX_ROW }), fc.constant(MAX_ROW));
const col = fc.oneof({ weight: 150, arbitrary: fc.integer({ min: 0, max: 8 }) }, fc.integer({ min: 0, max: MAX_COL }), fc.constant(MAX_COL));
/** References inside formulas and merges reach far more often. */
const farRow = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 40 }) }, fc.integer({ min: 0, max: MAX_ROW }), fc.constant(MAX_ROW));
const farCol = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 8 }) }, fc.integer({ min: 0, max: MAX_COL }), fc.constant(MAX_COL));
const ref = fc.tuple(farRow, farCol).map(([r, c]) => address(r, c));
const range = fc.tuple(ref, ref).map(([a, b]) => `${a}:${b}`);

const numberText = fc.oneof(
  fc.double().map((d) => String(d)),
  fc.constantFrom('1e308', '1.5e+308', '-1.7976931348623157e308', '5e-324', '-0', '0', 'NaN', 'Infinity', '-Infinity', '', ' 12 ', '1,5', '0x1F', '1e400'),
  fc.integer().map(String),
);

const WORDS = ['Pagu', 'Realisasi', 'Sisa', '%', 'Target', 'Capaian', 'Jumlah', 'Program', 'Kegiatan', 'Indikator', 'Tahun 2024', 'Satuan', 'Anggaran (Rp)', 'Predikat', 'Sangat Baik'];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  fc.string({ maxLength: 30 }),
  fc.constantFrom('1.234.567,89', 'NaN', '1e308', '-0', '=1+1', '+62', '@SUM(A1)', '93,45 %', 'a_x0007_b', '\uFFFD'),
);

const formula: fc.Arbitrary<string> = fc.letrec<{ f: string }>((tie) => ({
  f: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberText.filter((t) => /^-?\d/.test(t)),
    ref,
    fc
      .tuple(fc.constantFrom('SUM', 'AVERAGE', 'MIN', 'MAX', 'ROUND', 'VLOOKUP', 'INDIRECT', 'sum'), fc.array(fc.oneof(range, tie('f')), { maxLength: 3 }))
      .map(([fn, args]) => `${fn}(${args.join(',')})`),
    fc.tuple(tie('f'), fc.constantFrom('+', '-', '*', '/', '^', '&'), tie('f')).map(([a, op, b]) => `${a}${op}${b}`),
    tie('f').map((f) => `(${f})`),
    fc.string({ maxLength: 12 }),
  ),
})).f;

/** A cell's XML at the given address (or without one: the next column). */
type CellXml = (at: string | undefined) => string;

function cellTag(at: string | undefined, attributes: string, inner: string): string {
  return `<c${at ? ` r="${at}"` : ''}${attributes}>${inner}</c>`;
}

const SHARED_STRINGS = 6;

const cell: fc.Arbitrary<CellXml> = fc.oneof(
  numberText.map((v): CellXml => (at) => cellTag(at, '', `<v>${escapeXml(v)}</v>`)),
  text.map((v): CellXml => (at) => cellTag(at, ' t="inlineStr"', `<is><t>${escapeXml(v)}</t></is>`)),
  fc.oneof({ weight: 150, arbitrary: fc.integer({ min: 0, max: SHARED_STRINGS - 1 }) }, fc.constantFrom(-1, SHARED_STRINGS + 1)).map((i): CellXml => (at) => cellTag(at, ' t="s"', `<v>${i}</v>`)),
  fc.constantFrom('0', '1', '2', 'x').map((v): CellXml => (at) => cellTag(at, ' t="b"', `<v>${v}</v>`)),
  fc.constantFrom('#DIV/0!', '#N/A', '#REF!', '#NUM!', 'ERR').map((v): CellXml => (at) => cellTag(at, ' t="e"', `<v>${v}</v>`)),
  fc.tuple(formula, fc.option(numberText)).map(([f, v]): CellXml => (at) => cellTag(at, '', `<f>${escapeXml(f)}</f>${v === null ? '' : `<v>${escapeXml(v)}</v>`}`)),
  fc.constantFrom(' s="0"', ' s="7"', '').map((s): CellXml => (at) => `<c${at ? ` r="${at}"` : ''}${s}/>`),
);

/** A sheet's <sheetData>: rows in order or not, with or without r attributes, cells of every type. */
const sheetData: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.option(row, { nil: undefined, freq: 6 }),
      fc.array(fc.tuple(fc.option(col, { nil: undefined, freq: 5 }), cell), { maxLength: 8 }),
      fc.boolean(),
    ),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows
      .map(([r, cells, hidden], i) => {
        const rowNumber = r ?? i;
        const inner = cells.map(([c, xml], j) => xml(c === undefined ? (r === undefined ? undefined : address(rowNumber, j)) : address(rowNumber, c))).join('');
        return `<row${r === undefined ? '' : ` r="${r + 1}"`}${hidden ? ' hidden="1"' : ''}>${inner}</row>`;
      })
      .join(''),
  );

const sheetName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Realisasi', 'Capaian Kinerja', 'Sheet1', 'Lampiran') },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9 .,()&'-]{1,40}$/) },
  fc.string({ minLength: 0, maxLength: 40 }),
  fc.constantFrom('History', "'Kutip'", 'a[1]', 'x:y', 'Nama lembar yang jauh lebih panjang dari tiga puluh satu', ''),
);

type FuzzSheet = XmlSheet & { dimension: string | null };

const sheet: fc.Arbitrary<FuzzSheet> = fc.record({
  name: sheetName,
  sheetData,
  merges: fc.array(fc.oneof(range, ref, fc.constantFrom('H20:XFD1048576', 'A1:A1048576', 'A1:XFD1', 'B2:A1', 'zz', '')), { maxLength: 5 }),
  dimension: fc.option(fc.oneof(range, ref, fc.constantFrom('A1:XFD1048576', 'garbage'))),
});

/** Damage to a part's text: cut, an unclosed tag, a DOCTYPE with entities, garbage, or nothing at all. */
const partDamage: fc.Arbitrary<(xml: string) => string> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((n) => (xml: string) => xml.slice(0, n)),
  fc.constant((xml: string) => xml.replace('</sheetData>', '<row><c r="A1"><v>1</v></sheetData>')),
  fc.constant(
    (xml: string) => `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${xml.replace(/^<\?xml[^>]*\?>/, '')}`,
  ),
  fc.string({ maxLength: 50 }).map((s) => () => s),
  fc.constant(() => ''),
);

/** Damage to the packed bytes: cut at some point, or one byte changed. */
const byteDamage: fc.Arbitrary<(bytes: Uint8Array) => Uint8Array> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length * at))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })).map(([at, b]) => (bytes: Uint8Array) => {
    const out = bytes.slice();
    out[Math.min(out.length - 1, Math.floor(out.length * at))] = b;
    return out;
  }),
);

/** `arbitrary` in one case out of `outOf`, null otherwise. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, outOf: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: outOf - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

export interface FuzzWorkbook {
  parts: Record<string, string>;
  /** Damage done to the zip bytes after packing, if any. */
  damage: ((bytes: Uint8Array) => Uint8Array) | null;
}

const PARTS = ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', '_rels/.rels'];

export const fuzzWorkbook: fc.Arbitrary<FuzzWorkbook> = fc
  .record({
    sheets: fc.oneof({ weight: 9, arbitrary: fc.array(sheet, { minLength: 1, maxLength: 3 }) }, fc.constant<FuzzSheet[]>([])),
    strings: fc.array(text, { minLength: SHARED_STRINGS, maxLength: SHARED_STRINGS }),
    damagedPart: sometimes(fc.tuple(fc.constantFrom(...PARTS), partDamage), 5),
    removedPart: sometimes(fc.constantFrom(...PARTS), 10),
    damage: sometimes(byteDamage, 6),
  })
  .map(({ sheets, strings, damagedPart, removedPart, damage }) => {
    const parts = workbookParts(sheets);
    sheets.forEach((s, i) => {
      const part = `xl/worksheets/sheet${i + 1}.xml`;
      if (s.dimension !== null) parts[part] = parts[part].replace('<sheetData>', `<dimension ref="${escapeXml(s.dimension)}"/><sheetData>`);
    });
    parts['xl/sharedStrings.xml'] =
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}">${strings.map((t) => `<si><t>${escapeXml(t)}</t></si>`).join('')}</sst>`;
    if (damagedPart && parts[damagedPart[0]] !== undefined) parts[damagedPart[0]] = damagedPart[1](parts[damagedPart[0]]);
    if (removedPart) delete parts[removedPart];
    return { parts, damage };
  });

export async function fuzzBytes(w: FuzzWorkbook): Promise<Uint8Array> {
  const bytes = await zipParts(w.parts);
  return w.damage ? w.damage(bytes) : bytes;
}
