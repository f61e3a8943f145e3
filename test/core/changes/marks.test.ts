import { marksForFindings, SEVERITY_FILLS } from '../../../src/core/changes/marks';
import type { Finding } from '../../../src/core/report';
import { sisaE21 } from '../../support/sample-findings';

const sisa = sisaE21;
const sumNote: Finding = {
  sheet: 'Realisasi Anggaran',
  cell: 'E21',
  check: 'sum',
  severity: 'info',
  message: 'Jumlah E23:E26 tidak memuat E22',
};
const rounding: Finding = {
  sheet: 'Kinerja Sasaran 1',
  cell: 'G18',
  check: 'capaian',
  severity: 'info',
  message: 'Capaian 110,51 % dibulatkan dari 110,5158 %',
};
const year: Finding = {
  sheet: 'Kinerja Sasaran 1',
  cell: 'F5',
  check: 'year',
  severity: 'warning',
  message: 'Judul kolom menyebut tahun 2023, laporan tahun 2024',
};

describe('marksForFindings', () => {
  it('fills each cell by severity and notes the message', () => {
    const change = marksForFindings([rounding, year]);
    expect(change.writes).toEqual([
      { sheet: 'Kinerja Sasaran 1', cell: 'G18', fill: SEVERITY_FILLS.info, note: 'Cermat — Catatan (Capaian): Capaian 110,51 % dibulatkan dari 110,5158 %' },
      { sheet: 'Kinerja Sasaran 1', cell: 'F5', fill: SEVERITY_FILLS.warning, note: 'Cermat — Peringatan (Tahun): Judul kolom menyebut tahun 2023, laporan tahun 2024' },
    ]);
    expect(change.label).toBe('Tandai 2 sel temuan pemeriksaan');
  });

  it('gives a cell with several findings one note, worst first, and the worst fill', () => {
    const change = marksForFindings([sumNote, sisa]);
    expect(change.writes).toHaveLength(1);
    expect(change.writes[0].fill).toBe(SEVERITY_FILLS.error);
    expect(change.writes[0].note).toBe(
      [
        'Cermat — 2 temuan:',
        '• Salah (Selisih/Sisa): Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365',
        '• Catatan (Jumlah): Jumlah E23:E26 tidak memuat E22',
      ].join('\n'),
    );
  });

  it('keeps cells of the same address on different sheets apart', () => {
    const other = { ...sisa, sheet: 'Efisiensi' };
    expect(marksForFindings([sisa, other]).writes.map((w) => w.sheet)).toEqual(['Realisasi Anggaran', 'Efisiensi']);
  });

  it('uses distinct light fills', () => {
    const fills = Object.values(SEVERITY_FILLS);
    expect(new Set(fills).size).toBe(3);
    for (const hex of fills) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      // Light enough for black text: relative luminance well above mid grey.
      expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeGreaterThan(190);
    }
  });

  it('marks nothing when there is nothing to mark', () => {
    expect(marksForFindings([]).writes).toEqual([]);
  });
});
