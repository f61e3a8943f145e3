/**
 * The value that corrects a finding's cell, where one can be written safely: a computed number
 * (capaian, persentase, selisih, jumlah, rata-rata, efisiensi), the label a predicate should have,
 * or a header with the report year. Nothing for notes (info), for judgement calls (cross-table,
 * range, scale) and for unreadable numbers (format), and never over a formula: a wrong formula is
 * for a person to repair, a constant would hide it.
 */
import type { CellWrite } from './types';
import type { Cell } from '../model/workbook';
import { formatNumber } from '../numbers/format';
import { parseNumberText } from '../numbers/parse';
import type { CheckId, Finding } from '../report';
import { safeText } from './safe-text';

const COMPUTED_CHECKS: ReadonlySet<CheckId> = new Set<CheckId>([
  'capaian',
  'ratio',
  'difference',
  'sum',
  'average',
  'efficiency',
]);

const YEAR = /\b(?:19|20)\d{2}\b/g;
const PRINTED_NUMBER = /[-−]?\d(?:[\d.,]*\d)?/;

/** True when the number format shows the value × 100 (a `%` that is not quoted or escaped). */
function formatScalesByHundred(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether the cell stores a fraction shown as a percentage (0,3552 shown 35,52 %) of the printed value. */
function storesFraction(current: Cell, actual: Finding['actual']): boolean {
  if (typeof current.v !== 'number') return false;
  if (typeof actual === 'number') return !nearlyEqual(current.v, actual) && nearlyEqual(current.v * 100, actual);
  return formatScalesByHundred(current.fmt);
}

/** "Rp 1.234.000,-" with 1250000 → "Rp 1.250.000,-": the same text with the number replaced. */
function withPrintedNumber(text: string, value: number): string | null {
  const parsed = parseNumberText(text, { money: true });
  if (parsed.kind !== 'number' || !PRINTED_NUMBER.test(text)) return null;
  return text.replace(PRINTED_NUMBER, formatNumber(value, parsed.decimals));
}

function computedValue(finding: Finding, current: Cell | undefined): CellWrite['value'] | null {
  const expected = finding.expected;
  if (typeof expected !== 'number' || !Number.isFinite(expected)) return null;
  if (!current) return expected;
  if (typeof current.v === 'string') return withPrintedNumber(current.v, expected);
  return storesFraction(current, finding.actual) ? expected / 100 : expected;
}

function predicateValue(finding: Finding): string | null {
  const label = typeof finding.expected === 'string' ? finding.expected.trim() : '';
  return label !== '' && safeText(label) === label ? label : null;
}

/** The header text with its one printed year replaced by the report year. */
function yearValue(finding: Finding, current: Cell | undefined): string | null {
  const text = typeof current?.v === 'string' ? current.v : finding.actual;
  if (typeof text !== 'string' || typeof finding.expected !== 'number') return null;
  const years = text.match(YEAR) ?? [];
  if (years.length !== 1) return null;
  return text.replace(YEAR, String(finding.expected));
}

function valueFor(finding: Finding, current: Cell | undefined): CellWrite['value'] | null {
  if (COMPUTED_CHECKS.has(finding.check)) return computedValue(finding, current);
  if (finding.check === 'predicate') return predicateValue(finding);
  if (finding.check === 'year') return yearValue(finding, current);
  return null;
}

/**
 * The write that puts the expected value into the finding's cell, or null when there is nothing
 * safe to write. Pass the cell as it is now (from the WorkbookModel) so a fraction shown as a
 * percentage gets a fraction, a number typed as text stays text in its own style, and a formula is
 * left alone; without it the expected value is written as it is.
 */
export function fixForFinding(finding: Finding, current?: Cell): CellWrite | null {
  if (finding.severity === 'info' || current?.f !== undefined) return null;
  const value = valueFor(finding, current);
  if (value === null || value === undefined) return null;
  // The fix replaces what the check read, and nothing the user typed since.
  return current ? { sheet: finding.sheet, cell: finding.cell, value, expect: current.v } : { sheet: finding.sheet, cell: finding.cell, value };
}
