/** Numbers as Indonesian readers expect them: `1.234.567,89` (domain.md §5). */

function group(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Beyond this `toFixed` switches to exponent notation; such values are shown as JavaScript prints them. */
const FIXED_LIMIT = 1e21;

/**
 * Formats in id-ID style. With `decimals` the value is rounded to exactly that many decimals;
 * without, up to `maxDecimals` (default 2) are shown and trailing zeros dropped.
 */
export function formatNumber(value: number, decimals?: number, maxDecimals = 2): string {
  if (!Number.isFinite(value) || Math.abs(value) >= FIXED_LIMIT) return String(value);
  const places = Math.min(20, Math.max(0, Math.floor(decimals ?? maxDecimals)));
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
