/** Numbers as Indonesian readers expect them: `1.234.567,89` (domain.md §5). */

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Beyond this `toFixed` switches to exponent notation; such values are written `1,5 × 10³⁰⁸`. */
const FIXED_LIMIT = 1e21;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** `1,5 × 10³⁰⁸`: the mantissa with a decimal comma, the power of ten in superscript digits. */
function powerOfTen(value: number, places: number, trim: boolean): string {
  const [mantissa, exponent] = Math.abs(value).toExponential(places).split('e');
  const digits = trim && mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
  const power = [...String(Number(exponent))].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
  return `${value < 0 ? '−' : ''}${digits.replace('.', ',')} × 10${power}`;
}

/**
 * Formats in id-ID style. With `decimals` the value is rounded to exactly that many decimals;
 * without, up to `maxDecimals` (default 2) are shown and trailing zeros dropped.
 */
export function formatNumber(value: number, decimals?: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const places = Math.min(20, Math.max(0, Math.floor(decimals ?? maxDecimals)));
  if (Math.abs(value) >= FIXED_LIMIT) return powerOfTen(value, places, decimals === undefined);
  let fixed = Math.abs(value).toFixed(places);
  if (decimals === undefined && fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac] = fixed.split('.');
  const negative = value < 0 && /[1-9]/.test(fixed);
  return `${negative ? '−' : ''}${group(int)}${frac ? ',' + frac : ''}`;
}

/** A percentage in points: `formatPercent(114.4426)` → `114,44 %`. */
export function formatPercent(points: number, decimals = 2): string {
  return `${formatNumber(points, decimals)} %`;
}
