/**
 * Formulas as Excel may give them back (Range.formulas, NamedItem.formula): function names in
 * another case, spaces added or removed, newer functions with their file prefixes (`_xlfn.LAMBDA`,
 * `_xlpm.x`). Two formulas that differ only so are the same formula.
 */
const PREFIX = /_xl(?:fn|ws|pm)\./gi;

export function looseFormula(f: string): string {
  return f.replace(/"[^"]*"|[^"]+/g, (part) => (part.startsWith('"') ? part : part.replace(PREFIX, '').replace(/\s+/g, '').toUpperCase()));
}

export function sameFormula(a: string, b: string): boolean {
  return looseFormula(a) === looseFormula(b);
}
