/**
 * Reading the arguments Excel passes to the KINERJA functions: numbers, number text as users paste it
 * ("35,52%", "268.160.000,-"), blanks (an omitted optional or an empty cell arrives as null) and
 * ranges (2-D arrays). Anything unusable becomes an Excel error whose message names the value.
 */
import type { Polarity } from '../core/formulas/capaian';
import { formatNumber } from '../core/numbers/format';
import { parseNumberText } from '../core/numbers/parse';
import { invalidValue, notAvailable } from './errors';

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
export function numberArgument(value: unknown, label: string, options: NumberArgumentOptions = {}): number {
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
  for (const cell of values.flatMap(cellsOf)) {
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
