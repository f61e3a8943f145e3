/** Indonesian words the task pane shows for column roles and table kinds. */
import type { ColumnRole } from '../core/recognition/types';

export const ROLE_LABELS: Record<ColumnRole, string> = {
  no: 'Nomor',
  kode: 'Kode',
  uraian: 'Uraian (program/kegiatan)',
  tujuan: 'Tujuan',
  sasaran: 'Sasaran',
  strategi: 'Strategi',
  indikator: 'Indikator',
  satuan: 'Satuan',
  formula: 'Formula/rumus',
  target: 'Target',
  realisasi: 'Realisasi',
  capaian: 'Capaian (%)',
  predikat: 'Predikat/kategori',
  pagu: 'Pagu anggaran',
  realisasi_anggaran: 'Realisasi anggaran',
  penyerapan: 'Penyerapan anggaran (%)',
  sisa: 'Sisa/selisih',
  efisiensi: 'Tingkat efisiensi (%)',
  efisiensi_rp: 'Efisiensi (Rp)',
  target_renstra: 'Target akhir Renstra',
  capaian_renstra: 'Capaian thd target Renstra (%)',
  realisasi_lalu: 'Realisasi tahun lalu',
  jumlah: 'Jumlah',
  persen: 'Persentase dua kolom jumlah (%)',
  interval: 'Interval skala',
  keterangan: 'Keterangan',
  lainnya: 'Lainnya',
};

export { KIND_LABELS } from '../core/changes/labels';

/** The roles a user can pick for a column, in the order of ROLE_LABELS. */
export const ROLE_CHOICES = Object.keys(ROLE_LABELS) as ColumnRole[];

/** What the pane looks for, said when it finds nothing. */
export const WHAT_WE_LOOK_FOR =
  'Cermat mencari tabel dengan judul kolom seperti Target, Realisasi, Capaian (tabel kinerja), ' +
  'Pagu/Anggaran, Realisasi, Sisa, % (tabel anggaran), atau Capaian Kinerja (%), Penyerapan Anggaran (%), ' +
  'Tingkat Efisiensi (tabel efisiensi). Judul kolom boleh dua atau tiga baris.';
