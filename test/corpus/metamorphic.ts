/**
 * Metamorphic variants of a workbook (issue 8 point 8): changes a reader must not care about. Each
 * variant comes with the map from a cell of the variant back to the original cell, so that the
 * findings on the variant can be compared with those on the original.
 *
 * - renamedHeaders: header words replaced by synonyms of the same role (domain.md §6);
 * - reorderedColumns: on every sheet, the two rightmost adjacent single numeric columns swapped
 *   (formulas follow);
 * - movedTables: rows and columns inserted before everything (formulas follow);
 * - numbersAsText: every number written as the Indonesian text it displays (as pasted from a
 *   Word/PDF report), so also without formulas;
 * - valuesOnly: every formula replaced by its cached value.
 */
import { address, columnLetter, parseAddress } from '../../src/core/model/address';
import type { Area, Cell, SheetModel, WorkbookModel } from '../../src/core/model/workbook';
import { formatNumber } from '../../src/core/numbers/format';
import { toNumber } from '../../src/core/numbers/parse';

export interface Variant {
  name: string;
  model: WorkbookModel;
  /** The original cell of a cell of the variant on `sheet`. */
  back(sheet: string, cell: string): string;
}

type Mover = (row: number, col: number) => { row: number; col: number };

const REF = /(?<![A-Za-z0-9_!'.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![0-9A-Za-z_(])/g;

/** The formula with every A1 reference moved. */
export function moveFormula(f: string, move: Mover): string {
  return f.replace(REF, (_, d1: string, letters: string, d2: string, digits: string) => {
    const p = parseAddress(`${letters}${digits}`)!;
    const q = move(p.row, p.col);
    return `${d1}${columnLetter(q.col)}${d2}${q.row + 1}`;
  });
}

/** A sheet with every cell, merge and formula moved. */
function moveSheet(s: SheetModel, move: Mover): SheetModel {
  const cells: (Cell | undefined)[][] = [];
  s.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const q = move(r, c);
      (cells[q.row] ??= [])[q.col] = cell.f ? { ...cell, f: moveFormula(cell.f, move) } : cell;
    }),
  );
  const merges: Area[] = s.merges.map((m) => {
    const a = move(m.top, m.left);
    const b = move(m.bottom, m.right);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  });
  const rowCount = Math.max(cells.length, ...merges.map((m) => m.bottom + 1));
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  const colCount = Math.max(0, ...cells.map((row) => row.length), ...merges.map((m) => m.right + 1));
  return { ...s, cells, rowCount, colCount, merges, ...(s.hiddenRows ? { hiddenRows: s.hiddenRows.map((r) => move(r, 0).row) } : {}) };
}

function mapCell(cell: string, move: Mover): string {
  const p = parseAddress(cell)!;
  const q = move(p.row, p.col);
  return address(q.row, q.col);
}

export function movedTables(model: WorkbookModel, rows = 3, cols = 2): Variant {
  return {
    name: `tables moved ${rows} rows down and ${cols} columns right`,
    model: { ...model, sheets: model.sheets.map((s) => moveSheet(s, (r, c) => ({ row: r + rows, col: c + cols }))) },
    back: (_sheet, cell) => mapCell(cell, (r, c) => ({ row: r - rows, col: c - cols })),
  };
}

const wide = (s: SheetModel) => s.merges.filter((m) => m.right > m.left);

/** A column of numbers: numbers in most of its filled cells, at least 3 of them not a row number (1, 2, 3 …). */
function numericColumn(s: SheetModel, col: number): boolean {
  const filled = s.cells.map((row) => row?.[col]?.v).filter((v) => v !== null && v !== undefined && v !== '');
  const numbers = filled.map((v) => toNumber(v, { money: true })).filter((n): n is number => n !== null);
  return numbers.filter((n) => !Number.isInteger(n) || n >= 100).length >= 3 && numbers.length >= 0.6 * filled.length;
}

/**
 * The columns swapped on a sheet: the rightmost adjacent pair of numeric columns that no merged
 * group cell separates (a group over both, like "Anggaran" over Pagu | Realisasi, stays).
 */
export function swappedPair(s: SheetModel): [number, number] | null {
  for (let c = s.colCount - 2; c >= 0; c--) {
    const split = wide(s).some((m) => (m.left <= c && c <= m.right) !== (m.left <= c + 1 && c + 1 <= m.right));
    if (!split && numericColumn(s, c) && numericColumn(s, c + 1)) return [c, c + 1];
  }
  return null;
}

export function reorderedColumns(model: WorkbookModel): Variant {
  const movers = new Map<string, Mover>();
  for (const s of model.sheets) {
    const pair = swappedPair(s);
    // Rows of a group cell over both columns keep it where it is; every other row swaps.
    const kept = new Set(pair ? wide(s).filter((m) => m.left <= pair[0] && pair[1] <= m.right).flatMap((m) => Array.from({ length: m.bottom - m.top + 1 }, (_, i) => m.top + i)) : []);
    movers.set(s.name, (r, c) => ({ row: r, col: !pair || kept.has(r) ? c : c === pair[0] ? pair[1] : c === pair[1] ? pair[0] : c }));
  }
  return {
    name: 'two adjacent numeric columns swapped on every sheet',
    model: { ...model, sheets: model.sheets.map((s) => moveSheet(s, movers.get(s.name)!)) },
    back: (sheet, cell) => mapCell(cell, movers.get(sheet)!),
  };
}

/** Header words → another word for the same role (domain.md §6); matched on the whole cell text. */
export const SYNONYMS: Record<string, string> = {
  Target: 'Target Kinerja',
  TARGET: 'TARGET KINERJA',
  'Target (%)': 'Target Kinerja (%)',
  'Target 2024': 'Target Thn 2024',
  'TARGET 2024': 'TARGET TAHUN 2024',
  'Realisasi 2024': 'Realisasi Tahun 2024',
  'REALISASI 2024': 'REALISASI TAHUN 2024',
  'Capaian (%)': '% Capaian',
  Capaian: 'Tingkat Capaian',
  'Pagu Anggaran': 'Pagu',
  'ANGGARAN SETELAH PERUBAHAN': 'PAGU ANGGARAN',
  'REALISASI ANGGARAN': 'REALISASI ANGGARAN (Rp)',
  'Indikator Kinerja': 'Indikator',
  'Indikator Kinerja Utama': 'IKU',
  'INDIKATOR KINERJA UTAMA': 'INDIKATOR KINERJA (UTAMA)',
  'Sasaran Strategis': 'Sasaran',
  'SASARAN STRATEGIS': 'SASARAN',
  'Predikat Kinerja': 'Predikat',
  'Tingkat Efisiensi': 'Tingkat Efisiensi (%)',
  Satuan: 'Sat',
  No: 'No.',
  'No.': 'No',
  JUMLAH: 'J U M L A H',
  Jumlah: 'JUMLAH',
  TOTAL: 'Total',
  'Program/ Kegiatan/ Sub Kegiatan': 'Program/Kegiatan/Sub Kegiatan',
  'PROGRAM DAN KEGIATAN': 'URAIAN',
  'Kegiatan/Sub Kegiatan': 'Uraian',
};

function mapCells(model: WorkbookModel, f: (cell: Cell) => Cell): WorkbookModel {
  return { ...model, sheets: model.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => row?.map((c) => (c ? f(c) : c))) })) };
}

const same = (_sheet: string, cell: string) => cell;

export function renamedHeaders(model: WorkbookModel): Variant {
  return {
    name: 'header words replaced by synonyms',
    model: mapCells(model, (c) => (typeof c.v === 'string' && SYNONYMS[c.v.trim()] ? { ...c, v: SYNONYMS[c.v.trim()] } : c)),
    back: same,
  };
}

export function valuesOnly(model: WorkbookModel): Variant {
  return { name: 'formulas replaced by their values', model: mapCells(model, (c) => (c.f ? { ...Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'f')), v: c.v } : c)), back: same };
}

/** Decimals a number format prints (`#,##0.00` → 2), or null for General. */
function formatDecimals(fmt: string | undefined): number | null {
  if (!fmt || fmt === 'General') return null;
  const m = /0\.(0+)/.exec(fmt);
  return m ? m[1].length : 0;
}

/** The Indonesian text a number cell displays: `1.234.567`, `35,52%`, `83,25`. */
export function displayText(v: number, fmt: string | undefined): string {
  const decimals = formatDecimals(fmt);
  const percent = fmt?.includes('%') ?? false;
  const x = percent ? v * 100 : v;
  const grouped = fmt?.includes('#,##') ?? false;
  const text = decimals === null ? String(Number(x.toPrecision(15))).replace('.', ',') : formatNumber(x, decimals);
  const body = decimals === null || grouped || percent ? text : text.replace(/\./g, '');
  return `${body.replace('−', '-')}${percent ? '%' : ''}`;
}

export function numbersAsText(model: WorkbookModel): Variant {
  return {
    name: 'numbers as Indonesian text, without formulas',
    model: mapCells(model, (c) => {
      if (typeof c.v !== 'number') return c.f ? { ...Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'f')), v: c.v } : c;
      const { f: _f, fmt: _fmt, ...rest } = c;
      return { ...rest, v: displayText(c.v, c.fmt) };
    }),
    back: same,
  };
}

export const VARIANTS: ((m: WorkbookModel) => Variant)[] = [renamedHeaders, reorderedColumns, movedTables, numbersAsText, valuesOnly];
