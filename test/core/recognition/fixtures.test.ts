/** Recognition of the three real reports: kinds, header areas and column letters as the report lists them. */
import { checkWorkbook } from '../../../src/core/periksa';
import type { Recognition } from '../../../src/core/recognition/types';
import type { Report, TableSummary } from '../../../src/core/report';
import { FIXTURES, loadFixture, type FixtureName } from '../../support/fixtures';

const results = new Map<FixtureName, { report: Report; recognition: Recognition }>();

beforeAll(async () => {
  for (const name of FIXTURES) results.set(name, checkWorkbook(await loadFixture(name)));
});

function summaryOf(name: FixtureName, sheet: string, range: string): TableSummary | undefined {
  return results.get(name)!.report.tables.find((t) => t.sheet === sheet && t.range === range);
}

/** A table's summary without its coverage (asserted in test/core/checks/coverage.test.ts) and facets (below). */
function table(name: FixtureName, sheet: string, range: string): Omit<TableSummary, 'coverage' | 'facets'> | undefined {
  const found = summaryOf(name, sheet, range);
  if (!found) return undefined;
  const { coverage: _coverage, facets: _facets, ...rest } = found;
  return rest;
}

describe('tanjungpinang-2024', () => {
  it('"Realisasi Anggaran" A5:F86: anggaran with C pagu, D realisasi, E sisa, F %', () => {
    expect(table('tanjungpinang-2024', 'Realisasi Anggaran', 'A5:F86')).toEqual({
      sheet: 'Realisasi Anggaran',
      range: 'A5:F86',
      kind: 'anggaran',
      header: 'A5:F6',
      columns: { no: 'A', uraian: 'B', pagu: 'C', realisasi_anggaran: 'D', sisa: 'E', penyerapan: 'F' },
    });
  });

  it('its column facets: three Rupiah amounts of the year and the absorption in points', () => {
    const facets = summaryOf('tanjungpinang-2024', 'Realisasi Anggaran', 'A5:F86')!.facets!;
    const brief = Object.fromEntries(Object.entries(facets).map(([letter, f]) => [letter, [f.measure, f.scope, f.unit, f.written]]));
    expect(brief).toEqual({
      A: ['label', null, null, 'numbers'],
      B: ['label', null, null, 'text'],
      C: ['pagu', 'anggaran', 'rp', 'numbers'],
      D: ['realisasi_anggaran', 'anggaran', 'rp', 'numbers'],
      E: ['sisa', 'anggaran', 'rp', 'numbers'],
      F: ['penyerapan', 'anggaran', 'percent', 'points'],
    });
    expect(facets.C.period).toEqual({ kind: 'year', year: 2024 });
  });

  it('its rows: program 7 > kegiatan 21 > sub kegiatan 22–26, total row 86, caption of three lines', () => {
    const t = results.get('tanjungpinang-2024')!.recognition.tables.find((x) => x.id === 'Realisasi Anggaran!A5:F6')!;
    const at = (row1: number) => t.rows.find((r) => r.row === row1 - 1)!;
    expect([at(7).level, at(7).parent]).toEqual([0, null]);
    expect([at(21).level, at(21).parent]).toEqual([1, 6]);
    expect([22, 23, 24, 25, 26].map((r) => at(r).parent)).toEqual([20, 20, 20, 20, 20]);
    expect(at(86).type).toBe('total');
    expect(t.caption).toEqual(['Tabel 3.16', 'Pagu dan Realisasi Anggaran Dinas Sosial', 'Kota Tanjungpinang Tahun 2024']);
  });

  it('efisiensi tables: capaian, penyerapan, tingkat efisiensi (with a predikat column in the second)', () => {
    expect(table('tanjungpinang-2024', 'Efisiensi', 'A16:F19')).toMatchObject({ kind: 'efisiensi', columns: { capaian: 'D', penyerapan: 'E', efisiensi: 'F' } });
    expect(table('tanjungpinang-2024', 'Efisiensi', 'A25:G28')).toMatchObject({ kind: 'efisiensi', columns: { capaian: 'D', predikat: 'E', penyerapan: 'F', efisiensi: 'G' } });
  });

  it('the combined kinerja + anggaran table A5:I9 under two-row headers', () => {
    expect(table('tanjungpinang-2024', 'Efisiensi', 'A5:I9')).toMatchObject({
      kind: 'kinerja',
      header: 'A5:I6',
      columns: { target: 'D', realisasi: 'E', capaian: 'F', pagu: 'G', realisasi_anggaran: 'H', penyerapan: 'I' },
    });
  });

  it('the scale table and the PK', () => {
    expect(table('tanjungpinang-2024', 'Skala Predikat', 'A5:C9')).toMatchObject({ kind: 'skala', columns: { interval: 'B', predikat: 'C' } });
    expect(table('tanjungpinang-2024', 'PK 2024', 'A5:F9')).toMatchObject({ kind: 'pk', columns: { indikator: 'D', target: 'F' } });
  });
});

describe('pontianak-2024', () => {
  it('budget tables: "ANGGARAN SETELAH PERUBAHAN | REALISASI ANGGARAN" and "Pagu Anggaran | Realisasi" over "(Rp) (Rp) %"', () => {
    expect(table('pontianak-2024', 'Anggaran 2024', 'A5:D83')).toMatchObject({ kind: 'anggaran', header: 'A5:D5', columns: { pagu: 'C', realisasi_anggaran: 'D' } });
    expect(table('pontianak-2024', 'Anggaran 2024', 'A90:E111')).toMatchObject({ kind: 'anggaran', header: 'A90:E91', columns: { pagu: 'C', realisasi_anggaran: 'D', penyerapan: 'E' } });
  });

  it('the Renstra comparison: target akhir Renstra and its capaian', () => {
    expect(table('pontianak-2024', 'Renstra', 'A18:G22')).toMatchObject({ kind: 'kinerja', columns: { target: 'D', realisasi: 'E', target_renstra: 'F', capaian_renstra: 'G' } });
  });

  it('the efisiensi table with pagu, realisasi, %, capaian and efisiensi', () => {
    expect(table('pontianak-2024', 'Efisiensi', 'A4:H10')).toMatchObject({
      kind: 'efisiensi',
      columns: { pagu: 'D', realisasi_anggaran: 'E', penyerapan: 'F', capaian: 'G', efisiensi: 'H' },
    });
  });

  it('the multi-year table keeps this year\'s realisasi and marks the older one', () => {
    expect(table('pontianak-2024', 'Pengukuran Kinerja', 'A13:G18')).toMatchObject({ columns: { target: 'D', realisasi_lalu: 'E', realisasi: 'G' } });
  });
});

describe('tarakan-2024', () => {
  it('two scale tables on "Skala Predikat"', () => {
    const scales = results.get('tarakan-2024')!.report.tables.filter((t) => t.sheet === 'Skala Predikat');
    expect(scales.map((t) => [t.range, t.kind])).toEqual([
      ['A4:C9', 'skala'],
      ['A16:D22', 'skala'],
    ]);
  });

  it('the Renstra table: realisasi of earlier years, target, realisasi, capaian, target akhir and its capaian', () => {
    expect(table('tarakan-2024', 'Renstra', 'A19:J25')).toMatchObject({
      kind: 'kinerja',
      header: 'A19:J20',
      columns: { realisasi_lalu: 'C', target: 'F', realisasi: 'G', capaian: 'H', target_renstra: 'I', capaian_renstra: 'J' },
    });
  });

  it('budget, efisiensi and pk tables', () => {
    expect(table('tarakan-2024', 'Realisasi Anggaran', 'B4:F64')).toMatchObject({ kind: 'anggaran', columns: { pagu: 'D', realisasi_anggaran: 'E', penyerapan: 'F' } });
    expect(table('tarakan-2024', 'Efisiensi', 'A28:F31')).toMatchObject({ kind: 'efisiensi', columns: { pagu: 'C', realisasi_anggaran: 'D', sisa: 'E', efisiensi: 'F' } });
    expect(table('tarakan-2024', 'PK 2024', 'A5:D10')).toMatchObject({ kind: 'pk', columns: { sasaran: 'B', indikator: 'C', target: 'D' } });
  });
});

describe('every fixture', () => {
  it.each(FIXTURES)('%s: report year 2024 and every table inside its sheet', (name) => {
    const { report, recognition } = results.get(name)!;
    expect(report.year).toBe(2024);
    expect(recognition.tables.length).toBeGreaterThan(5);
    for (const t of recognition.tables) {
      expect(t.header.top).toBe(t.area.top);
      expect(t.header.bottom).toBeLessThanOrEqual(t.area.bottom);
      for (const r of t.rows) {
        expect(r.row).toBeGreaterThan(t.header.bottom);
        expect(r.row).toBeLessThanOrEqual(t.area.bottom);
        if (r.parent !== null) expect(r.parent).toBeLessThan(r.row);
      }
    }
  });
});
