import fc from 'fast-check';
import { getProfile, PROFILES, type ProfileId } from '../../../src/core/scales/profiles';
import { classify, classifyAll, labelsMatch } from '../../../src/core/scales/scale';
import { validateScale } from '../../../src/core/scales/validate';

function labelsAt(id: ProfileId, values: number[]): (string | null)[] {
  return values.map((v) => classify(PROFILES[id], v));
}

describe('built-in profiles at and around every boundary', () => {
  test('PERMENDAGRI86 is half-open: 90,5 is Tinggi, 75,4 is Sedang, above 100 Sangat Tinggi', () => {
    expect(labelsAt('PERMENDAGRI86', [1160, 100, 91, 90.99, 90.5, 76, 75.99, 75.4, 66, 65.99, 51, 50.99, 50, 0, -20])).toEqual([
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Sangat Tinggi',
      'Tinggi',
      'Tinggi',
      'Tinggi',
      'Sedang',
      'Sedang',
      'Sedang',
      'Rendah',
      'Rendah',
      'Sangat Rendah',
      'Sangat Rendah',
      'Sangat Rendah',
      'Sangat Rendah',
    ]);
  });

  test('BERHASIL (LAN): > 85; 70 < x ≤ 85; 55 < x ≤ 70; ≤ 55 (Pontianak 20 / 60 / 70 / 43 / 57 / 95)', () => {
    expect(labelsAt('BERHASIL', [85.01, 85, 70.01, 70, 55.01, 55, 0])).toEqual([
      'Sangat Berhasil',
      'Berhasil',
      'Berhasil',
      'Cukup Berhasil',
      'Cukup Berhasil',
      'Tidak Berhasil',
      'Tidak Berhasil',
    ]);
    expect(labelsAt('BERHASIL', [20, 60, 70, 43, 57, 95, 1160])).toEqual([
      'Tidak Berhasil',
      'Cukup Berhasil',
      'Cukup Berhasil',
      'Tidak Berhasil',
      'Cukup Berhasil',
      'Sangat Berhasil',
      'Sangat Berhasil',
    ]);
  });

  test('a computed value on a bound stays on its side: 0,55 × 100 is 55, Tidak Berhasil', () => {
    expect(0.55 * 100).not.toBe(55);
    expect(classify(PROFILES.BERHASIL, 0.55 * 100)).toBe('Tidak Berhasil');
    expect(classify(PROFILES.TERCAPAI, (0.7 / 0.7000000000001) * 100)).toBe('Tercapai');
  });

  test('BERHASIL_TERTUTUP: 85–100; 70–<85; 55–<70; <55, and above 100 stays Sangat Berhasil', () => {
    expect(labelsAt('BERHASIL_TERTUTUP', [286.8, 100, 85, 84.99, 70, 69.99, 55, 54.99])).toEqual([
      'Sangat Berhasil',
      'Sangat Berhasil',
      'Sangat Berhasil',
      'Berhasil',
      'Berhasil',
      'Cukup Berhasil',
      'Cukup Berhasil',
      'Kurang Berhasil',
    ]);
  });

  test('TERCAPAI: < 100, = 100, > 100, and a label for no target (Tanjungpinang 92,50 / 100 / 114,44)', () => {
    expect(labelsAt('TERCAPAI', [92.5, 99.99, 100, 100.01, 114.44])).toEqual([
      'Tidak Tercapai',
      'Tidak Tercapai',
      'Tercapai',
      'Melebihi Target',
      'Melebihi Target',
    ]);
    expect(PROFILES.TERCAPAI.noTargetLabel).toBe('Tidak Ada Target');
  });

  test('SAKIP grades: 72 is BB (Tarakan 72/BB), 64 is B', () => {
    expect(labelsAt('SAKIP', [90.01, 90, 80.01, 80, 72, 70, 64, 60, 50.01, 50, 30.01, 30, 0])).toEqual([
      'AA',
      'A',
      'A',
      'BB',
      'BB',
      'B',
      'B',
      'CC',
      'CC',
      'C',
      'C',
      'D',
      'D',
    ]);
  });

  test('every built-in profile gives every value exactly one label and passes the validator', () => {
    for (const profile of Object.values(PROFILES)) expect(validateScale(profile)).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(PROFILES)), fc.double({ min: -1000, max: 5000, noNaN: true }), (profile, v) => {
        expect(classifyAll(profile, v)).toHaveLength(1);
      }),
    );
  });

  test('classify gives null for a value no interval covers and for a non-number', () => {
    expect(classify({ id: 'x', name: 'x', intervals: [{ lower: 0, lowerInclusive: true, upper: 50, upperInclusive: false, label: 'A' }] }, 50)).toBeNull();
    expect(classify(PROFILES.PERMENDAGRI86, Number.NaN)).toBeNull();
  });
});

describe('profile names and labels', () => {
  test.each([
    ['PERMENDAGRI86', 'PERMENDAGRI86'],
    ['permendagri 86', 'PERMENDAGRI86'],
    ['Permendagri-86', 'PERMENDAGRI86'],
    ['berhasil_tertutup', 'BERHASIL_TERTUTUP'],
    ['Berhasil Tertutup', 'BERHASIL_TERTUTUP'],
    [' sakip ', 'SAKIP'],
    ['Status target e-SAKIP', 'TERCAPAI'],
    ['Permendagri 86 Tahun 2017', 'PERMENDAGRI86'],
    ['Skala Pengukuran Ordinal', 'BERHASIL'],
    ['nilai sakip', 'SAKIP'],
  ])('%s → %s', (name, id) => {
    expect(getProfile(name)?.id).toBe(id);
  });

  test('an unknown name is no profile', () => {
    expect(getProfile('LAN 2020')).toBeNull();
    expect(getProfile('')).toBeNull();
  });

  test('labels match after normalising case, spaces and punctuation', () => {
    expect(labelsMatch('= Sangat Berhasil', 'sangat berhasil')).toBe(true);
    expect(labelsMatch('Tidak  efisien.', 'Tidak Efisien')).toBe(true);
    expect(labelsMatch('Berhasil', 'Tidak Berhasil')).toBe(false);
    expect(labelsMatch('BB', 'B')).toBe(false);
  });
});
