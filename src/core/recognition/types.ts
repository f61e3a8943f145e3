import type { Area } from '../model/workbook';
import type { TableKind } from '../report';

/** What a column holds (domain.md §6). */
export type ColumnRole =
  | 'no'
  | 'kode'
  | 'uraian'
  | 'tujuan'
  | 'sasaran'
  | 'strategi'
  | 'indikator'
  | 'satuan'
  | 'formula'
  | 'target'
  | 'realisasi'
  | 'capaian'
  | 'predikat'
  | 'pagu'
  | 'realisasi_anggaran'
  | 'penyerapan'
  | 'sisa'
  | 'efisiensi'
  | 'efisiensi_rp'
  | 'target_renstra'
  | 'capaian_renstra'
  | 'realisasi_lalu'
  | 'jumlah'
  /** A percentage of the two count columns before it. */
  | 'persen'
  | 'interval'
  | 'keterangan'
  | 'lainnya';

export interface TableColumn {
  /** 0-based column index on the sheet. */
  col: number;
  role: ColumnRole;
  /** The header text of the column's lowest header cell, and of its group cell above when merged. */
  header: string;
  group?: string;
  /** A year printed in the header ("Realisasi Thn 2023" → 2023), with the header cell it was read from. */
  year?: number;
  yearCell?: { row: number; col: number };
}

export type RowType = 'data' | 'total' | 'average' | 'section' | 'numbering' | 'header-repeat';

export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  type: RowType;
  /** Hierarchy depth: 0 for the top level (Program, Sasaran), 1 for its children, … */
  level: number;
  /** The sheet row of the parent row, or null at the top. */
  parent: number | null;
  /** A Permendagri code (`1.06.01.2.07.0005`) or numbering (`1.1`, `a.`) when the row has one. */
  code?: string;
  /** The row's name (uraian / indikator / sasaran), carried down from merged cells where blank. */
  label: string;
  /** The sheet row of an earlier row of the same table with the same name and the same numbers. */
  duplicateOf?: number;
}

export interface RecognizedTable {
  /** Stable id: `sheet!A5:G6` (the header area), used to remember the user's corrections. */
  id: string;
  sheet: string;
  kind: TableKind;
  /** The whole table, header included. */
  area: Area;
  header: Area;
  /** The numbering row under the header ("1 2 3 …", "13 = 12/7x100"), when the table has one. */
  numberingRow?: number;
  /** Caption lines above the table. */
  caption: string[];
  /** Where each caption line is (0-based row and column), in the same order. */
  captionCells?: { row: number; col: number }[];
  columns: TableColumn[];
  rows: TableRow[];
}

export interface Recognition {
  year: number | null;
  tables: RecognizedTable[];
}
