/**
 * Number text as it appears in Indonesian performance and budget sheets (domain.md §5):
 * `1.234.567,89`, `268.160.000,-`, `Rp. 10.577.358.620,-`, `35,52 %`, `94,17%%`, `100,%`,
 * `114.44%` (dot decimal), `12,387,484,416` (US grouping). Ambiguous text (`1.100 %`) and malformed
 * text (`14.90.000`) come back as such with a reason — never a guess.
 *
 * Reading rules (each one a decision, so each one is written down):
 * - A single separator followed by exactly three digits is a thousands separator when it is a dot
 *   (`7.429` → 7429, Indonesian habit) and a decimal separator when it is a comma (`0,322` → 0,322).
 *   With a percent sign a dot followed by three digits is ambiguous (`1.100 %`: 1100 % or 1,1 %?).
 * - With both separators the last one is the decimal separator (`1.234,5`, `1,234.5`); when three
 *   digits follow it the text is ambiguous (`76,946.900`: US decimals or a typo in `76.946.900`?).
 * - Digits separated by a space (`1 100`) are ambiguous: one number or a list number glued to another.
 * - A lone dash is zero in money columns (`-`, `Rp -`, `-,-`) and no value elsewhere.
 * - Parentheses mean a negative amount only in money columns (accounting style); elsewhere `(1)`
 *   is the numbering row of a table and stays text.
 */

export interface ParsedNumber {
  kind: 'number';
  /** The value as printed: `35,52%` → 35.52 (points, with `percent` true). */
  value: number;
  /** Digits printed after the decimal separator. */
  decimals: number;
  percent: boolean;
}

export interface UnparsedText {
  kind: 'blank' | 'dash' | 'text' | 'ambiguous' | 'malformed';
  text: string;
  /** Why the text is not a number (Indonesian, for the user), for ambiguous and malformed text. */
  reason?: string;
}

export type ParseResult = ParsedNumber | UnparsedText;

export interface ParseOptions {
  /** In money columns a lone `-` means zero and `(1.234)` is a negative amount. */
  money?: boolean;
}

const HAS_DIGIT = /\d/;
const MONEY_DASH = /^(rp\.?\s*)?[-–—]+(\s*,\s*-)?$/i;

function num(value: number, decimals: number, percent: boolean): ParsedNumber {
  return { kind: 'number', value: value === 0 ? 0 : value, decimals, percent };
}

function bad(kind: UnparsedText['kind'], text: string, reason?: string): UnparsedText {
  return reason ? { kind, text, reason } : { kind, text };
}

/** Strips currency, the `,-` money suffix and percent signs; tells whether a percent sign was there. */
function strip(text: string): { body: string; percent: boolean } {
  let s = text.replace(/\u00a0/g, ' ').trim();
  s = s.replace(/^rp\.?\s*/i, '');
  let percent = false;
  if (/%\s*$/.test(s)) {
    percent = true;
    s = s.replace(/\s*%+\s*$/, '');
  }
  s = s.replace(/\s*[,.]-$/, '');
  return { body: s.trim(), percent };
}

const THREE = /^\d{3}$/;

function groupsValid(groups: string[]): boolean {
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => THREE.test(g));
}

function mixedSeparators(body: string, percent: boolean, original: string): ParseResult {
  const decSep = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const groupSep = decSep === '.' ? ',' : '.';
  const at = body.lastIndexOf(decSep);
  const intPart = body.slice(0, at);
  const fracPart = body.slice(at + 1);
  if (intPart.includes(decSep) || !groupsValid(intPart.split(groupSep)) || fracPart.length === 0) {
    return bad('malformed', original, `Pemisah ribuan dan desimal pada "${original}" tidak beraturan`);
  }
  if (fracPart.length === 3) {
    return bad(
      'ambiguous',
      original,
      `"${original}" mencampur titik dan koma dengan tiga angka di belakang pemisah terakhir: bisa ribuan, bisa desimal`,
    );
  }
  return num(Number(intPart.split(groupSep).join('') + '.' + fracPart), fracPart.length, percent);
}

function singleSeparator(body: string, sep: '.' | ',', percent: boolean, original: string): ParseResult {
  const parts = body.split(sep);
  if (parts.length > 2) {
    // Several of one separator: only thousands grouping makes sense.
    if (groupsValid(parts)) return num(Number(parts.join('')), 0, percent);
    return bad('malformed', original, `Pengelompokan ribuan pada "${original}" tidak beraturan`);
  }
  const [intPart, fracPart] = parts;
  const intDigits = intPart === '' ? '0' : intPart;
  const isThousands = sep === '.' && fracPart.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
  if (!isThousands) return num(Number(intDigits + '.' + fracPart), fracPart.length, percent);
  if (percent) {
    return bad(
      'ambiguous',
      original,
      `"${original}" bisa dibaca ${intPart}${fracPart} % (titik ribuan) atau ${intPart},${fracPart} % (titik desimal)`,
    );
  }
  return num(Number(intPart + fracPart), 0, percent);
}

/** Parses the digits-and-separators body (sign already removed). */
function parseBody(body: string, percent: boolean, original: string): ParseResult {
  if (/\d\s+[\d.,]/.test(body)) {
    return bad('ambiguous', original, `"${original}" berisi angka yang dipisah spasi: satu angka atau dua angka terpisah?`);
  }
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return bad('text', original);
  // A trailing decimal comma or point with nothing after it: "100,%", "1.234," → a whole number.
  const trimmed = /^[^,]*\d,$/.test(body) || /^[\d]+\.$/.test(body) ? body.slice(0, -1) : body;
  const hasDot = trimmed.includes('.');
  const hasComma = trimmed.includes(',');
  if (hasDot && hasComma) return mixedSeparators(trimmed, percent, original);
  if (hasDot) return singleSeparator(trimmed, '.', percent, original);
  if (hasComma) return singleSeparator(trimmed, ',', percent, original);
  return num(Number(trimmed), 0, percent);
}

/** Removes a leading sign or money parentheses; returns the sign. */
function unsign(body: string, money: boolean): { sign: number; rest: string } | null {
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) return money ? { sign: -1, rest: paren[1].trim() } : null;
  if (/^[-−]/.test(body)) return { sign: -1, rest: body.slice(1).trim() };
  if (body.startsWith('+')) return { sign: 1, rest: body.slice(1).trim() };
  return { sign: 1, rest: body };
}

/** Parses number text the way the reports print it. */
export function parseNumberText(text: string, options: ParseOptions = {}): ParseResult {
  const original = text.replace(/\u00a0/g, ' ').trim();
  if (original === '') return bad('blank', original);
  if (MONEY_DASH.test(original)) return options.money ? num(0, 0, false) : bad('dash', original);
  // Words without a digit (most labels) are text: no need to try every number pattern on them.
  if (!HAS_DIGIT.test(original)) return bad('text', original);
  const { body, percent } = strip(original);
  const signed = unsign(body, options.money === true);
  if (!signed) return bad('text', original);
  const r = parseBody(signed.rest, percent, original);
  if (r.kind !== 'number') return r;
  return num(signed.sign * r.value, r.decimals, r.percent);
}

/** The number in a cell value: numbers as they are, text parsed; anything else is not a number. */
export function toNumber(value: unknown, options: ParseOptions = {}): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const r = parseNumberText(value, options);
  return r.kind === 'number' ? r.value : null;
}
