/** The kind of a table from the roles of its columns (and, for rating scales, its content). */
import type { TableKind } from '../report';
import type { ColumnRole } from './types';

export function tableKind(roles: ReadonlySet<ColumnRole>, looksLikeScale: boolean): TableKind {
  if (looksLikeScale) return 'skala';
  const has = (r: ColumnRole) => roles.has(r);
  if (has('efisiensi') || has('efisiensi_rp') || (has('capaian') && has('penyerapan') && !has('target'))) return 'efisiensi';
  if (has('target') && (has('realisasi') || has('capaian'))) return 'kinerja';
  if (has('pagu') && (has('realisasi_anggaran') || has('penyerapan') || has('sisa'))) return 'anggaran';
  if (has('realisasi_anggaran') && has('penyerapan')) return 'anggaran';
  if (has('target') || has('pagu')) return 'pk';
  if (has('realisasi') || has('capaian')) return 'kinerja';
  return 'lainnya';
}
