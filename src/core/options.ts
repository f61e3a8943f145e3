import type { ColumnRole } from './recognition/types';

/** A user's correction of a recognised table (remembered in the workbook's settings). */
export interface TableOverride {
  /** RecognizedTable.id */
  tableId: string;
  ignore?: boolean;
  /** Column letter → role ('' removes a role). */
  roles?: Record<string, ColumnRole | ''>;
}

/** What a check run may be told instead of detecting it. */
export interface CheckOptions {
  /** A built-in scale profile name (PERMENDAGRI86, BERHASIL, …); default: the workbook's own scale table, else PERMENDAGRI86. */
  scale?: string;
  /** The report year; default: detected from captions, headers and the file name. */
  year?: number | null;
  overrides?: TableOverride[];
  /** Extra words that mark an indicator as lower-is-better ("angka kemiskinan", "jumlah kasus", …). */
  lowerIsBetterKeywords?: string[];
}

/** The settings the task pane keeps in the workbook's document settings. */
export interface CermatSettings extends CheckOptions {
  /** Show differences within the printed precision as notes (info findings). */
  showRoundingNotes?: boolean;
}
