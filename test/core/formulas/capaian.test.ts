import { capaian, capaianOf, gradeTargetNumber, POLARITY_LABEL, type CapaianOutcome } from '../../../src/core/formulas/capaian';
import { agrees } from '../../../src/core/numbers/tolerance';

function points(o: CapaianOutcome): number {
  if (o.kind !== 'value') throw new Error(`no value: ${JSON.stringify(o)}`);
  return o.value;
}

describe('capaian from numbers', () => {
  test('higher is better: realisasi / target × 100 (Tanjungpinang 40,65 / 35,52 → 114,44)', () => {
    expect(points(capaian(35.52, 40.65))).toBeCloseTo(114.4426, 4);
    expect(points(capaian(0.3552, 0.4065))).toBeCloseTo(114.4426, 4);
    expect(points(capaian(0.95, 1))).toBeCloseTo(105.2632, 4);
  });

  test('printed errors of the reports are caught by the formula', () => {
    expect(agrees(101.04, 2, points(capaian(66.04, 66.97)))).toBe(false);
    expect(points(capaian(90, 83.25))).toBeCloseTo(92.5, 10);
    expect(points(capaian(20, 4))).toBe(20);
    expect(points(capaian(50, 148))).toBe(296);
  });

  test('lower is better: (2T − R) / T × 100 (target 10, realisasi 8 → 120)', () => {
    expect(points(capaian(10, 8, 'turun'))).toBeCloseTo(120, 10);
    expect(points(capaian(10, 10, 'turun'))).toBe(100);
    expect(points(capaian(10, 25, 'turun'))).toBe(-50);
  });

  test('lower is better, inverse ratio: T / R × 100, and realisasi 0 says why it has no value', () => {
    expect(points(capaian(10, 8, 'turun-rasio'))).toBe(125);
    const zero = capaian(5, 0, 'turun-rasio');
    expect(zero.kind).toBe('not-computable');
    expect(zero.kind === 'not-computable' && zero.reason).toMatch(/Realisasi 0.*bagi dengan nol/);
  });

  test('target 0 has no capaian; realisasi 0 is a real 0', () => {
    expect(capaian(0, 12)).toEqual({ kind: 'no-target' });
    expect(capaian(Number.NaN, 12)).toEqual({ kind: 'no-target' });
    expect(capaian(12, Number.NaN)).toEqual({ kind: 'no-data' });
    expect(capaian(12, 0)).toEqual({ kind: 'value', value: 0 });
  });

  test('no cap by default; a cap limits the value', () => {
    expect(points(capaian(5, 58))).toBe(1160);
    expect(points(capaian(5, 58, 'naik', 200))).toBe(200);
    expect(points(capaian(100, 90, 'naik', 100))).toBe(90);
    expect(points(capaian(5, 58, 'naik', 0))).toBe(1160);
  });

  test('every polarity is explained in Indonesian', () => {
    expect(POLARITY_LABEL.naik).toContain('realisasi ÷ target × 100');
    expect(POLARITY_LABEL.turun).toContain('(2 × target − realisasi) ÷ target × 100');
    expect(POLARITY_LABEL['turun-rasio']).toContain('target ÷ realisasi × 100');
  });
});

describe('grade targets', () => {
  test.each<[string, number | null]>([
    ['72/BB', 72],
    ['72/B', 72],
    ['72,00 / B', 72],
    ['64,00 / B', 64],
    ['BB (72)', 72],
    ['Puas', null],
    ['72', null],
    ['72/XY', null],
  ])('%s → %s', (text, score) => {
    expect(gradeTargetNumber(text)).toBe(score);
  });
});

describe('capaian from raw cell values', () => {
  test('grade target 72/BB with realisasi 60,06 → 83,42 (Tarakan)', () => {
    expect(agrees(83.42, 2, points(capaianOf('72/BB', 60.06)))).toBe(true);
    expect(agrees(83.42, 2, points(capaianOf('72/BB', '60,06')))).toBe(true);
  });

  test('number text as pasted from Word (Tanjungpinang 35,52% / 40,65%)', () => {
    expect(agrees(114.44, 2, points(capaianOf('35,52%', '40,65%')))).toBe(true);
  });

  test('counts with units (Tarakan 1954 / 2000 Orang = 97,70; Pontianak 1 (satu) / 5 (lima) = 20)', () => {
    expect(points(capaianOf('2000 Orang', '1954 Orang'))).toBeCloseTo(97.7, 10);
    expect(points(capaianOf('5 (lima)', '1 (satu)'))).toBe(20);
    expect(points(capaianOf('298 Orang', 99))).toBeCloseTo(33.2215, 4);
  });

  test('different units are not divided (Tarakan 76 Lembaga vs 8473 Orang)', () => {
    const o = capaianOf('76 Lembaga', '8473 Orang');
    expect(o.kind).toBe('not-computable');
    expect(o.kind === 'not-computable' && o.reason).toBe('Satuan target (Lembaga) berbeda dengan satuan realisasi (Orang)');
  });

  test('a qualitative target says so (Tarakan "Puas" / "Puas/100%")', () => {
    expect(capaianOf('Puas', 'Puas/100%')).toEqual({ kind: 'qualitative', target: 'Puas' });
    expect(capaianOf('WTP', 'WTP')).toEqual({ kind: 'qualitative', target: 'WTP' });
  });

  test('no target and no data', () => {
    for (const none of [null, undefined, '', 'n/a', '-', 0, '0']) expect(capaianOf(none, 5)).toEqual({ kind: 'no-target' });
    for (const none of [null, '', '-']) expect(capaianOf(90, none)).toEqual({ kind: 'no-data' });
    expect(capaianOf(90, 0)).toEqual({ kind: 'value', value: 0 });
  });

  test('malformed, ambiguous or non-numeric input is reported, never guessed', () => {
    const malformed = capaianOf(100, '14.90.000');
    expect(malformed.kind === 'not-computable' && malformed.reason).toMatch(/^Realisasi: .*14\.90\.000/);
    expect(capaianOf('1.100 %', 90).kind).toBe('not-computable');
    const words = capaianOf(90, 'Baik');
    expect(words.kind === 'not-computable' && words.reason).toContain('"Baik" bukan angka');
    const error = capaianOf({ error: '#DIV/0!' }, 5);
    expect(error.kind === 'not-computable' && error.reason).toBe('Target: Sel berisi galat #DIV/0!');
    expect(capaianOf(true, 5).kind).toBe('not-computable');
  });

  test('polarity and cap pass through', () => {
    expect(points(capaianOf('10', '8', 'turun'))).toBeCloseTo(120, 10);
    expect(points(capaianOf(5, 58, 'naik', 120))).toBe(120);
  });
});
