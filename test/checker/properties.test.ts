/**
 * Property tests of the checker: random sheets (merged headers from the real vocabulary, numbers typed
 * or as Indonesian/US text, huge and negative numbers, NaN-like text, error values, formulas without
 * cached values, ragged rows, merges out of range) and mutations of the three fixture workbooks go
 * through recognizeWorkbook and checkWorkbook. Whatever the input: no exception (also none swallowed by
 * a check), every finding on a real cell of an existing sheet, valid ids and severities, finite
 * numbers, the input left untouched, and the same report for the same input.
 */
import fc from 'fast-check';
import { address, columnIndex, parseAddress } from '../../src/core/model/address';
import type { Area, Cell, CellValue, SheetModel, WorkbookModel } from '../../src/core/model/workbook';
import type { CheckOptions } from '../../src/core/options';
import { checkWorkbook } from '../../src/core/periksa';
import { recognizeWorkbook } from '../../src/core/recognition/recognize';
import type { Report } from '../../src/core/report';
import { FIXTURES, loadFixture, type FixtureName } from '../support/fixtures';

const CHECK_IDS = new Set(['duplicate', 'capaian', 'ratio', 'difference', 'sum', 'average', 'efficiency', 'predicate', 'scale', 'year', 'cross-table', 'format', 'range', 'formula']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const KINDS = new Set(['kinerja', 'anggaran', 'efisiensi', 'skala', 'pk', 'lainnya']);
/** checkWorkbook turns an exception inside a check into an info finding with this text. */
const SWALLOWED_CRASH = /tidak dapat dijalankan/;

// ---------------------------------------------------------------------------------------------
// Vocabulary and value generators
// ---------------------------------------------------------------------------------------------

const GROUP_HEADERS = ['Anggaran (Rp)', 'Indikator Kinerja', 'Realisasi', 'Target', 'Kinerja', 'Keuangan', 'Capaian', 'Tahun 2024', 'Realisasi Tahun 2023', 'Target Thn 2024'];
const LEAF_HEADERS = [
  'No', 'Kode', 'Uraian', 'Program/Kegiatan/Sub Kegiatan', 'Sasaran', 'Sasaran Strategis', 'Indikator', 'Indikator Kinerja Utama', 'Satuan',
  'Target', 'Target Thn 2024', 'Realisasi', 'Realisasi Thn 2023', 'Realisasi 2024', 'Capaian', 'Capaian (%)', '%', '(%)', 'K', 'Rp', '(Rp)',
  'Pagu', 'Pagu (Rp)', 'Anggaran', 'Realisasi Anggaran', 'Sisa', 'Selisih (Rp)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)',
  'Efisiensi (Rp)', 'Predikat', 'Kategori', 'Keterangan', 'Interval Nilai', 'Target Akhir Renstra', 'Capaian thd Target Akhir Renstra (%)', 'Jumlah', '2022', '2023', '2024',
];
const LABELS = [
  'Program Rehabilitasi Sosial', 'Kegiatan Rehabilitasi Sosial Dasar', 'Sub Kegiatan Penyediaan Permakanan', 'Urusan Sosial',
  'Persentase PPKS yang tertangani', 'Angka kemiskinan', 'Jumlah kasus kekerasan', 'Jumlah', 'JUMLAH', 'J U M L A H', 'Total', 'Rata-rata',
  'Sangat Berhasil', 'Berhasil', 'Tidak Berhasil', 'Efisien', 'Tidak Efisien', 'Sangat Tinggi', 'Puas', '72/BB', 'n/a', 'NaN', 'Infinity', '-', '–',
  '> 85', '70 < x ≤ 85', '76 s/d <90', '≤ 55', '90 ≤ 100', '1.06.01', '1.06.01.2.07', '1.06.01.2.07.0005', 'I', 'a.', '1)', '1.1', '=SUM(A1:A2)',
  'Perjanjian Kinerja Tahun 2024', 'Capaian Kinerja Tahun 2023', 'Perbandingan 2022 - 2024', '', '   ',
];
const ODD_NUMBER_TEXT = ['14.90.000', '930.47.023', '1.100 %', '76,946.900', '94,17%%', '100,%', '268.160.000,-', 'Rp. 10.577.358.620,-', 'Rp -', '-,-', '(1.234)', '(1)', '1 100', '1e15', '-0', '0,322', '7.429', '12,387,484,416', '114.44%', '35,52 %', '335 Orang', '8 (delapan)'];
const ERRORS = ['#DIV/0!', '#VALUE!', '#REF!', '#N/A', '#NUM!', '#NAME?'];
const FORMATS = ['0.00%', '0%', '#,##0', '#,##0.00', '0.0', '"Rp" #,##0', '0.00"%"', 'General', '_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)'];
/** Formulas whose references cannot form a cycle among the rows of a random grid. */
const FORMULAS = ['SUM(C40:C60)', 'ROUND(AVERAGE(E40:E48),2)', 'D5/C5*100', 'SUM(Z1:Z999)', 'SUM(C:C)', 'SUM(Sheet2!C1:C3)', 'VLOOKUP(B3,A:C,3,0)', 'IFERROR(D4/C4,0)'];

const finite = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: 0, max: 300_000_000_000 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.constantFrom(0, -0, 1e15, -1e15, 100, 114.44, 35.52, 40.65, 83.25, 90, 88.795, 0.3552, 2024, 2023, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
);

/** An integer written the Indonesian way (1.234.567,89), the US way (1,234,567.89), with Rp / ,- / %. */
const numberText = fc
  .record({ n: fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }), dec: fc.integer({ min: 0, max: 3 }), style: fc.constantFrom('id', 'us', 'plain'), rp: fc.boolean(), dash: fc.boolean(), pct: fc.boolean() })
  .map(({ n, dec, style, rp, dash, pct }) => {
    const abs = Math.abs(n);
    const whole = String(Math.floor(abs / 10 ** dec));
    const frac = dec ? String(abs % 10 ** dec).padStart(dec, '0') : '';
    const [group, point] = style === 'id' ? ['.', ','] : style === 'us' ? [',', '.'] : ['', ','];
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
    let s = `${n < 0 ? '-' : ''}${grouped}${frac ? point + frac : ''}`;
    if (rp) s = `Rp ${s}`;
    if (dash) s += ',-';
    if (pct) s += ' %';
    return s;
  });

const scalar: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: finite },
  { weight: 3, arbitrary: numberText },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBER_TEXT) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constantFrom(...LEAF_HEADERS, ...GROUP_HEADERS) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: scalar.map((v) => ({ v })) },
  { weight: 2, arbitrary: fc.record({ v: scalar, fmt: fc.constantFrom(...FORMATS) }) },
  { weight: 1, arbitrary: fc.record({ v: fc.oneof(fc.constant(null), finite), f: fc.constantFrom(...FORMULAS) }) },
  { weight: 1, arbitrary: fc.record({ v: scalar, bold: fc.boolean(), indent: fc.integer({ min: 0, max: 4 }) }) },
);

const merge = (maxRow: number, maxCol: number): fc.Arbitrary<Area> =>
  fc.record({ top: fc.nat(maxRow), left: fc.nat(maxCol), h: fc.nat(3), w: fc.nat(4) }).map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

/** Blanks the cells a merge covers (other than its top-left one), as Excel and the readers report them. */
function blankCovered(cells: (Cell | undefined)[][], m: Area): void {
  for (let r = m.top; r <= m.bottom && r < cells.length; r++) {
    for (let c = m.left; c <= m.right && c < (cells[r]?.length ?? 0); c++) if (r !== m.top || c !== m.left) cells[r][c] = undefined;
  }
}

/** A sheet from raw rows: ragged, sparse, with merges that may lie partly or wholly outside the used range. */
function sheetOf(name: string, rows: (Cell | undefined)[][], merges: Area[]): SheetModel {
  const cells = rows.map((r) => [...r]);
  for (const m of merges) blankCovered(cells, m);
  const rowCount = cells.length;
  const colCount = Math.max(0, ...cells.map((r) => r.length));
  return { name, cells, rowCount, colCount, merges };
}

const rawSheet = (name: string) =>
  fc
    .record({
      rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 14 }),
      merges: fc.array(merge(16, 12), { maxLength: 5 }),
    })
    .map(({ rows, merges }) => sheetOf(name, rows, merges));

/**
 * A sheet of stacked tables built like the real reports: caption, a group row with merged cells over a
 * leaf row of real headers, maybe a numbering row, body rows with labels and numbers in any form, maybe
 * a total row and a header repeated after a "page break".
 */
const tableBlock = fc
  .record({
    width: fc.integer({ min: 2, max: 8 }),
    caption: fc.option(fc.constantFrom('Realisasi Anggaran Tahun 2024', 'Capaian Kinerja Sasaran Tahun 2024', 'Tabel 3.1', 'Skala Penilaian'), { nil: undefined }),
    groups: fc.array(fc.record({ at: fc.nat(7), span: fc.integer({ min: 1, max: 3 }), text: fc.constantFrom(...GROUP_HEADERS) }), { maxLength: 2 }),
    leaves: fc.array(fc.constantFrom(...LEAF_HEADERS), { minLength: 8, maxLength: 8 }),
    numbering: fc.boolean(),
    body: fc.array(fc.record({ label: fc.constantFrom(...LABELS), code: fc.option(fc.constantFrom('1', '1.1', 'a.', 'I', '1.06.01', '1.06.01.2.07', '1.06.01.2.07.0005'), { nil: null }), cells: fc.array(cell, { minLength: 8, maxLength: 8 }) }), { minLength: 1, maxLength: 8 }),
    repeatAt: fc.option(fc.nat(7), { nil: undefined }),
    blankAfter: fc.integer({ min: 0, max: 2 }),
  })
  .map((t) => {
    const rows: (Cell | undefined)[][] = [];
    const merges: Area[] = [];
    if (t.caption) rows.push([{ v: t.caption }]);
    const groupRow: (Cell | undefined)[] = [];
    for (const g of t.groups) {
      if (g.at >= t.width) continue;
      const right = Math.min(g.at + g.span - 1, t.width - 1);
      groupRow[g.at] = { v: g.text };
      merges.push({ top: rows.length, left: g.at, bottom: rows.length, right });
    }
    const hasGroup = groupRow.length > 0;
    if (hasGroup) rows.push(groupRow);
    const header = t.leaves.slice(0, t.width).map((v) => ({ v }) as Cell);
    rows.push(header);
    if (t.numbering) rows.push(header.map((_, i) => ({ v: i + 1 })));
    t.body.forEach((b, i) => {
      if (t.repeatAt === i) rows.push(header.map((c) => ({ ...c })));
      rows.push([b.code === null ? undefined : { v: b.code }, { v: b.label }, ...b.cells.slice(0, t.width - 2)]);
    });
    for (let i = 0; i < t.blankAfter; i++) rows.push([]);
    return { rows, merges, hasGroup };
  });

const tableSheet = (name: string) =>
  fc.array(tableBlock, { minLength: 1, maxLength: 3 }).map((blocks) => {
    const rows: (Cell | undefined)[][] = [];
    const merges: Area[] = [];
    for (const b of blocks) {
      const offset = rows.length;
      rows.push(...b.rows);
      merges.push(...b.merges.map((m) => ({ top: m.top + offset, left: m.left, bottom: m.bottom + offset, right: m.right })));
    }
    return sheetOf(name, rows, merges);
  });

/** A budget table whose pagu cells carry SUM formulas over random rows of the same table (its own row included). */
const sumFormulaSheet = (name: string) =>
  fc
    .array(fc.record({ pagu: fc.integer({ min: 0, max: 1_000_000 }), sum: fc.option(fc.tuple(fc.nat(7), fc.nat(7)), { nil: null }) }), { minLength: 2, maxLength: 8 })
    .map((body) => {
      const rows: (Cell | undefined)[][] = [[{ v: 'Kode' }, { v: 'Uraian' }, { v: 'Pagu (Rp)' }, { v: 'Realisasi (Rp)' }]];
      body.forEach((b, i) => {
        const pagu: Cell = { v: b.pagu };
        if (b.sum) pagu.f = `SUM(C${2 + (b.sum[0] % body.length)}:C${2 + (b.sum[1] % body.length)})`;
        rows.push([{ v: String(i + 1) }, { v: `Kegiatan Rehabilitasi Sosial ${i + 1}` }, pagu, { v: Math.floor(b.pagu / 2) }]);
      });
      return sheetOf(name, rows, []);
    });

const SHEET_NAMES = ['Realisasi Anggaran', 'PK 2024', 'Efisiensi', 'Skala', 'Kinerja Sasaran 1'];
const FILE_NAMES = [undefined, 'lkjip-2024.xlsx', 'laporan.xlsx', 'LKjIP 2023 revisi 2024.xlsx', ''];

const workbookOf = (sheetArb: (name: string) => fc.Arbitrary<SheetModel>) =>
  fc
    .record({ n: fc.integer({ min: 0, max: 3 }), file: fc.constantFrom(...FILE_NAMES) })
    .chain(({ n, file }) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => sheetArb(SHEET_NAMES[i]))).map((sheets): WorkbookModel => ({ ...(file !== undefined ? { name: file } : {}), sheets })),
    );

// ---------------------------------------------------------------------------------------------
// The invariants
// ---------------------------------------------------------------------------------------------

/** What a user may set in the task pane, including nonsense (an unknown profile, empty keywords). */
const checkOptions: fc.Arbitrary<CheckOptions> = fc.record(
  {
    year: fc.constantFrom(2023, 2024, null),
    scale: fc.constantFrom('PERMENDAGRI86', 'BERHASIL', 'BERHASIL_TERTUTUP', 'TERCAPAI', 'SAKIP', 'TIDAK_ADA'),
    lowerIsBetterKeywords: fc.array(fc.constantFrom('', ' ', 'kasus', 'program', '%', 'persentase'), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

function assertSound(model: WorkbookModel, options: CheckOptions = {}): Report {
  const before = JSON.stringify(model);
  recognizeWorkbook(model, options);
  const { report, recognition } = checkWorkbook(model, options);
  const again = checkWorkbook(model, options).report;
  expect(JSON.stringify(model)).toBe(before);
  expect(again).toEqual(report);

  const sheets = new Map(model.sheets.map((s) => [s.name, s]));
  // A year in the options wins; null or absent means "detect it".
  if (typeof options.year === 'number') expect(report.year).toBe(options.year);
  expect(report.year === null || (Number.isInteger(report.year) && report.year >= 2000 && report.year <= 2099)).toBe(true);
  expect(report.tables).toHaveLength(recognition.tables.length);
  for (const t of recognition.tables) {
    const s = sheets.get(t.sheet)!;
    expect(s).toBeDefined();
    expect(KINDS.has(t.kind)).toBe(true);
    expect(t.area.top).toBeGreaterThanOrEqual(0);
    expect(t.area.left).toBeGreaterThanOrEqual(0);
    expect(t.area.bottom).toBeLessThan(s.rowCount);
    expect(t.area.right).toBeLessThan(s.colCount);
    for (const r of t.rows) {
      expect(r.row).toBeGreaterThan(t.header.bottom);
      expect(r.row).toBeLessThanOrEqual(t.area.bottom);
      if (r.parent !== null) expect(r.parent).not.toBe(r.row);
    }
  }
  for (const f of report.findings) {
    const s = sheets.get(f.sheet);
    const where = `${f.sheet}!${f.cell} [${f.check}] ${f.message}`;
    expect({ where, sheetExists: !!s }).toEqual({ where, sheetExists: true });
    expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
    const p = parseAddress(f.cell)!;
    expect({ where, insideUsedRange: p.row < s!.rowCount && p.col < s!.colCount }).toEqual({ where, insideUsedRange: true });
    expect(CHECK_IDS.has(f.check)).toBe(true);
    expect(SEVERITIES.has(f.severity)).toBe(true);
    expect(typeof f.message).toBe('string');
    expect(f.message.trim().length).toBeGreaterThan(0);
    expect({ where, crashed: SWALLOWED_CRASH.test(f.message) }).toEqual({ where, crashed: false });
    // Quoted text comes from the workbook (a label may well read "NaN"); the rest is ours.
    const own = f.message.replace(/"[^"]*"/g, '""');
    expect({ where, nonFinite: /\bNaN\b|Infinity|undefined|\[object/.test(own) }).toEqual({ where, nonFinite: false });
    for (const v of [f.expected, f.actual]) {
      expect(v === undefined || v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))).toBe(true);
    }
    for (const r of f.related ?? []) expect(r).toMatch(/^(.+!)?[A-Z]{1,3}[1-9]\d*$/);
  }
  return report;
}

/** Findings on a cell that a merge covers (not its top-left cell): the user cannot see or fix such a cell. */
function onCoveredCells(model: WorkbookModel, report: Report): string[] {
  return report.findings
    .filter((f) => {
      const p = parseAddress(f.cell)!;
      const s = model.sheets.find((x) => x.name === f.sheet)!;
      return s.merges.some((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right && (p.row !== m.top || p.col !== m.left));
    })
    .map((f) => `${f.sheet}!${f.cell} [${f.check}] ${f.message}`);
}

describe('checker properties', () => {
  it('survives random raw grids: sparse, ragged, odd values, merges out of range', () => {
    fc.assert(
      fc.property(workbookOf(rawSheet), checkOptions, (model, options) => {
        assertSound(model, options);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives random stacked tables with merged headers from the real vocabulary', () => {
    fc.assert(
      fc.property(workbookOf(tableSheet), checkOptions, (model, options) => {
        assertSound(model, options);
      }),
      { numRuns: 1500 },
    );
  });

  // SUM formulas that cover their own row or each other's rows once made a cycle in the row tree.
  it('survives budget tables whose SUM formulas refer to rows of the same table', () => {
    fc.assert(
      fc.property(workbookOf(sumFormulaSheet), (model) => {
        assertSound(model);
      }),
      { numRuns: 300 },
    );
  });

  // A year read from a merged group header ("Realisasi Tahun 2023" over two columns) is reported on
  // the merge's top-left cell, never on a covered cell.
  it('puts no finding on a cell hidden inside a merge', () => {
    fc.assert(
      fc.property(workbookOf(tableSheet), (model) => {
        expect(onCoveredCells(model, checkWorkbook(model).report)).toEqual([]);
      }),
      { numRuns: 300, seed: 20241130 },
    );
  });

  it('handles formulas over whole sheets without a cached value', () => {
    for (const f of ['SUM(Z1:Z99999)', 'SUM(A1:XFD1048576)', 'SUM(C:C)', 'AVERAGE(1:1)', 'C2/0']) {
      const model: WorkbookModel = { sheets: [sheetOf('S', [[{ v: 'No' }, { v: 'Uraian' }, { v: 'Pagu' }, { v: 'Realisasi' }], [{ v: 1 }, { v: 'Program Rehabilitasi Sosial' }, { v: null, f }, { v: 5 }]], [])] };
      assertSound(model);
    }
  });

  it('handles empty workbooks and sheets', () => {
    expect(assertSound({ sheets: [] })).toEqual({ file: '', year: null, tables: [], findings: [], coverage: { numericCells: 0, checkedCells: 0, unchecked: [] } });
    expect(assertSound({ name: 'kosong.xlsx', sheets: [{ name: 'Kosong', cells: [], rowCount: 0, colCount: 0, merges: [] }] }).findings).toEqual([]);
    expect(assertSound({ sheets: [{ name: 'Lubang', cells: [[], [undefined, undefined], []], rowCount: 3, colCount: 2, merges: [{ top: 5, left: 5, bottom: 9, right: 9 }] }] }).tables).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations of the real reports
// ---------------------------------------------------------------------------------------------

type Mutation =
  | { kind: 'drop'; sheet: number; row: number; col: number }
  | { kind: 'shift'; sheet: number; row: number }
  | { kind: 'toText'; sheet: number; row: number; col: number; us: boolean }
  | { kind: 'toNumber'; sheet: number; row: number; col: number; value: number }
  | { kind: 'error'; sheet: number; row: number; col: number; error: string }
  | { kind: 'uncache'; sheet: number; row: number; col: number }
  | { kind: 'merge'; sheet: number; area: Area }
  | { kind: 'truncate'; sheet: number; row: number }
  | { kind: 'swapRows'; sheet: number; row: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), sheet: fc.nat(7), row: fc.nat(110), col: fc.nat(9) }),
  fc.record({ kind: fc.constant('shift' as const), sheet: fc.nat(7), row: fc.nat(110) }),
  fc.record({ kind: fc.constant('toText' as const), sheet: fc.nat(7), row: fc.nat(110), col: fc.nat(9), us: fc.boolean() }),
  fc.record({ kind: fc.constant('toNumber' as const), sheet: fc.nat(7), row: fc.nat(110), col: fc.nat(9), value: finite }),
  fc.record({ kind: fc.constant('error' as const), sheet: fc.nat(7), row: fc.nat(110), col: fc.nat(9), error: fc.constantFrom(...ERRORS) }),
  fc.record({ kind: fc.constant('uncache' as const), sheet: fc.nat(7), row: fc.nat(110), col: fc.nat(9) }),
  fc.record({ kind: fc.constant('merge' as const), sheet: fc.nat(7), area: merge(115, 12) }),
  fc.record({ kind: fc.constant('truncate' as const), sheet: fc.nat(7), row: fc.nat(110) }),
  fc.record({ kind: fc.constant('swapRows' as const), sheet: fc.nat(7), row: fc.nat(110) }),
);

function asText(v: CellValue, us: boolean): CellValue {
  if (typeof v !== 'number') return v === null ? v : String(typeof v === 'object' ? v.error : v);
  const [int, frac] = Math.abs(v).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, us ? ',' : '.');
  return `${v < 0 ? '-' : ''}${grouped}${us ? '.' : ','}${frac}`;
}

/** Applies the mutations to a deep copy; the used range grows where a mutation writes past it. */
function mutate(model: WorkbookModel, mutations: Mutation[]): WorkbookModel {
  const out = structuredClone(model);
  for (const m of mutations) {
    const s = out.sheets[m.sheet % out.sheets.length];
    if (!s || s.rowCount === 0) continue;
    const row = 'row' in m ? m.row % s.rowCount : 0;
    const cells = (s.cells[row] ??= []);
    const col = 'col' in m ? m.col % Math.max(s.colCount, 1) : 0;
    switch (m.kind) {
      case 'drop':
        cells[col] = undefined;
        break;
      case 'shift':
        cells.unshift(undefined);
        break;
      case 'toText':
        if (cells[col]) cells[col] = { ...cells[col]!, v: asText(cells[col]!.v, m.us) };
        break;
      case 'toNumber':
        cells[col] = { ...(cells[col] ?? {}), v: m.value };
        break;
      case 'error':
        cells[col] = { ...(cells[col] ?? {}), v: { error: m.error } };
        break;
      case 'uncache':
        cells[col] = { ...(cells[col] ?? {}), v: null, f: cells[col]?.f ?? 'SUM(C1:C2)' };
        break;
      case 'merge':
        s.merges.push(m.area);
        blankCovered(s.cells, m.area);
        break;
      case 'truncate':
        cells.length = Math.min(cells.length, col);
        break;
      case 'swapRows': {
        const next = (row + 1) % s.rowCount;
        [s.cells[row], s.cells[next]] = [s.cells[next] ?? [], s.cells[row] ?? []];
        break;
      }
    }
    s.rowCount = Math.max(s.rowCount, s.cells.length);
    s.colCount = Math.max(s.colCount, ...s.cells.map((r) => r?.length ?? 0));
  }
  return out;
}

describe('mutations of the fixture workbooks', () => {
  const models = new Map<FixtureName, WorkbookModel>();

  beforeAll(async () => {
    for (const name of FIXTURES) models.set(name, await loadFixture(name));
  });

  it('each fixture as loaded satisfies the invariants', () => {
    for (const name of FIXTURES) assertSound(models.get(name)!);
  });

  it('dropped, shifted, retyped, errored, uncached, merged, truncated and swapped cells never break the checker', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 25 }), (name, mutations) => {
        assertSound(mutate(models.get(name)!, mutations));
      }),
      { numRuns: 60 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Right tables give no alarm; one broken number is found where it is
// ---------------------------------------------------------------------------------------------

const round2 = (x: number) => Math.round(x * 100) / 100;
const PROGRAMS = ['Rehabilitasi Sosial', 'Perlindungan dan Jaminan Sosial', 'Pemberdayaan Sosial', 'Penanganan Bencana', 'Penunjang Urusan Pemerintahan Daerah', 'Pengelolaan Taman Makam Pahlawan'];
const INDICATORS = ['Persentase PPKS yang tertangani', 'Persentase lansia terlantar terlayani', 'Persentase penyandang disabilitas terlayani', 'Persentase anak terlantar terlayani', 'Persentase fakir miskin terlayani', 'Persentase korban bencana tertangani'];

/** How a right percentage is printed: a number with two decimals, Indonesian text, or a fraction with a percent format. */
const printedPercent = (value: number, style: number): Cell =>
  style === 0 ? { v: round2(value), fmt: '0.00' } : style === 1 ? { v: `${round2(value).toFixed(2).replace('.', ',')} %` } : { v: round2(value) / 100, fmt: '0.00%' };

const budgetRows = fc.array(fc.record({ pagu: fc.integer({ min: 1_000_000, max: 20_000_000_000 }), share: fc.double({ min: 0, max: 1, noNaN: true }), style: fc.nat(2) }), { minLength: 1, maxLength: PROGRAMS.length });

function budgetTable(rows: { pagu: number; share: number; style: number }[]): { model: WorkbookModel; sisaCells: string[] } {
  const body = rows.map((r, i) => {
    const real = Math.floor(r.pagu * r.share);
    return [{ v: i + 1 }, { v: `Program ${PROGRAMS[i]}` }, { v: r.pagu, fmt: '#,##0' }, { v: real, fmt: '#,##0' }, { v: r.pagu - real, fmt: '#,##0' }, printedPercent((real / r.pagu) * 100, r.style)] as Cell[];
  });
  const pagu = rows.reduce((a, r) => a + r.pagu, 0);
  const real = rows.reduce((a, r) => a + Math.floor(r.pagu * r.share), 0);
  const cells: (Cell | undefined)[][] = [
    [{ v: 'Realisasi Anggaran per Program Tahun 2024' }],
    [{ v: 'No' }, { v: 'Program' }, { v: 'Anggaran (Rp)' }, undefined, undefined, undefined],
    [undefined, undefined, { v: 'Pagu' }, { v: 'Realisasi' }, { v: 'Sisa' }, { v: '%' }],
    ...body,
    [undefined, { v: 'Jumlah' }, { v: pagu }, { v: real }, { v: pagu - real }, { v: round2((real / pagu) * 100) }],
  ];
  const merges = [
    { top: 1, left: 0, bottom: 2, right: 0 },
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 1, left: 2, bottom: 1, right: 5 },
  ];
  return { model: { name: 'lkjip-2024.xlsx', sheets: [sheetOf('Realisasi Anggaran', cells, merges)] }, sisaCells: rows.map((_, i) => `E${i + 4}`) };
}

const kinerjaRows = fc.array(fc.record({ target: fc.integer({ min: 1, max: 100_000 }).map((x) => x / 100), ratio: fc.double({ min: 0, max: 3, noNaN: true }), style: fc.nat(2) }), { minLength: 1, maxLength: INDICATORS.length });

function kinerjaTable(rows: { target: number; ratio: number; style: number }[]): WorkbookModel {
  const body = rows.map((r, i) => {
    const realisasi = round2(r.target * r.ratio);
    return [{ v: i + 1 }, { v: INDICATORS[i] }, { v: r.target }, { v: realisasi }, printedPercent((realisasi / r.target) * 100, r.style)] as Cell[];
  });
  const cells: (Cell | undefined)[][] = [[{ v: 'Capaian Kinerja Sasaran Tahun 2024' }], [{ v: 'No' }, { v: 'Indikator Kinerja' }, { v: 'Target' }, { v: 'Realisasi' }, { v: 'Capaian (%)' }], ...body];
  return { name: 'lkjip-2024.xlsx', sheets: [sheetOf('Kinerja', cells, [])] };
}

describe('right tables and one broken number', () => {
  it('a budget table whose every number is right raises no error or warning', () => {
    fc.assert(
      fc.property(budgetRows, (rows) => {
        const report = assertSound(budgetTable(rows).model);
        expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} [${f.check}] ${f.message}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  // From 100 rupiah: below that, amounts in the billions are accepted as "exact" (the relative epsilon
  // bug in numbers/tolerance.ts, see test/core/checks/difference.test.ts).
  it('a sisa off by 100 rupiah or more is reported on its cell as a difference error', () => {
    fc.assert(
      fc.property(budgetRows, fc.nat(), fc.integer({ min: 100, max: 1_000_000_000 }), (rows, which, delta) => {
        const { model, sisaCells } = budgetTable(rows);
        const i = which % rows.length;
        const cell = model.sheets[0].cells[3 + i][4]!;
        cell.v = (cell.v as number) + delta;
        const f = checkWorkbook(model).report.findings.find((x) => x.cell === sisaCells[i] && x.check === 'difference');
        expect(f).toMatchObject({ severity: 'error', actual: cell.v });
      }),
      { numRuns: 200 },
    );
  });

  it('a kinerja table whose capaian are rightly rounded raises no capaian error or warning', () => {
    fc.assert(
      fc.property(kinerjaRows, (rows) => {
        const report = assertSound(kinerjaTable(rows));
        expect(report.findings.filter((f) => f.severity !== 'info' && f.check === 'capaian').map((f) => `${f.cell} ${f.message}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a capaian off by two units of its last digit or more is reported on its cell', () => {
    fc.assert(
      fc.property(kinerjaRows, fc.nat(), fc.integer({ min: 2, max: 10_000 }), fc.boolean(), (rows, which, units, up) => {
        const model = kinerjaTable(rows.map((r) => ({ ...r, style: 0 })));
        const i = which % rows.length;
        const cell = model.sheets[0].cells[2 + i][4]!;
        cell.v = round2((cell.v as number) + ((up ? 1 : -1) * units) / 100);
        const f = checkWorkbook(model).report.findings.find((x) => x.cell === `E${3 + i}` && x.check === 'capaian');
        expect(f).toMatchObject({ actual: cell.v });
        expect(['error', 'warning']).toContain(f!.severity);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Where a table sits on the sheet does not matter
// ---------------------------------------------------------------------------------------------

/** The workbook moved down by `rows` and right by `cols`: cells, merges, hidden rows and formula references. */
function moved(model: WorkbookModel, rows: number, cols: number): WorkbookModel {
  const out = structuredClone(model);
  const ref = (_: string, d1: string, col: string, d2: string, row: string) => `${d1}${address(0, columnIndex(col) + cols).replace(/\d+$/, '')}${d2}${Number(row) + rows}`;
  for (const s of out.sheets) {
    s.cells = [...Array.from({ length: rows }, () => []), ...Array.from(s.cells, (r) => [...Array<Cell | undefined>(cols).fill(undefined), ...(r ?? [])])];
    for (const r of s.cells) for (const c of r) if (c?.f) c.f = c.f.replace(/(\$?)\b([A-Z]{1,3})(\$?)(\d+)\b/g, ref);
    s.rowCount += rows;
    s.colCount += cols;
    s.merges = s.merges.map((m) => ({ top: m.top + rows, left: m.left + cols, bottom: m.bottom + rows, right: m.right + cols }));
    if (s.hiddenRows) s.hiddenRows = s.hiddenRows.map((r) => r + rows);
  }
  return out;
}

/** Findings as `sheet!cell check severity expected actual`, with the cell moved back by (rows, cols). */
function placedBack(report: Report, rows: number, cols: number): string[] {
  return report.findings
    .map((f) => {
      const p = parseAddress(f.cell)!;
      return `${f.sheet}!${address(p.row - rows, p.col - cols)} ${f.check} ${f.severity} ${String(f.expected)} ${String(f.actual)}`;
    })
    .sort();
}

describe('moving the tables on the sheet', () => {
  it.each(FIXTURES)('%s: the same findings, moved with the tables', async (name) => {
    const model = await loadFixture(name);
    const base = placedBack(checkWorkbook(model).report, 0, 0);
    for (const [rows, cols] of [
      [3, 0],
      [0, 1],
      [2, 2],
    ]) {
      const report = checkWorkbook(moved(model, rows, cols)).report;
      expect(placedBack(report, 0, 0)).not.toEqual(base);
      expect(placedBack(report, rows, cols)).toEqual(base);
    }
  });

  it('random stacked tables moved down give the same findings, moved down', () => {
    fc.assert(
      fc.property(workbookOf(tableSheet), fc.integer({ min: 1, max: 6 }), (model, rows) => {
        expect(placedBack(checkWorkbook(moved(model, rows, 0)).report, rows, 0)).toEqual(placedBack(checkWorkbook(model).report, 0, 0));
      }),
      { numRuns: 400 },
    );
  });
});

describe('counterexamples found by the property tests', () => {
  it('an absurdly small pagu (4,5e-304) with a negative realisasi gives no infinite expected value', () => {
    const sheet: SheetModel = {
      name: 'PK 2024',
      cells: [
        [{ v: 'No' }, { v: 'No' }, { v: 'Anggaran' }, { v: 'Realisasi' }, { v: 'Capaian' }],
        [undefined, { v: 'Program Rehabilitasi Sosial' }, { v: 4.51689993276962e-304, fmt: '#,##0' }, { v: -1 }, { v: 0 }],
        [undefined, { v: 'Program Rehabilitasi Sosial' }, { v: 'Program Rehabilitasi Sosial' }, undefined, { v: { error: '#DIV/0!' } }],
      ],
      rowCount: 3,
      colCount: 5,
      merges: [],
    };
    const { report } = checkWorkbook({ name: 'lkjip-2024.xlsx', sheets: [sheet] });
    for (const f of report.findings) {
      for (const v of [f.expected, f.actual]) expect(v === undefined || v === null || typeof v === 'string' || Number.isFinite(v)).toBe(true);
    }
  });
});
