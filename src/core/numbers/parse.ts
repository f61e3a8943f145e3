/**
 * Number text as it appears in Indonesian performance and budget sheets (domain.md §5):
 * `1.234.567,89`, `268.160.000,-`, `Rp. 10.577.358.620,-`, `35,52 %`, `94,17%%`, `100,%`,
 * `114.44%` (dot decimal), `12,387,484,416` (US grouping). Ambiguous text (`1.100 %`) and malformed
 * text (`14.90.000`) come back as such with a reason — never a guess.
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
  /** In money columns a lone `-` means zero. */
  money?: boolean;
}

const DASHES = /^[-–—]+$/;

function num(value: number, decimals: number, percent: boolean): ParsedNumber {
  return { kind: 'number', value, decimals, percent };
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
  s = s.replace(/[,.]-$/, '');
  s = s.replace(/\s+/g, '');
  return { body: s, percent };
}

const THREE = /^\d{3}$/;

function groupsValid(groups: string[]): boolean {
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => THREE.test(g));
}

/** Parses the digits-and-separators body (sign already removed). */
function parseBody(body: string, percent: boolean, original: string): ParseResult {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return bad('text', original);
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;

  // Trailing separator with nothing after it: "100,%" or "100." → a whole number.
  if (/[.,]$/.test(body) && dots + commas === 1) {
    return num(Number(body.slice(0, -1)), 0, percent);
  }

  if (dots === 0 && commas === 0) return num(Number(body), 0, percent);

  if (dots > 0 && commas > 0) {
    const lastDot = body.lastIndexOf('.');
    const lastComma = body.lastIndexOf(',');
    const decSep = lastDot > lastComma ? '.' : ',';
    const groupSep = decSep === '.' ? ',' : '.';
    const [intPart, fracPart] = [body.slice(0, body.lastIndexOf(decSep)), body.slice(body.lastIndexOf(decSep) + 1)];
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

  const sep = dots > 0 ? '.' : ',';
  const parts = body.split(sep);
  if (parts.length > 2) {
    // Several of one separator: only thousands grouping makes sense.
    if (groupsValid(parts)) return num(Number(parts.join('')), 0, percent);
    return bad('malformed', original, `Pengelompokan ribuan pada "${original}" tidak beraturan`);
  }
  const [intPart, fracPart] = parts;
  if (intPart === '') return num(Number('0.' + fracPart), fracPart.length, percent);
  if (sep === ',') {
    // Indonesian decimal comma.
    return num(Number(intPart + '.' + fracPart), fracPart.length, percent);
  }
  // A single dot: decimal point (`114.44`) or Indonesian thousands (`7.429`)?
  if (fracPart.length === 3 && !intPart.startsWith('0')) {
    if (percent) {
      return bad(
        'ambiguous',
        original,
        `"${original}" bisa dibaca ${intPart}${fracPart} % (titik ribuan) atau ${intPart},${fracPart} % (titik desimal)`,
      );
    }
    return num(Number(intPart + fracPart), 0, percent);
  }
  return num(Number(intPart + '.' + fracPart), fracPart.length, percent);
}

/** Parses number text the way the reports print it. */
export function parseNumberText(text: string, options: ParseOptions = {}): ParseResult {
  const original = text.trim();
  if (original === '') return bad('blank', original);
  if (DASHES.test(original) || /^rp\.?\s*[-–—]+$/i.test(original)) {
    return options.money ? num(0, 0, false) : bad('dash', original);
  }
  const { body, percent } = strip(original);
  let s = body;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1];
  }
  if (/^[-–—−]/.test(s)) {
    sign = -sign;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  const r = parseBody(s, percent, original);
  if (r.kind !== 'number') return r;
  return num(sign * r.value === 0 ? 0 : sign * r.value, r.decimals, r.percent);
}

/** The number in a cell value: numbers as they are, text parsed; anything else is not a number. */
export function toNumber(value: unknown, options: ParseOptions = {}): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const r = parseNumberText(value, options);
  return r.kind === 'number' ? r.value : null;
}
