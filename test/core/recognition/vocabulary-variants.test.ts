import { readHeader, roleOf } from '../../../src/core/recognition/vocabulary';

const role = (leaf: string, group?: string) => roleOf(readHeader(leaf), group ? readHeader(group) : null);

describe('header wording seen in other reports', () => {
  it.each([
    ['Realisasi Anggaran (%)', undefined, 'penyerapan'],
    ['Realisasi Keuangan (%)', undefined, 'penyerapan'],
    ['Realisasi Anggaran (Rp)', undefined, 'realisasi_anggaran'],
    ['Persentase Capaian', undefined, 'capaian'],
    ['% Capaian', undefined, 'capaian'],
    ['Tingkat Capaian (%)', undefined, 'capaian'],
    ['Nilai Kinerja (%)', undefined, 'capaian'],
    ['Persentase Penyerapan', undefined, 'penyerapan'],
    ['Rencana', 'Anggaran Belanja Tahun 2024', 'pagu'],
    ['Rencana', 'Kinerja', 'target'],
    ['DPA', undefined, 'pagu'],
    ['Selisih (Rp)', undefined, 'sisa'],
    ['Silpa', undefined, 'sisa'],
    ['Capaian (%)', 'Anggaran', 'penyerapan'],
    ['Target Awal Renstra', undefined, 'lainnya'],
  ])('%s (under %s) → %s', (leaf, group, expected) => {
    expect(role(leaf, group)).toBe(expected);
  });

  it('"Persentase" alone is a bare percentage, decided by its neighbours', () => {
    expect(readHeader('Persentase')).toMatchObject({ base: '', percent: true });
    expect(role('Persentase')).toBeNull();
  });
});
