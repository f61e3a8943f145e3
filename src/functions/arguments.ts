/**
 * Reading the arguments Excel passes to the KINERJA functions: numbers, number text as users paste it
 * ("35,52%", "268.160.000,-"), blanks (an omitted optional or an empty cell arrives as null), ranges
 * (2-D arrays) and data-type values (objects with a `basicValue`). Anything unusable becomes an Excel
 * error whose message names the value.
 *
 * The percent rule. A custom function gets a cell's value, never its displayed text ("Custom functions
 * parameter options", excel/custom-functions-parameter-options), so a cell formatted as percent that
 * shows 95,52 % arrives as 0,9552 while KINERJA works in points (95,52). Therefore, for an argument
 * that is a percentage (capaian, penyerapan, the nilai of PREDIKAT), and for CAPAIAN's target and
 * realisasi when either of them is a percentage:
 * - a formatted-number data-type value whose number format has "%" is a fraction: × 100;
 * - percent text ("95,52%") is in points;
 * - a plain number of at most 2 (in absolute value) is the fraction of a %-formatted cell: × 100
 *   (0,9552 → 95,52). A real percentage of 2 % or less must be written as percent text ("1,5%");
 * - any other number is in points.
 * Data-type values: "Custom functions and data types" (excel/custom-functions-data-types-concepts) and
 * "Excel JavaScript API data types core concepts" (excel/excel-data-types-concepts): FormattedNumber,
 * Double, String and Boolean values carry the cell's value in `basicValue`; an Error value is a #VALUE!.
 */
import type { Polarity } from '../core/formulas/capaian';
import { formatNumber } from '../core/numbers/format';
import { parseNumberText } from '../core/numbers/parse';
import { invalidValue, notAvailable } from './errors';

/** The largest plain number read as the fraction of a %-formatted cell (see the percent rule). */
export const FRACTION_LIMIT = 2;

/** An Excel data-type value as a custom function receives it. */
interface DataTypeValue {
  type?: string;
  basicValue: unknown;
  numberFormat?: string;
}

function isDataTypeValue(value: unknown): value is DataTypeValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'basicValue' in value;
}

/** A FormattedNumber data-type value shown as a percentage. */
function isPercentFormatted(value: unknown): boolean {
  return isDataTypeValue(value) && typeof value.basicValue === 'number' && /%/.test(value.numberFormat ?? '');
}

/** The plain value of a data-type value (its `basicValue`); any other value as it is. */
export function basicValue(value: unknown, label: string): unknown {
  if (!isDataTypeValue(value)) return value;
  if (value.type === 'Error') throw invalidValue(`${label} berisi galat ${String(value.basicValue)}.`);
  return value.basicValue;
}

function isPercentText(value: unknown): boolean {
  return typeof value === 'string' && /%\s*$/.test(value);
}

/** × 100 without binary noise: 0,85 → 85, not 85,00000000000001 (which would cross a scale bound). */
function fractionToPoints(fraction: number): number {
  return Number((fraction * 100).toPrecision(15));
}

/** One value under the percent rule: points as a number, or the value untouched (text in points, counts). */
function inPoints(value: unknown, label: string): unknown {
  const plain = basicValue(value, label);
  if (typeof plain !== 'number') return plain;
  return isPercentFormatted(value) || Math.abs(plain) <= FRACTION_LIMIT ? fractionToPoints(plain) : plain;
}

/** A percentage argument (capaian, penyerapan, a nilai to rate) in points, under the percent rule. */
export function percentArgument(value: unknown, label: string): number {
  return numberArgument(inPoints(value, label), label);
}

/**
 * CAPAIAN's target and realisasi: as given (counts, scores, text such as "72/BB"), unless either is a
 * percentage (percent text or a %-formatted data-type value); then both go by the percent rule, so
 * "40%" next to 0,38 is 40 against 38, not 40 against 0,38.
 */
export function capaianArguments(target: unknown, realisasi: unknown): [unknown, unknown] {
  const percent = [target, realisasi].some((v) => isPercentFormatted(v) || isPercentText(basicValue(v, 'Nilai')));
  if (!percent) return [basicValue(target, 'Target'), basicValue(realisasi, 'Realisasi')];
  return [inPoints(target, 'Target'), inPoints(realisasi, 'Realisasi')];
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The argument as the user sees it, for messages: text in quotes, numbers in id-ID style. */
export function shown(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value, undefined, 6);
  if (typeof value === 'boolean') return value ? 'BENAR' : 'SALAH';
  return `"${String(value).trim()}"`;
}

/** Number text that cannot be read with certainty ("1.100 %", "14.90.000"): never guessed. */
function unreadableNumber(label: string, value: unknown, reason: string | undefined): CustomFunctions.Error {
  return invalidValue(`${label} ${shown(value)} tidak dapat dibaca dengan pasti: ${reason ?? 'format angka tidak beraturan'}.`);
}

export interface NumberArgumentOptions {
  /** Money column: a lone "-" means zero. */
  money?: boolean;
}

/**
 * A numeric argument. `label` names it in messages ("Target", "Pagu"). Percent text stays in points:
 * "35,52%" → 35.52. A blank argument is #N/A: there is no data yet.
 */
export function numberArgument(argument: unknown, label: string, options: NumberArgumentOptions = {}): number {
  const value = basicValue(argument, label);
  if (isBlank(value)) throw notAvailable(`${label} kosong: belum ada data.`);
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw invalidValue(`${label} ${shown(value)} bukan angka yang sah.`);
  }
  if (typeof value !== 'string') throw invalidValue(`${label} ${shown(value)} bukan angka.`);
  const parsed = parseNumberText(value, { money: options.money });
  switch (parsed.kind) {
    case 'number':
      return parsed.value;
    case 'dash':
      throw invalidValue(`${label} ${shown(value)} bukan angka (tanda "-" hanya berarti nol di kolom uang).`);
    case 'ambiguous':
    case 'malformed':
      throw unreadableNumber(label, value, parsed.reason);
    default:
      throw invalidValue(`${label} ${shown(value)} bukan angka.`);
  }
}

/** An optional text argument (a name, a keyword): null when omitted or blank. */
export function optionalTextArgument(value: unknown, label: string): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim();
  throw invalidValue(`${label} ${shown(value)} harus berupa teks.`);
}

const POLARITIES = new Map<string, Polarity>([
  ['naik', 'naik'],
  ['turun', 'turun'],
  ['turun-rasio', 'turun-rasio'],
  ['rasio', 'turun-rasio'],
]);

/** The `arah` argument: "naik" (default), "turun", "turun-rasio" (or "rasio"); case and spaces do not count. */
export function polarityArgument(value: unknown): Polarity {
  const text = optionalTextArgument(value, 'Arah');
  if (text === null) return 'naik';
  const polarity = POLARITIES.get(text.toLowerCase().replace(/[\s_]+/g, '-'));
  if (!polarity) throw invalidValue(`Arah "${text}" tidak dikenal. Pakai "naik", "turun" atau "turun-rasio".`);
  return polarity;
}

/** The cells of a range argument, row by row; a single value (not a range) counts as one cell. */
export function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  return value.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/**
 * The numbers in the values of a repeating range argument (RATA): blank cells, logical values and
 * text that is not a number ("n/a", "Puas") are skipped like Excel's AVERAGE does; number text
 * counts; text that only looks like a number but cannot be read with certainty ("1.100 %") is an
 * error rather than a silently skipped value.
 */
export function numbersIn(values: readonly unknown[]): number[] {
  const numbers: number[] = [];
  for (const cell of values.flatMap(cellsOf).map((v) => basicValue(v, 'Nilai'))) {
    if (typeof cell === 'number' && Number.isFinite(cell)) numbers.push(cell);
    if (typeof cell !== 'string' || isBlank(cell)) continue;
    const parsed = parseNumberText(cell);
    if (parsed.kind === 'number') numbers.push(parsed.value);
    if (parsed.kind === 'ambiguous' || parsed.kind === 'malformed') {
      throw unreadableNumber('Nilai', cell, parsed.reason);
    }
  }
  return numbers;
}
