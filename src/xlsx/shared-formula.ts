/**
 * A shared formula moved from its master cell to a cell it fills, the way ExcelJS's `formula`
 * getter moves it (its lib/utils/shared-formula.js, here as a scan of the formula's characters):
 * every run of letters, digits, `_` and `$` (two or more, optionally after `Sheet!`) that is an
 * A1 reference and not a function name moves by the offset, except where `$` fixes its column or
 * row. A column moved off the sheet becomes `#REF!` (ExcelJS throws there). No Node imports.
 */

/** `[A-Za-z0-9_-]`: what ExcelJS takes for a sheet name before `!`. */
function isSheetChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** `[A-Za-z0-9_$]`: what ExcelJS takes for a candidate reference. */
function isReferenceChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

const MAX_COLUMN = 16_384;
const DOLLAR = 36;

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The candidate `text` moved by the offset when it is a reference (`$`? letters `$`? row); null when it is not one. */
function moved(text: string, rowOffset: number, colOffset: number): string | null {
  let p = 0;
  const colFixed = text.charCodeAt(p) === DOLLAR;
  if (colFixed) p++;
  const lettersStart = p;
  let col = 0;
  for (let c = text.charCodeAt(p); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = text.charCodeAt(++p)) col = col * 26 + (c & ~32) - 64;
  const letterCount = p - lettersStart;
  if (letterCount === 0) return null;
  const rowFixed = text.charCodeAt(p) === DOLLAR;
  if (rowFixed) p++;
  const digitsStart = p;
  const firstDigit = text.charCodeAt(p);
  if (!(firstDigit >= 49 && firstDigit <= 57)) return null;
  while (p < text.length && text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) p++;
  if (p !== text.length) return null;
  // Past XFD it is a name, not a column (the check is on the letters, as ExcelJS makes it).
  const upper = text.slice(lettersStart, lettersStart + letterCount).toUpperCase();
  if (letterCount > 3 || (letterCount === 3 && upper > 'XFD')) return null;
  const newCol = colFixed ? col : col + colOffset;
  const newRow = parseInt(text.slice(digitsStart), 10) + (rowFixed ? 0 : rowOffset);
  if (newCol < 1 || newCol > MAX_COLUMN) return '#REF!';
  return `${colFixed ? '$' : ''}${columnLetters(newCol)}${rowFixed ? '$' : ''}${newRow}`;
}

/** `formula`, written for the cell at (fromRow, fromCol), as it reads at (toRow, toCol); 1-based. */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  const rowOffset = toRow - fromRow;
  const colOffset = toCol - fromCol;
  const n = formula.length;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < n) {
    let sheetEnd = i;
    while (sheetEnd < n && isSheetChar(formula.charCodeAt(sheetEnd))) sheetEnd++;
    let start = -1;
    let end = -1;
    if (sheetEnd < n && formula.charCodeAt(sheetEnd) === 33) {
      let e = sheetEnd + 1;
      while (e < n && isReferenceChar(formula.charCodeAt(e))) e++;
      if (e - sheetEnd - 1 >= 2) {
        start = sheetEnd + 1;
        end = e;
      }
    }
    if (start < 0) {
      let e = i;
      while (e < n && isReferenceChar(formula.charCodeAt(e))) e++;
      if (e - i >= 2) {
        start = i;
        end = e;
      }
    }
    if (start < 0) {
      i++;
      continue;
    }
    if (end < n && formula.charCodeAt(end) === 40) {
      i = end + 1;
      continue;
    }
    const replacement = moved(formula.slice(start, end), rowOffset, colOffset);
    if (replacement !== null) {
      out += formula.slice(copied, start) + replacement;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? formula : out + formula.slice(copied);
}
