/** A small quarterly table (TW I–IV and a Total column) of six sub kegiatan, for the discovered-relation tests. */
import type { CellSpec } from './grid-builder';

export const QUARTER_HEADER = ['No', 'Uraian', 'Rencana (Rp)', 'TW I', 'TW II', 'TW III', 'TW IV', 'Total'];
export const QUARTER_ROWS: [number, number, number, number][] = [
  [120, 340, 210, 90],
  [55, 60, 75, 80],
  [900, 1200, 1100, 1300],
  [40, 35, 50, 45],
  [300, 280, 310, 290],
  [77, 81, 69, 93],
];
export const ROW_NAMES = ['Penyediaan Permakanan', 'Penyediaan Sandang', 'Penyediaan Alat Bantu', 'Layanan Rehabilitasi', 'Bimbingan Teknis', 'Pendataan Fakir Miskin'];

/** The table with its Total column computed by `total` from each row's quarters. */
export function quarterly(total: (q: number[], i: number) => number): CellSpec[][] {
  return [QUARTER_HEADER, ...QUARTER_ROWS.map((q, i) => [i + 1, ROW_NAMES[i], 5000, ...q, total(q, i)])];
}

export const sum = (q: number[]): number => q.reduce((a, b) => a + b, 0);
