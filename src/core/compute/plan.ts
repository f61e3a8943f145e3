/**
 * Plans the columns Cermat adds to the right of a recognised table: live KINERJA.* formulas that
 * refer to the table's own cells, so the sheet recomputes when a number changes. The plan never
 * targets a non-empty cell: it lists the blocking cells and offers the next free column instead.
 */
import type { CellWrite } from '../changes/types';
import { address, columnLetter, rangeAddress } from '../model/address';
import type { SheetModel } from '../model/workbook';
import { cellAt } from '../model/workbook';
import type { ColumnRole, RecognizedTable, TableRow } from '../recognition/types';
import { detectPolarity } from '../formulas/polarity';
import { absoluteAreaReference, holdsFraction, inMerge, isBlankCell, pointsReference } from './references';
import type { ComputedColumnKind, ComputedColumnsPlan, ComputeOptions, PlannedColumn, ScaleChoice } from './types';

export const COLUMN_HEADERS: Record<ComputedColumnKind, string> = {
  capaian: 'Capaian (Cermat)',
  predikat: 'Predikat (Cermat)',
  penyerapan: 'Penyerapan (Cermat)',
  sisa: 'Sisa (Cermat)',
  efisiensi: 'Tingkat Efisiensi (Cermat)',
  'kategori-efisiensi': 'Kategori Efisiensi (Cermat)',
};

const KIND_ORDER: ComputedColumnKind[] = ['capaian', 'predikat', 'penyerapan', 'sisa', 'efisiensi', 'kategori-efisiensi'];

/** Percentage points with two decimals: the values are points (114,44), not fractions. */
const POINTS_FORMAT = '0.00';
const MONEY_FORMAT = '#,##0';
const SAMPLE_SIZE = 3;

/** Rows that get formulas: data rows, and totals/averages whose own inputs are filled in. */
const COMPUTED_ROW_TYPES = new Set<TableRow['type']>(['data', 'total', 'average']);

/** Where a column's input comes from: a column of the table, or a column this plan adds. */
interface Source {
  col: number;
  added: boolean;
}

interface Context {
  sheet: SheetModel;
  table: RecognizedTable;
  options: ComputeOptions;
  /** Added column of each planned kind. */
  added: Map<ComputedColumnKind, number>;
  /** Cells of added columns that received a formula, as `row:col`. */
  filled: Set<string>;
}

function roleColumn(table: RecognizedTable, ...roles: ColumnRole[]): number | undefined {
  for (const role of roles) {
    const column = table.columns.find((c) => c.role === role);
    if (column) return column.col;
  }
  return undefined;
}

/** In budget tables the realisasi column may carry the plain `realisasi` role. */
function budgetRealisasiColumn(table: RecognizedTable): number | undefined {
  return table.kind === 'anggaran' ? roleColumn(table, 'realisasi_anggaran', 'realisasi') : roleColumn(table, 'realisasi_anggaran');
}

function kinerjaRealisasiColumn(table: RecognizedTable): number | undefined {
  return table.kind === 'anggaran' ? undefined : roleColumn(table, 'realisasi');
}

/** The kinds that can be computed from the table's roles, in order, limited to `wanted`. */
function computableKinds(table: RecognizedTable, wanted: readonly ComputedColumnKind[]): ComputedColumnKind[] {
  const hasCapaianInputs = roleColumn(table, 'target') !== undefined && kinerjaRealisasiColumn(table) !== undefined;
  const hasBudgetInputs = roleColumn(table, 'pagu') !== undefined && budgetRealisasiColumn(table) !== undefined;
  const capaianSource = (wanted.includes('capaian') && hasCapaianInputs) || roleColumn(table, 'capaian') !== undefined;
  const penyerapanSource = (wanted.includes('penyerapan') && hasBudgetInputs) || roleColumn(table, 'penyerapan') !== undefined;
  const possible: Record<ComputedColumnKind, boolean> = {
    capaian: hasCapaianInputs,
    predikat: capaianSource,
    penyerapan: hasBudgetInputs,
    sisa: hasBudgetInputs,
    efisiensi: capaianSource && penyerapanSource,
    'kategori-efisiensi': capaianSource && penyerapanSource,
  };
  return KIND_ORDER.filter((k) => wanted.includes(k) && possible[k]);
}

function source(ctx: Context, kind: 'capaian' | 'penyerapan'): Source | undefined {
  const added = ctx.added.get(kind);
  if (added !== undefined) return { col: added, added: true };
  const col = roleColumn(ctx.table, kind);
  return col === undefined ? undefined : { col, added: false };
}

/** The reference to a source cell in points, or null when the cell has nothing to compute from. */
function sourceReference(ctx: Context, src: Source | undefined, row: number): string | null {
  if (!src) return null;
  if (src.added) return ctx.filled.has(`${row}:${src.col}`) ? address(row, src.col) : null;
  if (isBlankCell(cellAt(ctx.sheet, row, src.col))) return null;
  return pointsReference(ctx.sheet, row, src.col, true);
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function scaleArgument(scale: ScaleChoice | undefined): string {
  if (!scale) return stringLiteral('PERMENDAGRI86');
  return 'profile' in scale ? stringLiteral(scale.profile) : absoluteAreaReference(scale.sheet, scale.range);
}

function indicatorLabel(ctx: Context, row: TableRow): string {
  const col = roleColumn(ctx.table, 'indikator');
  const cell = col === undefined ? undefined : cellAt(ctx.sheet, row.row, col);
  return typeof cell?.v === 'string' && cell.v.trim() ? cell.v : row.label;
}

function capaianFormula(ctx: Context, row: TableRow): string | null {
  const targetCol = roleColumn(ctx.table, 'target') as number;
  const realisasiCol = kinerjaRealisasiColumn(ctx.table) as number;
  const target = cellAt(ctx.sheet, row.row, targetCol);
  const realisasi = cellAt(ctx.sheet, row.row, realisasiCol);
  if (isBlankCell(target) && isBlankCell(realisasi)) return null;
  // Capaian is a ratio: two fractions (or two point values) need no conversion; a mixture does.
  const mixed = holdsFraction(target) !== holdsFraction(realisasi);
  const t = pointsReference(ctx.sheet, row.row, targetCol, mixed);
  const r = pointsReference(ctx.sheet, row.row, realisasiCol, mixed);
  const polarity =
    ctx.options.polarityByRow?.[row.row] ?? detectPolarity(indicatorLabel(ctx, row), ctx.options.lowerIsBetterKeywords).polarity;
  const call = `KINERJA.CAPAIAN(${t},${r},${stringLiteral(polarity)})`;
  return ctx.options.cap != null ? `MIN(${call},${ctx.options.cap})` : call;
}

function budgetFormula(ctx: Context, row: TableRow, fn: 'PENYERAPAN' | 'SISA'): string | null {
  const paguCol = roleColumn(ctx.table, 'pagu') as number;
  const realisasiCol = budgetRealisasiColumn(ctx.table) as number;
  if (isBlankCell(cellAt(ctx.sheet, row.row, paguCol)) && isBlankCell(cellAt(ctx.sheet, row.row, realisasiCol))) return null;
  return `KINERJA.${fn}(${address(row.row, paguCol)},${address(row.row, realisasiCol)})`;
}

function efficiencyFormula(ctx: Context, row: TableRow, fn: 'EFISIENSI' | 'KATEGORIEFISIENSI'): string | null {
  const c = sourceReference(ctx, source(ctx, 'capaian'), row.row);
  const p = sourceReference(ctx, source(ctx, 'penyerapan'), row.row);
  return c && p ? `KINERJA.${fn}(${c},${p})` : null;
}

function formulaFor(ctx: Context, kind: ComputedColumnKind, row: TableRow): string | null {
  switch (kind) {
    case 'capaian':
      return capaianFormula(ctx, row);
    case 'predikat': {
      const c = sourceReference(ctx, source(ctx, 'capaian'), row.row);
      return c ? `KINERJA.PREDIKAT(${c},${scaleArgument(ctx.options.scale)})` : null;
    }
    case 'penyerapan':
      return budgetFormula(ctx, row, 'PENYERAPAN');
    case 'sisa':
      return budgetFormula(ctx, row, 'SISA');
    case 'efisiensi':
      return efficiencyFormula(ctx, row, 'EFISIENSI');
    case 'kategori-efisiensi':
      return efficiencyFormula(ctx, row, 'KATEGORIEFISIENSI');
  }
}

function numberFormatFor(ctx: Context, kind: ComputedColumnKind, row: number): string | undefined {
  if (kind === 'capaian' || kind === 'penyerapan' || kind === 'efisiensi') return POINTS_FORMAT;
  if (kind === 'sisa') {
    const paguCol = roleColumn(ctx.table, 'pagu') as number;
    return cellAt(ctx.sheet, row, paguCol)?.fmt ?? MONEY_FORMAT;
  }
  return undefined;
}

function occupied(sheet: SheetModel, row: number, col: number): boolean {
  return !isBlankCell(cellAt(sheet, row, col)) || inMerge(sheet, row, col);
}

/** Non-empty cells in `width` columns from `start`, over the rows the table spans. */
function blockingCells(sheet: SheetModel, table: RecognizedTable, start: number, width: number): string[] {
  const cells: string[] = [];
  for (let col = start; col < start + width; col++) {
    for (let row = table.header.top; row <= table.area.bottom; row++) {
      if (occupied(sheet, row, col)) cells.push(address(row, col));
    }
  }
  return cells;
}

function nextFreeStart(sheet: SheetModel, table: RecognizedTable, after: number, width: number): number {
  let start = after + 1;
  while (blockingCells(sheet, table, start, width).length > 0) start++;
  return start;
}

function headerBold(sheet: SheetModel, table: RecognizedTable): boolean {
  for (let col = table.area.right; col >= table.area.left; col--) {
    const cell = cellAt(sheet, table.header.bottom, col);
    if (cell && !isBlankCell(cell)) return cell.bold === true;
  }
  return false;
}

const NO_PAIRS =
  'Tabel ini tidak memiliki pasangan kolom yang dapat dihitung (target dan realisasi, pagu dan realisasi anggaran, ' +
  'atau capaian dan penyerapan). Periksa pemetaan kolom pada tab Tabel.';

function nothingToCompute(table: RecognizedTable, start: number, message = NO_PAIRS): ComputedColumnsPlan {
  return {
    label: 'Tidak ada kolom yang dapat dihitung',
    writes: [],
    tableId: table.id,
    startColumn: start,
    columns: [],
    blocking: [],
    alternativeStartColumn: null,
    message,
  };
}

/** Plans the computed columns of one recognised table on its sheet. */
export function planComputedColumns(sheet: SheetModel, table: RecognizedTable, options: ComputeOptions = {}): ComputedColumnsPlan {
  const start = options.startColumn ?? table.area.right + 1;
  // Columns Cermat already added to this table are not added twice.
  const present = new Set(table.columns.map((c) => c.header));
  const computable = computableKinds(table, options.columns ?? KIND_ORDER);
  const kinds = computable.filter((k) => !present.has(COLUMN_HEADERS[k]));
  if (computable.length > 0 && kinds.length === 0) {
    return nothingToCompute(table, start, 'Semua kolom hitungan Cermat untuk tabel ini sudah ada; tidak ada yang ditambahkan lagi.');
  }
  if (kinds.length === 0) return nothingToCompute(table, start);

  const ctx: Context = { sheet, table, options, added: new Map(), filled: new Set() };
  kinds.forEach((kind, i) => ctx.added.set(kind, start + i));

  const bold = headerBold(sheet, table);
  const writes: CellWrite[] = [];
  const columns: PlannedColumn[] = kinds.map((kind, i) => {
    const col = start + i;
    const header: CellWrite = { sheet: sheet.name, cell: address(table.header.bottom, col), value: COLUMN_HEADERS[kind] };
    if (bold) header.bold = true;
    writes.push(header);
    return { kind, col, letter: columnLetter(col), header: COLUMN_HEADERS[kind], rows: 0, sample: [] };
  });

  for (const row of table.rows) {
    if (!COMPUTED_ROW_TYPES.has(row.type)) continue;
    for (const column of columns) {
      const formula = formulaFor(ctx, column.kind, row);
      if (formula === null) continue;
      ctx.filled.add(`${row.row}:${column.col}`);
      const write: CellWrite = { sheet: sheet.name, cell: address(row.row, column.col), formula: `=${formula}` };
      const format = numberFormatFor(ctx, column.kind, row.row);
      if (format) write.numberFormat = format;
      writes.push(write);
      column.rows++;
      if (column.sample.length < SAMPLE_SIZE) column.sample.push(write.formula as string);
    }
  }

  const blocking = blockingCells(sheet, table, start, kinds.length);
  const { top, left, bottom, right } = table.area;
  return {
    label: `Tambah kolom ${kinds.map((k) => COLUMN_HEADERS[k].replace(' (Cermat)', '')).join(', ')} pada ${sheet.name}!${rangeAddress(top, left, bottom, right)}`,
    writes,
    tableId: table.id,
    startColumn: start,
    columns,
    blocking,
    alternativeStartColumn: blocking.length > 0 ? nextFreeStart(sheet, table, start, kinds.length) : null,
  };
}
