import { REPORT_COLUMNS, REPORT_HEADER_ROW, reportSheet, sheetCellReference } from '../../../src/core/changes/report-sheet';
import type { Report } from '../../../src/core/report';
import { sisaE21, yearF5 } from '../../support/sample-findings';

const report: Report = {
  file: 'tanjungpinang-2024.xlsx',
  year: 2024,
  tables: [
    { sheet: 'Realisasi Anggaran', range: 'A5:F99', kind: 'anggaran', header: 'A5:F6', columns: { pagu: 'C', realisasi: 'D', sisa: 'E' } },
  ],
  findings: [
    { ...sisaE21, related: undefined },
    { ...yearF5, sheet: "Kinerja Sasaran 1 (O'Neil)" },
    {
      sheet: '=Lembar',
      cell: 'B3',
      check: 'format',
      severity: 'info',
      message: '=HYPERLINK("http://contoh","klik") bukan angka',
      actual: '=HYPERLINK("http://contoh","klik")',
    },
  ],
};

describe('reportSheet', () => {
  const sheet = reportSheet(report);

  it('is named Hasil Pemeriksaan and starts with a title, the file, the year and a summary', () => {
    expect(sheet.name).toBe('Hasil Pemeriksaan');
    expect(sheet.rows.slice(0, 4)).toEqual([
      ['Hasil Pemeriksaan Cermat'],
      ['Berkas', 'tanjungpinang-2024.xlsx'],
      ['Tahun laporan', 2024],
      ['Ringkasan', '1 salah, 1 peringatan, 1 catatan pada 1 tabel'],
    ]);
    expect(sheet.rows[REPORT_HEADER_ROW]).toEqual(['No', 'Lembar', 'Sel', 'Pemeriksaan', 'Tingkat', 'Pesan', 'Tercetak', 'Seharusnya']);
    expect(REPORT_COLUMNS).toHaveLength(8);
  });

  it('lists one row per finding with Indonesian check and severity names', () => {
    expect(sheet.rows[REPORT_HEADER_ROW + 1]).toEqual([
      1,
      'Realisasi Anggaran',
      'E21',
      'Selisih/Sisa',
      'Salah',
      'Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365',
      11809165,
      25070365,
    ]);
    expect(sheet.rows[REPORT_HEADER_ROW + 2]).toEqual([
      2,
      "Kinerja Sasaran 1 (O'Neil)",
      'F5',
      'Tahun',
      'Peringatan',
      'Judul kolom menyebut tahun 2023, laporan tahun 2024',
      'Realisasi Thn 2023',
      2024,
    ]);
  });

  it('escapes workbook text that would start a formula', () => {
    const row = sheet.rows[REPORT_HEADER_ROW + 3];
    expect(row[1]).toBe("'=Lembar");
    expect(row[5]).toBe('\'=HYPERLINK("http://contoh","klik") bukan angka');
    expect(row[6]).toBe('\'=HYPERLINK("http://contoh","klik")');
    expect(row[7]).toBeNull();
    for (const value of sheet.rows.flat()) {
      if (typeof value === 'string') expect(value).not.toMatch(/^[=+\-@]/);
    }
  });

  it('links each finding row to its cell, quoting the sheet name', () => {
    expect(sheet.links).toEqual([
      { cell: 'C7', target: "'Realisasi Anggaran'!E21" },
      { cell: 'C8', target: "'Kinerja Sasaran 1 (O''Neil)'!F5" },
      { cell: 'C9', target: "'=Lembar'!B3" },
    ]);
    expect(sheetCellReference('PK 2024', 'D13')).toBe("'PK 2024'!D13");
  });

  it('says so when there is nothing to report and the year is unknown', () => {
    const empty = reportSheet({ file: 'kosong.xlsx', year: null, tables: [], findings: [] });
    expect(empty.rows[2]).toEqual(['Tahun laporan', 'tidak terdeteksi']);
    expect(empty.rows[3]).toEqual(['Ringkasan', 'Tidak ada temuan pada 0 tabel']);
    expect(empty.rows[REPORT_HEADER_ROW + 1]).toEqual([null, 'Tidak ada temuan.']);
    expect(empty.links).toEqual([]);
  });
});
