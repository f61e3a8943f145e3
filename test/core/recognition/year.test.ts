import { detectReportYear } from '../../../src/core/recognition/year';

describe('detectReportYear', () => {
  it('takes the year of the file name over a stray caption year', () => {
    expect(detectReportYear({ fileName: 'lkjip_dinsos_2024.xlsx', sheetNames: ['Data'], captions: ['Realisasi Tahun 2023'], headerYears: [] })).toBe(2024);
  });
  it('counts captions and sheet names when the file name has no year', () => {
    expect(detectReportYear({ fileName: 'laporan.xlsx', sheetNames: ['PK 2024', 'Anggaran'], captions: ['Perjanjian Kinerja Tahun 2024', 'Capaian 2023'], headerYears: [2023] })).toBe(2024);
  });
  it('falls back on the header years of target columns', () => {
    expect(detectReportYear({ sheetNames: [], captions: [], headerYears: [2024, 2024] })).toBe(2024);
  });
  it('is null with no evidence, and prefers the later year on a tie', () => {
    expect(detectReportYear({ sheetNames: ['Data'], captions: ['Capaian Kinerja'], headerYears: [] })).toBeNull();
    expect(detectReportYear({ sheetNames: [], captions: ['Tahun 2023', 'Tahun 2024'], headerYears: [] })).toBe(2024);
  });
});
