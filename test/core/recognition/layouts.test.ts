/** Layouts of real exports: deep headers, spacer rows inside a table, unlabelled footer totals, printed legends. */
import { checkWorkbook } from '../../../src/core/periksa';
import { splitIntervalLabel } from '../../../src/core/recognition/legends';
import { oneSheet, type CellSpec } from '../../support/grid-builder';
import { brief, loud } from '../checks/run';

const BUDGET: CellSpec[][] = [
  ['1', 'Program Rehabilitasi Sosial', 300, 250],
  ['1.1', 'Kegiatan Rehabilitasi Dasar', 300, 250],
  ['1.1.1', 'Penyediaan Permakanan', 100, 90],
  ['1.1.2', 'Penyediaan Sandang', 200, 160],
];

describe('table extent and hierarchy', () => {
  it('a blank spacer row inside the body does not end the table: the rows after it are checked', () => {
    const model = oneSheet([['Kode', 'Uraian', 'Pagu', 'Realisasi'], ...BUDGET, [], ['2', 'Program Pemberdayaan Sosial', 500, 400], ['2.1', 'Kegiatan Pemberdayaan', 450, 400]]);
    const { report, recognition } = checkWorkbook(model);
    expect(recognition.tables).toHaveLength(1);
    expect(report.tables[0].range).toBe('A1:D8');
    expect(brief(loud(report.findings))).toEqual(['Lembar1!C7 sum error']);
  });

  it('an unlabelled row of numbers closing the table is its total', () => {
    const model = oneSheet([['Kode', 'Uraian', 'Pagu', 'Realisasi'], ...BUDGET, ['2', 'Program Pemberdayaan Sosial', 500, 400], [null, null, 800, 600]]);
    const { report, recognition } = checkWorkbook(model);
    expect(recognition.tables[0].rows.at(-1)).toMatchObject({ row: 6, type: 'total' });
    expect(brief(loud(report.findings))).toEqual(['Lembar1!D7 sum error']);
    expect(report.findings.find((f) => f.cell === 'D7')).toMatchObject({ expected: 650, actual: 600 });
  });

  it('reads a header of six rows (groups over periods over K | Rp) and the formulas of its numbering row', () => {
    const header: CellSpec[][] = [
      ['Kode', 'Program', 'Evaluasi Hasil Renja', null, null, null],
      [null, null, 'Target Tahun 2024', null, 'Realisasi Tahun 2024', null],
      [null, null, 'Kinerja dan Anggaran', null, 'Kinerja dan Anggaran', null],
      [null, null, 'yang Dievaluasi', null, 'yang Dievaluasi', null],
      [null, null, 'Capaian', null, 'Capaian', null],
      [null, null, 'K', 'Rp', 'K', 'Rp'],
      [1, 2, 3, 4, 5, '6 = 4 - 0'],
    ];
    const merges = ['A1:A6', 'B1:B6', 'C1:F1', 'C2:D2', 'E2:F2', 'C3:D3', 'E3:F3', 'C4:D4', 'E4:F4', 'C5:D5', 'E5:F5'];
    const { recognition } = checkWorkbook(oneSheet([...header, ['1', 'Program Rehabilitasi Sosial', 10, 5000, 9, 4500]], { merges }));
    expect(recognition.tables[0].header).toEqual({ top: 0, left: 0, bottom: 6, right: 5 });
    expect(recognition.tables[0].numberingRow).toBe(6);
  });
});

describe('scales printed as a legend', () => {
  it('splits "≥ 100 Sangat Berhasil" and "75% s.d 99% Berhasil" into interval and label', () => {
    expect(splitIntervalLabel('≥ 100 Sangat Berhasil')).toEqual({ interval: '≥ 100', label: 'Sangat Berhasil' });
    expect(splitIntervalLabel('75% s.d 99% Berhasil')).toEqual({ interval: '75% s.d 99%', label: 'Berhasil' });
    expect(splitIntervalLabel('Sangat Berhasil')).toBeNull();
  });

  it('a legend under a table is that sheet\'s scale: its gap is a finding and its labels judge the predicates', () => {
    const model = oneSheet([
      ['No', 'Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Predikat'],
      [1, 'Persentase PPKS yang tertangani', '%', 80, 76, 95, 'Sangat Tinggi'],
      [2, 'Jumlah desa mandiri', 'Desa', 20, 16, 80, 'Sangat Tinggi'],
      [3, 'Persentase korban bencana yang menerima bantuan', '%', 90, 63, 70, 'Sedang'],
      [],
      [null, 'Skala Nilai Peringkat Kinerja'],
      [null, '≥ 91', 'Sangat Tinggi'],
      [null, '76 - < 90', 'Tinggi'],
      [null, '66 - < 76', 'Sedang'],
      [null, '< 66', 'Rendah'],
    ]);
    const { report } = checkWorkbook(model);
    expect(report.tables.map((t) => t.kind)).toEqual(['kinerja', 'skala']);
    expect(brief(loud(report.findings))).toEqual(['Lembar1!G3 predicate error', 'Lembar1!B8 scale error']);
  });
});

it('a header cell merged far below the deepest header row ends the header there (no endless growth)', () => {
  const model = oneSheet([['No', 'Uraian', 'Target', 'Realisasi'], [1, 'Program Rehabilitasi Sosial', 100, 90]], { merges: ['A1:A40'] });
  const { recognition } = checkWorkbook(model);
  expect(recognition.tables.every((t) => t.header.bottom - t.header.top < 6)).toBe(true);
});
