/** A1-style addresses for 0-based coordinates. */

/** Letters of the columns addressed most, built once (A1 strings are made for every checked cell). */
const LETTERS: string[] = [];
const CACHED_LETTERS = 1024;

export function columnLetter(col: number): string {
  if (col >= 0 && col < CACHED_LETTERS) return (LETTERS[col] ??= spelledColumn(col));
  return spelledColumn(col);
}

function spelledColumn(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `address(4, 2)` → `C5`. */
export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** `rangeAddress(4, 0, 87, 6)` → `A5:G88`. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

/** `parseAddress('$C$5')` → `{ row: 4, col: 2 }`; null when it is not a single A1 cell address. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Columns per row in a cell index (Excel's maximum, XFD). */
export const MAX_COLUMNS = 16384;

/**
 * `C5` → the cell index 4 × 16384 + 2, read without a regular expression or a temporary object
 * (coverage reads every checked cell's address); −1 when it is not a plain A1 cell address.
 */
export function cellIndex(a1: string): number {
  let i = 0;
  let col = 0;
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i > 3) return -1;
  let row = 0;
  const digits = i;
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  if (i === digits || i - digits > 7 || row === 0) return -1;
  return (row - 1) * MAX_COLUMNS + (col - 1);
}
