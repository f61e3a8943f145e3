import { sheet, workbook } from '../../support/grid-builder';
import { findingsOf, loud } from './run';

describe('Jumlah rows that close each group (subtotals) and a grand total', () => {
  const table = (grandTotal: number) =>
    workbook([
      sheet('Anggaran', [
        ['Kode', 'Program/Kegiatan', 'Pagu', 'Realisasi'],
        ['1.06.01.2.01', 'Kegiatan Perencanaan', 54019000, 45545900],
        ['1.06.01.2.02', 'Kegiatan Administrasi Keuangan', 4913807686, 4646562465],
        [null, 'Jumlah Program Penunjang', 4967826686, 4692108365],
        ['1.06.02.2.01', 'Kegiatan Pengumpulan Sumbangan', 19957000, 4400000],
        ['1.06.02.2.02', 'Kegiatan Pengembangan Potensi', 1581664900, 1487082800],
        [null, 'Jumlah Program Pemberdayaan Sosial', 1601621900, 1491482800],
        [null, 'Total', grandTotal, 6183591165],
      ]),
    ]);

  it('checks each subtotal against its own group and the total against everything: no alarm when all add up', () => {
    expect(loud(findingsOf(table(6569448586), 'sum'))).toEqual([]);
  });

  it('a grand total that is off is reported with the sum it should have', () => {
    const fs = loud(findingsOf(table(6569448000), 'sum'));
    expect(fs.map((f) => [f.cell, f.expected])).toEqual([['C8', 6569448586]]);
  });
});
