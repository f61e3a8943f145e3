/**
 * Text copied from a workbook into a sheet we generate must never become a formula. Convention
 * (Excel's own): text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading apostrophe. Excel (the `values` of the Office JavaScript API) takes the apostrophe as its text prefix, stores
 * the rest as text and does not show the apostrophe; the xlsx writer (src/xlsx/write-marked.ts)
 * removes it again and writes a plain text cell, which a spreadsheet never evaluates.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const TEXT_PREFIX = "'";

export function safeText(text: string): string {
  return FORMULA_START.test(text) ? TEXT_PREFIX + text : text;
}

/** The text a `safeText` result stands for (the apostrophe prefix removed where it was added). */
export function unescapeSafeText(text: string): string {
  return text.startsWith(TEXT_PREFIX) && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
