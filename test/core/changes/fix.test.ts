import { fixForFinding } from '../../../src/core/changes/fix';
import type { Finding } from '../../../src/core/report';

function finding(extra: Partial<Finding> & Pick<Finding, 'check'>): Finding {
  return { sheet: 'Lembar', cell: 'F25', severity: 'error', message: 'pesan', ...extra };
}

describe('fixForFinding', () => {
  it('writes a computed number as it is when the cell is not known', () => {
    const f = finding({ check: 'difference', sheet: 'Efisiensi', cell: 'E29', expected: 217433657, actual: 217443657 });
    expect(fixForFinding(f)).toEqual({ sheet: 'Efisiensi', cell: 'E29', value: 217433657 });
  });

  it('writes a number into a number cell shown as it is stored', () => {
    // pontianak Capaian Sub Kegiatan F8: 76,53 printed, 20 computed, stored as points.
    const f = finding({ check: 'capaian', expected: 20, actual: 76.53 });
    expect(fixForFinding(f, { v: 76.53, fmt: '#,##0.00' })?.value).toBe(20);
  });

  it('writes a fraction into a cell that stores a fraction shown as a percentage', () => {
    // tarakan Realisasi Anggaran F25: 0,7549 shown 75,49 %; true 99,13 %.
    const ratio = finding({ check: 'ratio', expected: 99.13, actual: 75.49 });
    expect(fixForFinding(ratio, { v: 0.7549, fmt: '0.00%' })?.value).toBeCloseTo(0.9913, 10);
    // tanjungpinang Kinerja Sasaran 3 G34: 100 % printed, 92,5 % computed.
    const capaian = finding({ check: 'capaian', expected: 92.5, actual: 100 });
    expect(fixForFinding(capaian, { v: 1, fmt: '0%' })?.value).toBeCloseTo(0.925, 10);
    // Without the printed value the number format decides; a quoted "%" does not scale.
    const bare = finding({ check: 'ratio', expected: 99.13 });
    expect(fixForFinding(bare, { v: 0.7549, fmt: '0.00%' })?.value).toBeCloseTo(0.9913, 10);
    expect(fixForFinding(bare, { v: 75.49, fmt: '0.00"%"' })?.value).toBe(99.13);
  });

  it('keeps a number typed as text as text, in its own style', () => {
    const sum = finding({ check: 'sum', expected: 7393559446, actual: 7393559206 });
    expect(fixForFinding(sum, { v: 'Rp. 7.393.559.206' })?.value).toBe('Rp. 7.393.559.446');
    const ratio = finding({ check: 'ratio', expected: 99.1256, actual: 75.49 });
    expect(fixForFinding(ratio, { v: '75,49 %' })?.value).toBe('99,13 %');
    expect(fixForFinding(ratio, { v: 'n/a' })).toBeNull();
  });

  it('leaves a formula alone', () => {
    // tanjungpinang Realisasi Anggaran E21 = SUM(E23:E26), omitting E22.
    const f = finding({ check: 'difference', expected: 25070365, actual: 11809165 });
    expect(fixForFinding(f, { v: 11809165, f: 'SUM(E23:E26)', fmt: '#,##0' })).toBeNull();
  });

  it('writes the predicate label the value deserves', () => {
    const f = finding({ check: 'predicate', cell: 'G16', expected: 'Tidak Berhasil', actual: 'Berhasil' });
    expect(fixForFinding(f, { v: 'Berhasil' })).toEqual({ sheet: 'Lembar', cell: 'G16', value: 'Tidak Berhasil', expect: 'Berhasil' });
    expect(fixForFinding({ ...f, expected: '=BAHAYA()' })).toBeNull();
  });

  it('puts the report year into a header that names one other year', () => {
    const f = finding({ check: 'year', cell: 'F5', expected: 2024, actual: 'Realisasi Thn 2023' });
    expect(fixForFinding(f, { v: 'Realisasi Thn 2023', bold: true })?.value).toBe('Realisasi Thn 2024');
    expect(fixForFinding(f)?.value).toBe('Realisasi Thn 2024');
    expect(fixForFinding(f, { v: 'Realisasi 2022 s/d 2023' })).toBeNull();
  });

  it('writes nothing for notes, judgement calls and unreadable numbers', () => {
    expect(fixForFinding(finding({ check: 'capaian', severity: 'info', expected: 110.5158, actual: 110.51 }))).toBeNull();
    expect(fixForFinding(finding({ check: 'cross-table', expected: 1601621900, actual: 1415819700 }))).toBeNull();
    expect(fixForFinding(finding({ check: 'format', expected: 14950000, actual: '14.90.000' }))).toBeNull();
    expect(fixForFinding(finding({ check: 'range', expected: 100 }))).toBeNull();
    expect(fixForFinding(finding({ check: 'scale' }))).toBeNull();
    expect(fixForFinding(finding({ check: 'sum', expected: 'tidak ada target' }))).toBeNull();
    expect(fixForFinding(finding({ check: 'sum', expected: Number.NaN }))).toBeNull();
  });
});
