/**
 * What the core asks a host to change in a workbook: plain data, applied by src/office (Excel) and
 * src/host/memory.ts (browser) atomically, and by src/xlsx for the marked copy.
 */
import type { CellValue } from '../model/workbook';

/** One cell to change. Unset fields are left as they are. */
export interface CellWrite {
  sheet: string;
  /** A1 address without `$`. */
  cell: string;
  /** A constant value (text is written as text, never as a formula). */
  value?: CellValue;
  /** A formula with the leading `=`, in Excel's invariant (en-US, `,` separated) form. */
  formula?: string;
  numberFormat?: string;
  /** Fill colour `#RRGGBB`, or null to clear. */
  fill?: string | null;
  /** Note (comment) text, or null to remove. */
  note?: string | null;
  bold?: boolean;
  /**
   * The value the cell must still hold (what the check read). When it no longer does — the user
   * edited it since — the host refuses the whole change rather than overwrite the newer value.
   */
  expect?: CellValue;
}

/** A workbook name (Name Manager), e.g. CAPAIAN = LAMBDA(…). */
export interface NameDefinition {
  name: string;
  formula: string;
  comment?: string;
}

export interface ChangeSet {
  /** What the change does, in Indonesian ("Tambah kolom Capaian pada Pengukuran Kinerja"). */
  label: string;
  writes: CellWrite[];
  /** A sheet to add (e.g. "Hasil Pemeriksaan"); replaced when it exists and was made by Cermat. */
  addSheet?: { name: string; rows: CellValue[][]; links?: { cell: string; target: string }[] };
  names?: NameDefinition[];
}
