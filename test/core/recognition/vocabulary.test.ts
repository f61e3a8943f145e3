import { isHeaderLike, readHeader, roleOf } from '../../../src/core/recognition/vocabulary';

const role = (leaf: string, group?: string) => roleOf(readHeader(leaf), group ? readHeader(group) : null);

describe('readHeader', () => {
  it('takes the year, the percent sign and "Rp" out of the base text', () => {
    expect(readHeader('Realisasi Thn 2023')).toEqual({ base: 'realisasi', percent: false, rupiah: false, year: 2023 });
    expect(readHeader('Capaian (%)')).toEqual({ base: 'capaian', percent: true, rupiah: false, year: null });
    expect(readHeader('Pagu (Rp)')).toMatchObject({ base: 'pagu', rupiah: true });
    expect(readHeader('Target Tahun 2024').year).toBe(2024);
    expect(readHeader('Th. 2024').base).toBe('');
  });

  it('gives no year when the header names two different years', () => {
    expect(readHeader('Realisasi 2022 - 2024').year).toBeNull();
  });
});

describe('roleOf: the header vocabulary of domain.md §6', () => {
  it.each([
    ['Target', 'target'],
    ['Target Thn 2024', 'target'],
    ['Target Kinerja', 'target'],
    ['Realisasi', 'realisasi'],
    ['Realisasi 2024', 'realisasi'],
    ['Capaian', 'capaian'],
    ['Capaian (%)', 'capaian'],
    ['Tingkat Capaian', 'capaian'],
    ['Nilai Kinerja (%)', 'capaian'],
    ['Predikat', 'predikat'],
    ['Kategori', 'predikat'],
    ['Interpretasi', 'predikat'],
    ['Pagu', 'pagu'],
    ['Pagu Anggaran', 'pagu'],
    ['Anggaran Setelah Perubahan', 'pagu'],
    ['Alokasi', 'pagu'],
    ['DPA', 'pagu'],
    ['Realisasi Anggaran', 'realisasi_anggaran'],
    ['Realisasi (Rp)', 'realisasi_anggaran'],
    ['Penyerapan Anggaran (%)', 'penyerapan'],
    ['Serapan', 'penyerapan'],
    ['Capaian Anggaran (%)', 'penyerapan'],
    ['Sisa', 'sisa'],
    ['Sisa Pagu', 'sisa'],
    ['Selisih (Rp)', 'sisa'],
    ['Silpa', 'sisa'],
    ['Tingkat Efisiensi (%)', 'efisiensi'],
    ['Efisiensi (Rp)', 'efisiensi_rp'],
    ['Target Akhir Renstra', 'target_renstra'],
    ['Capaian thd Target Akhir Renstra (%)', 'capaian_renstra'],
    ['No', 'no'],
    ['Kode', 'kode'],
    ['Satuan', 'satuan'],
    ['Sasaran Strategis', 'sasaran'],
    ['SasaranStrategis', 'sasaran'],
    ['Starategi', 'strategi'],
    ['Indikator Kinerja Utama', 'indikator'],
    ['IKU', 'indikator'],
    ['Program/Kegiatan/Sub Kegiatan', 'uraian'],
    ['Uraian', 'uraian'],
    ['Tujuan', 'tujuan'],
  ])('"%s" → %s', (header, expected) => {
    expect(role(header)).toBe(expected);
  });

  it('reads a leaf under its group: "Realisasi" under "Anggaran (Rp)" is the budget realisation', () => {
    expect(role('Realisasi', 'Anggaran (Rp)')).toBe('realisasi_anggaran');
    expect(role('Realisasi', 'Indikator Kinerja')).toBe('realisasi');
    expect(role('Rencana', 'Anggaran')).toBe('pagu');
    expect(role('Rencana', 'Kinerja')).toBe('target');
  });

  it('reads "K" and "Rp" by their group ("Target" / "Realisasi")', () => {
    expect(role('K', 'Target')).toBe('target');
    expect(role('K', 'Realisasi')).toBe('realisasi');
    expect(role('Rp', 'Target')).toBe('pagu');
    expect(role('Rp', 'Realisasi')).toBe('realisasi_anggaran');
  });

  it('leaves a bare "%" to its position (columns.ts) and "Capaian" under a money group is absorption', () => {
    expect(role('%')).toBeNull();
    expect(role('(%)', 'Anggaran')).toBeNull();
    expect(role('Capaian', 'Anggaran (Rp)')).toBe('penyerapan');
  });

  it('knows nothing of unrelated words', () => {
    expect(role('Foto Kegiatan Lapangan')).toBeNull();
    expect(role('Penanggung Jawab')).toBeNull();
  });
});

describe('isHeaderLike', () => {
  it('accepts header words, a bare "%", "(Rp)" and a year', () => {
    for (const t of ['Target', '%', '(Rp)', '2024', 'Realisasi Thn 2024']) expect(isHeaderLike(t)).toBe(true);
  });
  it('rejects names and long paragraphs', () => {
    expect(isHeaderLike('Meningkatnya kualitas hidup PPKS')).toBe(false);
    expect(isHeaderLike('Target '.repeat(30))).toBe(false);
  });
});
