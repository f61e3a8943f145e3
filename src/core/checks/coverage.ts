/**
 * Coverage (issue "Checker v2", point 7; docs/report-format.md): how many of a table's numbers a
 * confirmed relation used, and which numeric columns were not checked, with the reason. "0 salah"
 * means little when half the numbers were never looked at; this says how much was looked at.
 */
import { columnLetter, MAX_COLUMNS, rangeAddress } from '../model/address';
import type { Grid } from '../recognition/grid';
import type { ColumnRole, RecognizedTable } from '../recognition/types';
import type { CellReading } from '../recognition/values';
import type { Coverage, UncheckedColumn, WorkbookCoverage } from '../report';
import type { Unconfirmed } from './confirm';
import type { Relation } from './ledger';

/** Columns whose numbers are labels, not amounts: never counted. */
const LABEL_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['no', 'kode', 'interval', 'tujuan', 'sasaran', 'strategi', 'indikator', 'uraian', 'formula']);

/** The cells of one sheet some relation used: by column, one flag per row. */
type UsedCells = Map<number, Uint8Array>;

function usedCells(relations: Relation[], rowCount: (sheet: string) => number): Map<string, UsedCells> {
  const bySheet = new Map<string, UsedCells>();
  for (const r of relations) {
    const sheet = r.table.sheet;
    let used = bySheet.get(sheet);
    if (!used) bySheet.set(sheet, (used = new Map()));
    const rows = rowCount(sheet);
    for (const k of r.cells) {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k - row * MAX_COLUMNS;
      if (row >= rows) continue;
      let flags = used.get(col);
      if (!flags) used.set(col, (flags = new Uint8Array(rows)));
      flags[row] = 1;
    }
  }
  return bySheet;
}

function reasonFor(table: RecognizedTable, col: number, unconfirmed: Unconfirmed[]): string {
  const u = unconfirmed.find((x) => x.relation.table === table && x.relation.col === col);
  if (u) return `tidak mengikuti rumus ${u.relation.what.toLowerCase()} pada ${u.broken} dari ${u.evaluated} baris, jadi tidak diperiksa per baris`;
  const role = table.columns.find((c) => c.col === col)?.role;
  if (!role || role === 'lainnya' || role === 'keterangan') return 'arti kolom ini tidak dikenali dan tidak ada rumus yang cocok dengan angkanya';
  return 'tidak ada kolom lain di tabel ini yang dihitung dari atau menghitung kolom ini';
}

/** Coverage of one table: its numeric cells, those a confirmed relation used, and the columns left unchecked. */
function tableCoverage(grid: Grid, table: RecognizedTable, used: UsedCells, unconfirmed: Unconfirmed[], read: (row: number, col: number) => CellReading): Coverage {
  const skip = new Set(table.columns.filter((c) => LABEL_ROLES.has(c.role)).map((c) => c.col));
  let numericCells = 0;
  let checkedCells = 0;
  const unchecked: UncheckedColumn[] = [];
  for (let col = table.area.left; col <= table.area.right; col++) {
    if (skip.has(col)) continue;
    let numbers = 0;
    let checked = 0;
    const flags = used.get(col);
    for (const row of table.rows) {
      if (row.type === 'numbering' || row.type === 'header-repeat' || grid.covered(row.row, col)) continue;
      const r = read(row.row, col);
      if (r.kind !== 'number') continue;
      numbers++;
      if (flags?.[row.row]) checked++;
    }
    numericCells += numbers;
    checkedCells += checked;
    if (numbers > 0 && checked * 2 < numbers) unchecked.push({ column: columnLetter(col), reason: reasonFor(table, col, unconfirmed) });
  }
  return { numericCells, checkedCells, unchecked };
}

export interface CoverageResult {
  /** One per table, in the order of the recognised tables. */
  tables: Coverage[];
  workbook: WorkbookCoverage;
}

/** Coverage of every table and of the workbook, from the relations the numbers confirmed. */
export function coverageOf(
  tables: RecognizedTable[],
  grid: (sheet: string) => Grid,
  confirmed: Relation[],
  unconfirmed: Unconfirmed[],
  /** A cell's reading, through the checks' cache. */
  read: (table: RecognizedTable, row: number, col: number) => CellReading,
): CoverageResult {
  const used = usedCells(confirmed, (sheet) => grid(sheet).sheet.rowCount);
  const per = tables.map((t) => tableCoverage(grid(t.sheet), t, used.get(t.sheet) ?? new Map(), unconfirmed, (row, col) => read(t, row, col)));
  return {
    tables: per,
    workbook: {
      numericCells: per.reduce((n, c) => n + c.numericCells, 0),
      checkedCells: per.reduce((n, c) => n + c.checkedCells, 0),
      unchecked: per.flatMap((c, i) => {
        const { top, left, bottom, right } = tables[i].area;
        return c.unchecked.map((u) => ({ sheet: tables[i].sheet, table: rangeAddress(top, left, bottom, right), ...u }));
      }),
    },
  };
}
