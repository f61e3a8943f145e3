/**
 * The one data shape every workbook source (ExcelJS in the CLI, the Office JavaScript API in Excel, the in-memory
 * browser host) produces and the core consumes. Plain data: no methods, no library types.
 *
 * Coordinates are 0-based: row 0 is Excel row 1, column 0 is column A. `cells[r][c]` is the cell
 * at that position; rows and cells may be missing (undefined) where the sheet is blank.
 */

/** An Excel error value such as `#DIV/0!` or `#VALUE!`. */
export interface CellError {
  error: string;
}

/** What a cell holds: the typed value, or for a formula its cached result. */
export type CellValue = number | string | boolean | CellError | null;

export interface Cell {
  /** The value (for a formula: the last computed result; null when the source had none). */
  v: CellValue;
  /** The formula without the leading `=`, in A1 style with `,` separators (Excel's invariant form). */
  f?: string;
  /** The number format code, e.g. `0.00%`, `#,##0`; absent for General. */
  fmt?: string;
  /** The text Excel displays, where the source provides it. */
  text?: string;
  bold?: boolean;
  /** Indent level of the cell's alignment (0 when absent). */
  indent?: number;
}

/** A merged area, 0-based and inclusive. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetModel {
  name: string;
  /** Rows of cells from A1 to the end of the used range; sparse where the sheet is blank. */
  cells: (Cell | undefined)[][];
  /** Number of rows and columns covered by `cells` (the used range measured from A1). */
  rowCount: number;
  colCount: number;
  merges: Area[];
  /** Rows hidden or filtered out in the source (0-based), where the source tells. */
  hiddenRows?: number[];
  /** True when the sheet is protected (writes will be refused). */
  protected?: boolean;
}

export interface WorkbookModel {
  /** File name (without folders) where known; used to guess the report year. */
  name?: string;
  sheets: SheetModel[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export function cellAt(sheet: SheetModel, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}
