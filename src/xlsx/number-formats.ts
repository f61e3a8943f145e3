/**
 * Number formats as ExcelJS reads them: the codes of the built-in format ids a workbook may use
 * without writing them out, and which codes make a number a date. No Node imports.
 */

/** Built-in format id → code, as ExcelJS knows them (ids it has no single code for are left out). */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** A `formatCode` attribute's value as ExcelJS keeps it: backslash escapes dropped (`#,##0\ "Rp"` → `#,##0 "Rp"`). */
export function formatCode(attribute: string): string {
  return attribute.replace(/\\(.)/g, '$1');
}

/** Whether ExcelJS reads a number in this format as a date: a date or time letter outside quotes and brackets. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A date serial as ExcelJS turns it into a date, as the ISO date the model holds; `#NUM!` for one no date can hold. */
export function serialDate(serial: number, date1904: boolean): string | { error: string } {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? { error: '#NUM!' } : date.toISOString().slice(0, 10);
}
