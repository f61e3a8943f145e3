import { tableKind } from '../../../src/core/recognition/kind';
import type { ColumnRole } from '../../../src/core/recognition/types';

const kind = (roles: ColumnRole[], scale = false) => tableKind(new Set(roles), scale);

describe('tableKind', () => {
  it('kinerja: target with realisasi or capaian', () => {
    expect(kind(['no', 'indikator', 'target', 'realisasi', 'capaian'])).toBe('kinerja');
    expect(kind(['target', 'capaian'])).toBe('kinerja');
  });
  it('anggaran: pagu with realisasi, % or sisa', () => {
    expect(kind(['kode', 'uraian', 'pagu', 'realisasi_anggaran', 'sisa', 'penyerapan'])).toBe('anggaran');
    expect(kind(['pagu', 'sisa'])).toBe('anggaran');
    expect(kind(['realisasi_anggaran', 'penyerapan'])).toBe('anggaran');
  });
  it('efisiensi: an efisiensi column, or capaian beside penyerapan without target', () => {
    expect(kind(['capaian', 'penyerapan', 'efisiensi'])).toBe('efisiensi');
    expect(kind(['pagu', 'realisasi_anggaran', 'efisiensi_rp'])).toBe('efisiensi');
    expect(kind(['capaian', 'penyerapan'])).toBe('efisiensi');
  });
  it('pk: targets (or pagu) only', () => {
    expect(kind(['sasaran', 'indikator', 'target'])).toBe('pk');
    expect(kind(['uraian', 'pagu'])).toBe('pk');
  });
  it('skala when the content is a scale, lainnya otherwise', () => {
    expect(kind(['interval', 'predikat'], true)).toBe('skala');
    expect(kind(['no', 'uraian', 'satuan'])).toBe('lainnya');
  });
});
