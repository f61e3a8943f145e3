import { parseQuantity, sameUnit } from '../../../src/core/numbers/quantity';

describe('counts with units (Tarakan and Pontianak kinerja sheets)', () => {
  test.each<[string, number, string]>([
    ['335 Orang', 335, 'Orang'],
    ['312 Orang/bulan', 312, 'Orang/bulan'],
    ['3073 Keluarga', 3073, 'Keluarga'],
    ['8 (delapan)', 8, ''],
    ['1 (satu) Dokumen', 1, 'Dokumen'],
    ['35,52%', 35.52, ''],
    ['7429', 7429, ''],
  ])('%s → %d %s', (text, v, unit) => {
    const q = parseQuantity(text);
    expect(q.kind).toBe('quantity');
    expect(q.kind === 'quantity' && [q.value, q.unit]).toEqual([v, unit]);
  });

  test('text that is not a count stays what the number parser says', () => {
    expect(parseQuantity('Puas').kind).toBe('text');
    expect(parseQuantity('72/BB').kind).toBe('text');
    expect(parseQuantity('Tahun 2024').kind).toBe('text');
    expect(parseQuantity('14.90.000 Orang').kind).toBe('malformed');
    expect(parseQuantity('-').kind).toBe('dash');
  });

  test('units compare without case and spaces', () => {
    expect(sameUnit('Orang', 'orang')).toBe(true);
    expect(sameUnit('Orang / bulan', 'Orang/bulan')).toBe(true);
    expect(sameUnit('Lembaga', 'Orang')).toBe(false);
  });
});
