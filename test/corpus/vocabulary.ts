/** Header words as real reports and exports print them (domain.md §6). */
export const HEADERS = {
  pagu: ['Pagu', 'Pagu (Rp)', 'Pagu Anggaran', 'Anggaran', 'Anggaran Setelah Perubahan', 'Alokasi', 'DPA', 'Pagu Anggaran (Rp)', 'Alokasi Anggaran (Rp)'],
  realisasiAnggaran: ['Realisasi', 'Realisasi (Rp)', 'Realisasi Anggaran', 'Realisasi Keuangan', 'Realisasi Anggaran (Rp)'],
  sisa: ['Sisa', 'Sisa Anggaran', 'Selisih', 'Selisih (Rp)', 'Sisa Pagu', 'Sisa Anggaran (Rp)'],
  penyerapan: ['%', '(%)', 'Persentase', 'Penyerapan (%)', 'Realisasi (%)', 'Capaian Anggaran (%)', 'Serapan (%)', '% Realisasi', 'Persentase Realisasi'],
  target: ['Target', 'Target Kinerja', 'Target (T)', 'Rencana'],
  realisasi: ['Realisasi', 'Realisasi Kinerja', 'Realisasi (R)'],
  capaian: ['Capaian', 'Capaian (%)', 'Capaian Kinerja', '% Capaian', 'Tingkat Capaian', 'Capaian (%) (R/T)', 'Nilai Kinerja (%)'],
  predikat: ['Predikat', 'Predikat Kinerja', 'Kategori', 'Interpretasi', 'Keterangan'],
  indikator: ['Indikator Kinerja', 'Indikator', 'Indikator Kinerja Utama', 'IKU', 'Indikator Sasaran'],
  sasaran: ['Sasaran', 'Sasaran Strategis', 'Tujuan/Sasaran', 'Sasaran Program'],
  satuan: ['Satuan', 'Sat', 'Satuan Indikator'],
  uraian: ['Program/Kegiatan/Sub Kegiatan', 'Uraian', 'Program / Kegiatan', 'Nama Program/Kegiatan/Sub Kegiatan', 'Urusan/Program/Kegiatan/Sub Kegiatan'],
  efisiensi: ['Tingkat Efisiensi (%)', 'Tingkat Efisiensi', 'Efisiensi (%)', 'Efisiensi'],
};

/** "Tahun 2024", "Thn 2024", "Th. 2024", "2024". */
export function yearWord(year: number, variant: number): string {
  return [`Tahun ${year}`, `Thn ${year}`, `Th. ${year}`, `${year}`, `TA ${year}`][variant % 5];
}

export const AGENCIES = ['Dinas Sosial Kota Tanjungpinang', 'Dinas Sosial Kota Batam', 'Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan', 'Dinas Sosial Kota Dumai', 'Dinas Sosial Kota Pontianak', 'Dinas Sosial Kabupaten Bintan'];
