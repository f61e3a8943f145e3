/** Real findings of the Tanjungpinang 2024 report, shared by the tests of everything that shows them. */
import type { Finding } from '../../src/core/report';

/** Realisasi Anggaran!E21: a kegiatan sisa that omits one sub kegiatan (244.970.000 − 219.899.635). */
export const sisaE21: Finding = {
  sheet: 'Realisasi Anggaran',
  cell: 'E21',
  check: 'difference',
  severity: 'error',
  message: 'Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365',
  expected: 25070365,
  actual: 11809165,
  related: ['C21', 'D21'],
};

/** Kinerja Sasaran 1!F5: a realisasi column still headed with last year. */
export const yearF5: Finding = {
  sheet: 'Kinerja Sasaran 1',
  cell: 'F5',
  check: 'year',
  severity: 'warning',
  message: 'Judul kolom menyebut tahun 2023, laporan tahun 2024',
  expected: 2024,
  actual: 'Realisasi Thn 2023',
};
