/** Office.js range addresses ("Sheet1!A5:G88", "'Realisasi Anggaran'!$E$27") ↔ 0-based areas. */
import { parseAddress } from '../core/model/address';
import type { Area } from '../core/model/workbook';

const AREA = /(?:'(?:[^']|'')*'|[^!,\s']+)!(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?/g;

function area(first: string, last: string | undefined): Area | null {
  const a = parseAddress(first);
  const b = last ? parseAddress(last) : a;
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Every rectangular area of a (possibly multi-area) sheet-qualified address. */
export function parseAreas(address: string): Area[] {
  const areas: Area[] = [];
  for (const m of address.matchAll(AREA)) {
    const a = area(m[1], m[2]);
    if (a) areas.push(a);
  }
  return areas;
}

/** The area of a single-area address, with or without the sheet name. */
export function parseArea(address: string): Area | null {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [first, last] = local.split(':');
  return area(first, last);
}
