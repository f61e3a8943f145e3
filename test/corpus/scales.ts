/** Rating scales the generated tables label their capaian with (domain.md §4), all gap-free. */
import type { Scale } from './draft';

/** The default profile of the checker (Permendagri 86/2017), used when no legend is printed. */
export const PERMENDAGRI86: Scale = {
  bands: [
    { from: 91, label: 'Sangat Tinggi' },
    { from: 76, label: 'Tinggi' },
    { from: 66, label: 'Sedang' },
    { from: 51, label: 'Rendah' },
    { from: -Infinity, label: 'Sangat Rendah' },
  ],
};

/** Agencies' own scales, only ever used together with a printed legend. */
export const PRINTED_SCALES: Scale[] = [
  PERMENDAGRI86,
  {
    bands: [
      { from: 100, label: 'Sangat Berhasil' },
      { from: 75, label: 'Berhasil' },
      { from: 50, label: 'Cukup Berhasil' },
      { from: -Infinity, label: 'Kurang Berhasil' },
    ],
  },
  {
    bands: [
      { from: 85, label: 'Sangat Baik' },
      { from: 70, label: 'Baik' },
      { from: 55, label: 'Cukup' },
      { from: -Infinity, label: 'Kurang' },
    ],
  },
];
