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
