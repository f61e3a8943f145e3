import { checkWorkbook } from '../../../src/core/periksa';
import { columnFacets } from '../../../src/core/recognition/facets';
import { readCell } from '../../../src/core/recognition/values';
import { sheet, workbook } from '../../support/grid-builder';

describe('column facets', () => {
  it('tell K and Rp apart under every period of a Permendagri 86 evaluation form, roles or not', () => {
    const model = workbook([
      sheet(
        'Renja',
        [
          ['Tabel Evaluasi Renja Tahun 2024'],
          [
            'No',
            'Program/Kegiatan',
            'Target Kinerja dan Anggaran Renja Tahun 2024',
            null,
            'Realisasi Kinerja dan Anggaran Triwulan III',
            null,
            'Realisasi Kinerja dan Anggaran s/d Triwulan III',
            null,
            'Tingkat Capaian Kinerja dan Realisasi Anggaran (%)',
            null,
            'Bobot (%)',
          ],
          [null, null, 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', 'K', 'Rp', null],
          ['1', 'Program Penunjang', 100, 1_000_000, 30, 250_000, 80, 750_000, 80, 75, 40],
          ['2', 'Program Perlindungan', 50, 3_000_000, 10, 1_000_000, 45, 2_400_000, 90, 80, 60],
          ['3', 'Program Rehabilitasi', 20, 500_000, 5, 100_000, 20, 500_000, 100, 100, 0],
        ],
        { merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:H2', 'I2:J2', 'K2:K3'] },
      ),
    ]);
    const facets = checkWorkbook(model).report.tables[0].facets!;
    expect(facets.C).toEqual({ measure: 'target', scope: 'kinerja', period: { kind: 'year', year: 2024 }, unit: 'k', written: 'numbers' });
    expect(facets.D).toMatchObject({ measure: 'pagu', scope: 'anggaran', unit: 'rp' });
    expect(facets.E).toMatchObject({ measure: 'realisasi', period: { kind: 'quarter', quarter: 3 }, unit: 'k' });
    expect(facets.F).toMatchObject({ measure: 'realisasi_anggaran', period: { kind: 'quarter', quarter: 3 }, unit: 'rp' });
    // The cumulative Rp column has no role of its own (one realisasi_anggaran per table); its facets still say what it is.
    expect(facets.G).toMatchObject({ measure: 'realisasi', period: { kind: 'to-quarter', quarter: 3 }, unit: 'k' });
    expect(facets.H).toMatchObject({ measure: 'realisasi_anggaran', scope: 'anggaran', period: { kind: 'to-quarter', quarter: 3 }, unit: 'rp' });
    expect(facets.I).toMatchObject({ measure: 'capaian', scope: 'kinerja', unit: 'percent', written: 'points' });
    expect(facets.J).toMatchObject({ measure: 'penyerapan', scope: 'anggaran', unit: 'percent' });
    expect(facets.K).toMatchObject({ measure: 'bobot', unit: 'percent' });
    expect(facets.B).toMatchObject({ measure: 'label', period: null });
  });

  const readings = (values: unknown[], fmt?: string) => values.map((v) => readCell({ v: v as number | string, ...(fmt ? { fmt } : {}) }));

  it('read a capaian typed as fractions, and numbers pasted as text', () => {
    expect(columnFacets({ role: 'capaian', leaf: 'Capaian', path: 'Capaian', readings: readings([1.1444, 0.95, 1]), reportYear: 2024 }).written).toBe('fractions');
    expect(columnFacets({ role: 'capaian', leaf: 'Capaian', path: 'Capaian', readings: readings([0.9544, 1.02], '0.00%'), reportYear: 2024 }).written).toBe('points');
    expect(columnFacets({ role: 'pagu', leaf: 'Pagu (Rp)', path: 'Pagu (Rp)', readings: readings(['1.250.000', '3.000.000', 500]), reportYear: 2024 })).toMatchObject({ unit: 'rp', written: 'text' });
    expect(columnFacets({ role: 'lainnya', leaf: 'Keterangan', path: 'Keterangan', readings: readings(['sesuai', '']), reportYear: 2024 }).written).toBeNull();
  });

  it('take the period from the role and the header: previous year, cumulative to a year, the plan end', () => {
    const none = readings([]);
    expect(columnFacets({ role: 'realisasi_lalu', leaf: 'Realisasi 2023', path: 'Realisasi 2023', year: 2023, readings: none, reportYear: 2024 }).period).toEqual({ kind: 'previous-year', year: 2023 });
    expect(columnFacets({ role: 'lainnya', leaf: 'Realisasi s/d Tahun 2023', path: 'Realisasi s/d Tahun 2023', year: 2023, readings: none, reportYear: 2024 }).period).toEqual({ kind: 'to-year', year: 2023 });
    expect(columnFacets({ role: 'target_renstra', leaf: 'Target', path: 'Target Akhir Renstra Target', readings: none, reportYear: 2024 })).toMatchObject({ measure: 'target', period: { kind: 'plan-end' } });
    expect(columnFacets({ role: 'efisiensi_rp', leaf: 'Efisiensi (Rp)', path: 'Efisiensi (Rp)', readings: readings([150_000]), reportYear: 2024 })).toMatchObject({ measure: 'efisiensi', unit: 'rp', scope: 'anggaran' });
  });
});
