import { sheet, workbook } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

const pk = sheet('PK', [
  ['Perjanjian Kinerja Tahun 2024'],
  ['No', 'Program', 'Anggaran (Rp)'],
  [1, 'Program Rehabilitasi Sosial', 36592500],
  [2, 'Program Perlindungan dan Jaminan Sosial', 244970000],
]);

const realisasi = (pagu2: number) =>
  sheet('Anggaran', [
    ['Realisasi Anggaran Tahun 2024'],
    ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
    [1, 'PROGRAM REHABILITASI SOSIAL.', 36592500, 36274000, 99.13],
    [2, 'program perlindungan dan jaminan sosial', pagu2, 219899635, 86.24],
  ]);

describe('cross-table: the same program with a different pagu in two tables', () => {
  it('names that differ only by case and punctuation are matched; the same pagu gives nothing', () => {
    expect(findingsOf(workbook([pk, realisasi(244970000)]), 'cross-table')).toEqual([]);
  });

  it('two tables disagreeing: a warning with both numbers and the other cell', () => {
    const fs = findingsOf(workbook([pk, realisasi(254970000)]), 'cross-table');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ check: 'cross-table', severity: 'warning' });
    expect([fs[0].expected, fs[0].actual].sort()).toEqual([244970000, 254970000]);
    expect(fs[0].message).toContain('244.970.000');
    expect(fs[0].message).toContain('254.970.000');
    expect(fs[0].related![0]).toMatch(/^(PK|Anggaran)!C4$/);
  });

  it('two tables against one: the odd one out is flagged, not the two that agree', () => {
    const efisiensi = sheet('Efisiensi', [
      ['Efisiensi Anggaran Tahun 2024'],
      ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Penyerapan (%)'],
      [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13],
      [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77],
    ]);
    const fs = findingsOf(workbook([pk, realisasi(254970000), efisiensi]), 'cross-table').filter((f) => f.cell === 'C4');
    expect(fs).toEqual([expect.objectContaining({ sheet: 'Anggaran', cell: 'C4', expected: 244970000, actual: 254970000 })]);
    expect(['error', 'warning']).toContain(fs[0].severity);
    expect(fs[0].message).toMatch(/1 tabel lain/);
  });

  it('a target printed for another year is not compared', () => {
    const y2023 = sheet('Lalu', [
      ['No', 'Indikator', 'Target 2023', 'Realisasi 2023'],
      [1, 'Persentase PPKS yang tertangani', 85, 80],
    ]);
    const y2024 = sheet('Kini', [
      ['No', 'Indikator', 'Target 2024', 'Realisasi 2024'],
      [1, 'Persentase PPKS yang tertangani', 90, 83.25],
    ]);
    expect(brief(findingsOf(workbook([y2023, y2024], 'lkjip-2024.xlsx'), 'cross-table'))).toEqual([]);
  });
});

describe('cross-table: an indicator\'s capaian in the efisiensi table against the measurement table', () => {
  it('the later table\'s cell is blamed when the two disagree', () => {
    const pengukuran = sheet('Pengukuran', [
      ['Pengukuran Kinerja Tahun 2024'],
      ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
      [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
    ]);
    const efisiensi = sheet('Efisiensi', [
      ['Tingkat Efisiensi Tahun 2024'],
      ['No', 'Indikator', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
      [1, 'Persentase PPKS yang tertangani.', 100, 87.11, 12.89],
    ]);
    const fs = findingsOf(workbook([pengukuran, efisiensi]), 'cross-table');
    expect(fs).toEqual([expect.objectContaining({ sheet: 'Efisiensi', cell: 'C3', expected: 92.5, actual: 100, related: ['Pengukuran!E3'] })]);
  });
});
