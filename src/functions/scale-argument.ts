/**
 * The `skala` argument of PREDIKAT: omitted (the default profile), a profile name ("TERCAPAI"), or a
 * range of scale rows — three columns (batas bawah, batas atas, predikat; a blank bound is open) or
 * two (interval as printed, e.g. "76 s/d <90", and predikat).
 */
import { getProfile, PROFILES, scaleFromRows, type Scale } from '../core/scales';
import { cellsOf, isBlank, numberArgument, shown } from './arguments';
import { invalidValue } from './errors';

export const DEFAULT_PROFILE = 'PERMENDAGRI86';
const RANGE_SCALE_NAME = 'skala dari rentang sel';

const KNOWN_PROFILES = Object.keys(PROFILES).join(', ');

function profileByName(name: unknown): Scale {
  if (typeof name !== 'string') {
    throw invalidValue(`Skala ${shown(name)} bukan nama profil. Pakai ${KNOWN_PROFILES}, atau rentang sel tabel skala.`);
  }
  const profile = getProfile(name);
  if (!profile) throw invalidValue(`Skala "${name.trim()}" tidak dikenal. Pakai ${KNOWN_PROFILES}, atau rentang sel tabel skala.`);
  return profile;
}

function labelOf(cell: unknown, row: number): string {
  if (typeof cell === 'string' && !isBlank(cell)) return cell;
  throw invalidValue(`Predikat pada baris ${row} skala kosong atau bukan teks (${shown(cell ?? '')}).`);
}

function boundOf(cell: unknown, label: string): number | null {
  return isBlank(cell) ? null : numberArgument(cell, label);
}

function scaleFromRange(range: unknown[][]): Scale {
  const rows = range.filter((row) => !row.every(isBlank));
  const width = rows[0]?.length ?? 0;
  if (width !== 2 && width !== 3) {
    throw invalidValue(
      `Rentang skala harus 3 kolom (batas bawah, batas atas, predikat) atau 2 kolom (interval, predikat), bukan ${width} kolom.`,
    );
  }
  const scaleRows = rows.map((row, i) =>
    width === 3
      ? {
          lower: boundOf(row[0], `Batas bawah baris ${i + 1} skala`),
          upper: boundOf(row[1], `Batas atas baris ${i + 1} skala`),
          label: labelOf(row[2], i + 1),
        }
      : { lower: null, upper: null, text: isBlank(row[0]) ? '' : String(row[0]), label: labelOf(row[1], i + 1) },
  );
  const scale = scaleFromRows(scaleRows, RANGE_SCALE_NAME);
  const unreadable = scale.unreadable?.[0];
  if (unreadable) {
    throw invalidValue(`Interval baris ${unreadable.row + 1} skala (${unreadable.label}) tidak dapat dibaca: "${unreadable.text}".`);
  }
  if (scale.intervals.length === 0) throw invalidValue('Rentang skala tidak berisi satu interval pun.');
  return scale;
}

/** The scale to classify with; an omitted argument or one blank cell means the default profile. */
export function scaleArgument(value: unknown): Scale {
  const cells = cellsOf(value);
  if (!Array.isArray(value) || cells.length === 1) {
    return isBlank(cells[0]) ? PROFILES[DEFAULT_PROFILE] : profileByName(cells[0]);
  }
  return scaleFromRange(value.map((row: unknown) => (Array.isArray(row) ? row : [row])));
}
