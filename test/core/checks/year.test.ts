import { oneSheet, sheet, workbook } from '../../support/grid-builder';
import { findingsOf } from './run';

describe('year: a header year that contradicts the table\'s own year', () => {
  it('"Realisasi Thn 2023" beside "Target Thn 2024" → error on the header cell', () => {
    const m = oneSheet([
      ['Capaian Kinerja Tahun 2024'],
      ['No', 'Indikator', 'Target Thn 2024', 'Realisasi Thn 2023', 'Capaian'],
      [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
    ]);
    const fs = findingsOf(m, 'year');
    expect(fs).toEqual([expect.objectContaining({ cell: 'D2', severity: 'error', expected: 2024, actual: 2023 })]);
    expect(fs[0].message).toContain('Realisasi Thn 2023');
  });

  // The "%" column under the merged "Realisasi Tahun 2023" (D1:E1) shares its header cell: one finding, on D1.
  it('the header cell of a merged group is the one named, once', () => {
    const m = oneSheet(
      [
        ['No', 'Indikator', 'Target Tahun 2024', 'Realisasi Tahun 2023', null],
        [null, null, null, 'K', '%'],
        [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
    expect(findingsOf(m, 'year').map((f) => f.cell)).toEqual(['D1']);
  });

  it('a year in a merged group header is reported on the merge\'s top row', () => {
    const m = oneSheet(
      [
        ['No', 'Indikator', 'Target Tahun 2024', 'Realisasi Tahun 2023', null],
        [null, null, null, 'K', '%'],
        [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'] },
    );
    expect(findingsOf(m, 'year').map((f) => [f.cell, f.severity])).toContainEqual(['D1', 'error']);
  });

  it('a series of years under one heading (Realisasi 2022 | 2023 | 2024) is a comparison, not a slip', () => {
    const m = oneSheet(
      [
        ['Perbandingan Realisasi 2022 - 2024'],
        ['No', 'Indikator', 'Realisasi', null, null, 'Target 2024'],
        [null, null, '2022', '2023', '2024', null],
        [1, 'Persentase PPKS yang tertangani', 80, 82, 83.25, 90],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3'], fileName: 'lkjip-2024.xlsx' },
    );
    expect(findingsOf(m, 'year')).toEqual([]);
  });
});

describe('year: a caption year that contradicts the report year', () => {
  it('"Capaian Kinerja Tahun 2023" in a 2024 report → warning on the caption cell', () => {
    const m = workbook(
      [
        sheet('A', [['Capaian Kinerja Tahun 2023'], ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5]]),
        sheet('B', [['Perjanjian Kinerja Tahun 2024'], ['No', 'Indikator', 'Target'], [1, 'Persentase PPKS yang tertangani', 90]]),
      ],
      'lkjip-2024.xlsx',
    );
    expect(findingsOf(m, 'year')).toEqual([expect.objectContaining({ sheet: 'A', cell: 'A1', severity: 'warning', expected: 2024, actual: 2023 })]);
  });

  it('no report year, no year finding', () => {
    const m = oneSheet([['Capaian Kinerja'], ['No', 'Indikator', 'Target', 'Realisasi'], [1, 'Persentase PPKS yang tertangani', 90, 83.25]]);
    expect(findingsOf(m, 'year')).toEqual([]);
  });
});

it('a cumulative "Realisasi s/d 2023" beside "Target 2024" is no slip of the year', () => {
  const model = workbook([
    sheet('Renstra', [
      ['No', 'Indikator', 'Target 2024', 'Realisasi s/d 2023', 'Target Akhir Renstra'],
      [1, 'Persentase PPKS yang tertangani', 85, 80, 100],
    ]),
  ]);
  expect(findingsOf(model, 'year')).toEqual([]);
});

describe('year: the report year against the table', () => {
  const table = (caption: string, target: string, realisasi: string) =>
    oneSheet([[caption], ['No', 'Indikator', target, realisasi, 'Capaian'], [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5]]);

  it('a target header of another year beside this year\'s realisasi is the stale one', () => {
    expect(findingsOf(table('Capaian Kinerja Tahun 2024', 'Target Thn 2025', 'Realisasi Thn 2024'), 'year')).toEqual([
      expect.objectContaining({ cell: 'C2', severity: 'error', expected: 2024, actual: 2025 }),
    ]);
  });

  it('a whole table of last year is left alone when its caption says so, and questioned when its caption names this year', () => {
    const lastYear = workbook([sheet('Capaian', [['Capaian Kinerja Tahun 2023'], ['No', 'Indikator', 'Target Thn 2023', 'Realisasi Thn 2023', 'Capaian'], [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5]])], 'lkjip-2024.xlsx');
    expect(findingsOf(lastYear, 'year')).toEqual([]);
    const stale = workbook([sheet('Capaian', [['Capaian Kinerja Tahun 2024'], ['No', 'Indikator', 'Target Thn 2023', 'Realisasi Thn 2023', 'Capaian'], [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5]])], 'lkjip-2024.xlsx');
    expect(findingsOf(stale, 'year').map((f) => `${f.cell} ${f.severity}`)).toEqual(['C2 error', 'D2 error']);
  });

  it('a caption\'s period "2022–2024" ends in the report year', () => {
    const m = oneSheet([['Perbandingan Capaian Kinerja 2022–2024'], ['No', 'Indikator', 'Realisasi 2022', 'Realisasi 2023', 'Target 2025', 'Realisasi 2024'], [1, 'Persentase PPKS yang tertangani', 70, 80, 90, 83.25]]);
    expect(findingsOf(m, 'year')).toEqual([expect.objectContaining({ cell: 'E2', expected: 2024, actual: 2025 })]);
  });
});
