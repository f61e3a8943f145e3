/** Relations found from the numbers alone, for columns no header word explains (discovered.ts). */
import { checkWorkbook } from '../../../src/core/periksa';
import { oneSheet } from '../../support/grid-builder';
import { brief, loud } from './run';
import { quarterly, sum } from '../../support/quarterly-table';


describe('discovered relations', () => {
  it('valid: a total column that is the sum of its quarters gives no finding', () => {
    expect(loud(checkWorkbook(oneSheet(quarterly(sum))).report.findings)).toEqual([]);
  });

  it('invalid: the row whose total is not the sum of its quarters is an error, with the formula in its message', () => {
    const { report } = checkWorkbook(oneSheet(quarterly((q, i) => (i === 3 ? 180 : sum(q)))));
    expect(brief(loud(report.findings))).toEqual(['Lembar1!H5 sum error']);
    const f = report.findings.find((x) => x.cell === 'H5')!;
    expect(f).toMatchObject({ expected: 170, actual: 180, related: ['D5', 'E5', 'F5', 'G5'] });
    expect(f.message).toContain('kolom D "TW I" + kolom E "TW II" + kolom F "TW III" + kolom G "TW IV" = 40 + 35 + 50 + 45');
  });

  it('a column that matches no formula on most rows is left alone and reported as not checked', () => {
    const { report } = checkWorkbook(oneSheet(quarterly((_q, i) => [17, 4, 950, 2, 33, 8][i])));
    expect(loud(report.findings)).toEqual([]);
    expect(report.coverage!.unchecked.map((u) => u.column)).toContain('H');
  });

  it('a year before its quarters: their sum for counts, the last quarter for a rising cumulative rate', () => {
    const header = ['No', 'Indikator', 'Satuan', 'Target 2024', 'Target TW I', 'Target TW II', 'Target TW III', 'Target TW IV'];
    const model = (countTotal: number) =>
      oneSheet([
        header,
        [1, 'Jumlah anak terlantar yang mendapat layanan', 'Orang', countTotal, 63, 49, 23, 56],
        [2, 'Persentase PPKS yang tertangani', '%', 80.5, 64.32, 69.72, 75.11, 80.5],
        [3, 'Jumlah desa mandiri', 'Desa', 47, 13, 15, 9, 10],
        [4, 'Indeks kepuasan masyarakat', 'Indeks', 81.9, 63.89, 69.89, 75.9, 81.9],
        [5, 'Jumlah dokumen perencanaan', 'Dokumen', 19, 3, 7, 5, 4],
      ]);
    expect(loud(checkWorkbook(model(191)).report.findings)).toEqual([]);
    expect(brief(loud(checkWorkbook(model(152)).report.findings))).toEqual(['Lembar1!D2 sum error']);
  });

  it('a percentage column no word names is checked as the ratio it holds on most rows, even in a small table', () => {
    const header = ['No', 'Uraian', 'Jumlah PPKS', 'Jumlah Tertangani', 'Progres'];
    const table = (last: number) =>
      oneSheet([header, [1, 'Anak terlantar', 200, 150, 75], [2, 'Lansia terlantar', 80, 60, 75], [3, 'Penyandang disabilitas', 50, 40, 80], [4, 'Gelandangan dan pengemis', 30, 12, last]]);
    expect(loud(checkWorkbook(table(40)).report.findings)).toEqual([]);
    expect(brief(loud(checkWorkbook(table(45)).report.findings))).toEqual(['Lembar1!E5 ratio error']);
  });
});
