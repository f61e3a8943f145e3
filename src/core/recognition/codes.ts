/** Row codes: Permendagri codes (1.06.01.2.07.0005), outline numbering (I., 1., 1.1, a., 1)) and level words. */

const ROMAN = /^(?=[ivxlc]+\.?$)(i{1,3}|iv|v|vi{0,3}|ix|x|xi{1,3}|xiv|xv)\.?$/i;
export const LEADING_NUMBER = /^\s*((?:\d+\.)+\d*|\d+\)|\d+|[a-z]\.|[ivx]+\.)\s+(?=\S)/i;
const PERMENDAGRI = /^\d+(\.\d+){2,}$/;
export const NUMBERING_ONLY = /^\(?([ivxlc]+|\d+(\.\d+)*|[a-z])[.)]?$/i;

export type CodeStyle = 'roman' | 'arabic' | 'paren' | 'letter' | 'dotted' | 'permendagri' | 'none';

export function codeStyle(code: string | undefined): CodeStyle {
  if (!code) return 'none';
  const c = code.trim();
  if (PERMENDAGRI.test(c) && /\.0\d/.test(c)) return 'permendagri';
  if (ROMAN.test(c)) return 'roman';
  if (/^\d+\)$/.test(c)) return 'paren';
  if (/^[a-z]\.?$/i.test(c)) return 'letter';
  if (/^\d+\.\d+/.test(c)) return 'dotted';
  if (/^\d+\.?$/.test(c)) return 'arabic';
  return 'none';
}

/** Level from the words a normalised name (text.ts `normalize`) starts with: Program 0, Kegiatan 1, Sub Kegiatan 2; Urusan −1. */
export function levelFromWords(name: string): number | null {
  const t = name.replace(/^((\d+ )+|[a-z] |[ivx]+ )/, '');
  if (/^urusan\b/.test(t)) return -1;
  if (/^sub kegiatan\b/.test(t)) return 2;
  if (/^kegiatan\b/.test(t)) return 1;
  if (/^program\b/.test(t)) return 0;
  return null;
}

export function levelFromPermendagri(code: string): number {
  const n = code.split('.').length;
  return n >= 6 ? 2 : n >= 4 ? 1 : 0;
}
