import { cellText } from '../../src/taskpane/browser/cellText';

describe('browser workbook view', () => {
  test('shows cells as Excel would, with id-ID numbers', () => {
    expect(cellText({ v: 11809165 })).toBe('11.809.165');
    expect(cellText({ v: 2024 })).toBe('2024');
    expect(cellText({ v: 0.3552, fmt: '0.00%' })).toBe('35,52%');
    expect(cellText({ v: 96.52, f: 'ROUND(D7/C7*100,2)', fmt: '0.00' })).toBe('96,52');
    expect(cellText({ v: null, f: 'KINERJA.CAPAIAN(E6,F6,"naik")' })).toBe('=KINERJA.CAPAIAN(E6,F6,"naik")');
    expect(cellText({ v: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ v: 'Rp 142.810.000' })).toBe('Rp 142.810.000');
    expect(cellText(undefined)).toBe('');
  });
});
