/** Which column roles hold numbers, which hold amounts of money (summed up the hierarchy), and which percentages. */
import type { ColumnRole } from './types';

export const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target', 'realisasi', 'capaian', 'pagu', 'realisasi_anggaran', 'penyerapan', 'sisa', 'efisiensi',
  'efisiensi_rp', 'target_renstra', 'capaian_renstra', 'jumlah', 'persen',
]);
export const MONEY_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['pagu', 'realisasi_anggaran', 'sisa', 'efisiensi_rp', 'jumlah']);
export const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['capaian', 'penyerapan', 'efisiensi', 'capaian_renstra', 'persen']);
