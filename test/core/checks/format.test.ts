import { checkWorkbook } from '../../../src/core/periksa';
import { oneSheet } from '../../support/grid-builder';
import { brief, findingsOf } from './run';

const HEADER = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'];

describe('format: malformed and ambiguous number text', () => {
  const model = oneSheet([
    HEADER,
    [1, 'Program Rehabilitasi Sosial', '14.90.000', 1300000, 87.25],
    [2, 'Program Perlindungan Sosial', 2000000, 1900000, '1.100 %'],
    [3, 'Program Pemberdayaan Sosial', 3000000, 2700000, 90],
  ]);
  const fs = findingsOf(model, 'format');

  it('"14.90.000" → error with the text as actual', () => {
    expect(fs.find((f) => f.cell === 'C2')).toMatchObject({ severity: 'error', actual: '14.90.000' });
    expect(fs.find((f) => f.cell === 'C2')!.message).toContain('14.90.000');
  });

  it('"1.100 %" → warning (1100 % or 1,1 %?)', () => {
    expect(fs.find((f) => f.cell === 'E3')).toMatchObject({ severity: 'warning', actual: '1.100 %' });
  });

  it('nothing else, and no other check guesses a number from them', () => {
    expect(brief(fs)).toEqual(['Lembar1!C2 format error', 'Lembar1!E3 format warning']);
    const others = checkWorkbook(model).report.findings.filter((f) => f.check !== 'format');
    expect(others.filter((f) => f.cell === 'C2' || f.cell === 'E3')).toEqual([]);
  });
});

describe('format: numbers stored as text', () => {
  it('one info note per column whose numbers are all text, naming the first cells', () => {
    const m = oneSheet([
      HEADER,
      [1, 'Program Rehabilitasi Sosial', '1.500.000', 1300000, '86,67'],
      [2, 'Program Perlindungan Sosial', '2.000.000', 1900000, '95,00'],
    ]);
    const fs = findingsOf(m, 'format');
    expect(brief(fs)).toEqual(['Lembar1!C2 format info', 'Lembar1!E2 format info']);
    expect(fs[0].message).toMatch(/2 angka .*disimpan sebagai teks/);
    expect(fs[0].message).toContain('C2, C3');
  });

  it('a column of typed numbers gives nothing', () => {
    expect(findingsOf(oneSheet([HEADER, [1, 'Program Rehabilitasi Sosial', 1500000, 1300000, 86.67]]), 'format')).toEqual([]);
  });
});
