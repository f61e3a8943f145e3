/**
 * Percentages typed three ways in one workbook — 85 % (percent format or text), 85 (points) and
 * 0,85 (a bare fraction) — are compared on one footing (domain.md §5).
 */
import { workbook, sheet } from '../../support/grid-builder';
import { findingsOf, loud } from './run';

describe('capaian with a target printed as a percentage and a realisasi typed as a bare fraction', () => {
  const model = workbook([
    sheet('Kinerja', [
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase PPKS yang tertangani', '85%', 0.85, '100%'],
      [2, 'Persentase lansia terlantar terlayani', '90%', 0.8325, '100%'],
    ]),
  ]);

  it('reads 0,85 as 85 %: row 2 is right, row 3 (83,25 ÷ 90 = 92,50 %) is an error', () => {
    const fs = loud(findingsOf(model, 'capaian'));
    expect(fs.map((f) => [f.cell, f.severity, f.expected])).toEqual([['E3', 'error', 92.5]]);
  });
});

describe('predicate beside a capaian column typed as bare fractions (1,1444 for 114,44 %)', () => {
  const model = workbook([
    sheet('Kinerja', [
      ['No', 'Indikator', 'Capaian', 'Predikat'],
      [1, 'Persentase fakir miskin yang mendapatkan pemberdayaan sosial', 1.1444, 'Sangat Tinggi'],
      [2, 'Persentase PPKS di luar panti yang mendapat rehabilitasi', 0.8342, 'Tinggi'],
      [3, 'Persentase korban bencana yang terpenuhi kebutuhan dasarnya', 0.6, 'Sangat Tinggi'],
    ]),
  ]);

  it('classifies 114,44 and 83,42, and flags only 60 labelled "Sangat Tinggi" (Permendagri 86: Rendah)', () => {
    const fs = loud(findingsOf(model, 'predicate'));
    expect(fs.map((f) => [f.cell, f.expected])).toEqual([['D4', 'Rendah']]);
    expect(fs[0].message).toContain('nilai 60 %');
  });
});
