/**
 * The KINERJA functions called as Excel calls them (omitted optionals as null, ranges as 2-D arrays,
 * a repeating argument as one array), with values from the fixture reports and domain.md.
 */
import {
  absorption,
  achievement,
  average,
  efficiency,
  efficiencyCategory,
  numberFromText,
  rating,
  unspent,
} from '../../src/functions/functions';
import { excelError, installRuntimeStub } from './custom-functions-mock';

beforeAll(installRuntimeStub);

/** An omitted optional range argument: Excel passes null. */
const omitted = null as never;

describe('CAPAIAN', () => {
  it('computes realisasi ÷ target × 100 by default', () => {
    expect(achievement(35.52, 40.65, null)).toBeCloseTo(114.4426, 4);
    // Tanjungpinang, Kinerja Sasaran 1 G7: 66,97 / 66,04 = 101,41 (the report printed 101,04 %)
    expect(achievement('66,04%', '66,97%', null)).toBeCloseTo(101.408, 3);
    // Tanjungpinang, Kinerja Sasaran 3 G34: 83,25 / 90 = 92,50 (printed 100 %)
    expect(achievement(90, '83,25 %', null)).toBeCloseTo(92.5, 10);
  });

  it('reads counts with units and grade targets', () => {
    // Tarakan, Capaian Kegiatan G26: 1954 / 2000 Orang = 97,70 %
    expect(achievement('2.000 Orang', '1.954 Orang', null)).toBeCloseTo(97.7, 10);
    // domain.md: target 72/BB (SAKIP score 72), realisasi 60,06 → 83,42 %
    expect(achievement('72/BB', '60,06', null)).toBeCloseTo(83.4167, 4);
  });

  it('supports lower-is-better indicators', () => {
    expect(achievement(10, 8, 'turun')).toBeCloseTo(120, 10);
    expect(achievement(10, 8, ' Turun Rasio ')).toBeCloseTo(125, 10);
    expect(achievement(10, 8, 'rasio')).toBeCloseTo(125, 10);
  });

  it('gives #DIV/0! for a zero target, never 0 or 100', () => {
    expect(excelError(() => achievement(0, 5, null)).code).toBe('#DIV/0!');
    expect(excelError(() => achievement('0,00%', 5, null)).code).toBe('#DIV/0!');
  });

  it('gives #N/A with the reason for a blank target or realisasi', () => {
    expect(excelError(() => achievement(null, 5, null))).toEqual({
      code: '#N/A',
      message: 'Target kosong: tidak ada target, capaian tidak dapat dihitung.',
    });
    expect(excelError(() => achievement(90, '', null)).message).toMatch(/belum ada data/);
    expect(excelError(() => achievement('n/a', 5, null))).toEqual({
      code: '#N/A',
      message: 'Target "n/a": tidak ada target, capaian tidak dapat dihitung.',
    });
  });

  it('gives #VALUE! naming the text that is not a number', () => {
    const qualitative = excelError(() => achievement('abc', 5, null));
    expect(qualitative.code).toBe('#VALUE!');
    expect(qualitative.message).toContain('"abc"');
    expect(excelError(() => achievement('Puas', 'Puas', null)).message).toContain('kualitatif');
    const realisasi = excelError(() => achievement(90, 'belum diukur', null));
    expect(realisasi.code).toBe('#VALUE!');
    expect(realisasi.message).toContain('"belum diukur"');
    expect(excelError(() => achievement(90, '1.100 %', null)).message).toContain('1.100 %');
  });

  it('rejects an unknown arah by name, and turun-rasio with realisasi 0', () => {
    expect(excelError(() => achievement(10, 8, 'mundur'))).toEqual({
      code: '#VALUE!',
      message: 'Arah "mundur" tidak dikenal. Pakai "naik", "turun" atau "turun-rasio".',
    });
    expect(excelError(() => achievement(5, 0, 'turun-rasio')).code).toBe('#VALUE!');
    expect(excelError(() => achievement(10, 8, 'constructor')).code).toBe('#VALUE!');
  });
});

describe('PREDIKAT', () => {
  it('uses Permendagri 86/2017 by default, with half-open integer bands', () => {
    expect(rating(83.42, omitted)).toBe('Tinggi');
    expect(rating('90,5', omitted)).toBe('Tinggi');
    expect(rating(91, omitted)).toBe('Sangat Tinggi');
    expect(rating(286.8, omitted)).toBe('Sangat Tinggi');
    expect(rating(50, omitted)).toBe('Sangat Rendah');
    expect(rating(75.4, [['']])).toBe('Sedang');
  });

  it('takes a profile name as Excel passes it (a 1×1 range)', () => {
    expect(rating(101.04, [['TERCAPAI']])).toBe('Melebihi Target');
    expect(rating(100, [['tercapai']])).toBe('Tercapai');
    // Pontianak, Capaian Sub Kegiatan G28: 70 % is Cukup Berhasil (55 < x ≤ 70), printed Berhasil
    expect(rating(70, [['BERHASIL']])).toBe('Cukup Berhasil');
    expect(rating(72, [['SAKIP']])).toBe('BB');
  });

  it('reads a printed scale table of two columns (interval, predikat)', () => {
    const scale = [
      ['> 85', 'Sangat Berhasil'],
      ['70 < x ≤ 85', 'Berhasil'],
      ['', ''],
      ['55 < x ≤ 70', 'Cukup Berhasil'],
      ['≤ 55', 'Tidak Berhasil'],
    ];
    expect(rating(43, scale)).toBe('Tidak Berhasil'); // Pontianak G40: 51/120 = 43 %
    expect(rating(60, scale)).toBe('Cukup Berhasil'); // Pontianak G25: 24/40 = 60 %
    expect(rating(85, scale)).toBe('Berhasil');
  });

  it('reads a scale table of three columns and reports the gaps it leaves', () => {
    const scale = [
      [91, null, 'Sangat Tinggi'],
      [76, 90, 'Tinggi'],
      [66, 75, 'Sedang'],
      [51, 65, 'Rendah'],
      [null, 50, 'Sangat Rendah'],
    ];
    expect(rating(80, scale)).toBe('Tinggi');
    expect(rating(120, scale)).toBe('Sangat Tinggi');
    expect(excelError(() => rating(90.5, scale))).toEqual({
      code: '#N/A',
      message: 'Nilai 90,5 tidak masuk interval mana pun pada skala dari rentang sel.',
    });
  });

  it('names what it cannot use', () => {
    expect(excelError(() => rating(80, [['XYZ']])).message).toContain('"XYZ"');
    expect(excelError(() => rating('abc', omitted)).message).toContain('"abc"');
    expect(excelError(() => rating(80, [['76 kira-kira 90', 'Tinggi'], ['> 90', 'Sangat Tinggi']])).message).toContain(
      '"76 kira-kira 90"',
    );
    expect(excelError(() => rating(80, [[1, 2, 3, 4], [5, 6, 7, 8]])).message).toContain('4 kolom');
    expect(excelError(() => rating(80, [[76, 90, 7], [91, null, 'Sangat Tinggi']])).message).toContain('baris 1');
  });
});

describe('PENYERAPAN and SISA', () => {
  it('computes absorption from money as printed', () => {
    // Tarakan, Realisasi Anggaran F25: 36.274.000 / 36.592.500 = 99,13 % (printed 75,49 %)
    expect(absorption(36592500, 36274000)).toBeCloseTo(99.1296, 4);
    expect(absorption('1.398.308.000', 'Rp. 1.218.120.563,-')).toBeCloseTo(87.1139, 4);
    expect(absorption(41900000, '-')).toBe(0);
  });

  it('gives #DIV/0! for a zero pagu (also "-") and #VALUE! for malformed money', () => {
    expect(excelError(() => absorption(0, 5)).code).toBe('#DIV/0!');
    expect(excelError(() => absorption('-', 5)).code).toBe('#DIV/0!');
    const malformed = excelError(() => absorption('14.90.000', 5));
    expect(malformed.code).toBe('#VALUE!');
    expect(malformed.message).toContain('14.90.000');
  });

  it('computes sisa = pagu − realisasi', () => {
    // Tanjungpinang, Realisasi Anggaran E21: 244.970.000 − 219.899.635 = 25.070.365 (printed 11.809.165)
    expect(unspent(244970000, 219899635)).toBe(25070365);
    expect(unspent('Rp 41.900.000,-', '35.640.000')).toBe(6260000);
    // Tarakan, Efisiensi E29: 5.176.219.306 − 4.958.785.649 = 217.433.657 (printed 217.443.657)
    expect(unspent('5.176.219.306', '4.958.785.649')).toBe(217433657);
    expect(excelError(() => unspent(null, 5)).code).toBe('#N/A');
  });
});

describe('EFISIENSI and KATEGORIEFISIENSI', () => {
  it('computes capaian − penyerapan', () => {
    expect(efficiency(105.26, 87.11)).toBeCloseTo(18.15, 10);
    expect(efficiency('83,42%', '90%')).toBeCloseTo(-6.58, 10);
  });

  it('labels every combination', () => {
    // Tarakan, Efisiensi J7: capaian 100, penyerapan 79,38 → Efisien
    expect(efficiencyCategory(100, '79,38%')).toBe('Efisien');
    expect(efficiencyCategory(83.42, 90)).toBe('Tidak Efisien');
    expect(efficiencyCategory(100, 100)).toBe('Seimbang');
    expect(efficiencyCategory(92.5, 80)).toBe('Efisien, Target Belum Tercapai');
    expect(excelError(() => efficiencyCategory('Puas', 80)).message).toContain('"Puas"');
  });
});

describe('ANGKA', () => {
  it('reads Indonesian number text, percent in points', () => {
    expect(numberFromText('11.456.247.211,-')).toBe(11456247211);
    expect(numberFromText('1.234.567,89')).toBeCloseTo(1234567.89, 6);
    expect(numberFromText('35,52%')).toBeCloseTo(35.52, 10);
    expect(numberFromText('114.44%')).toBeCloseTo(114.44, 10);
    expect(numberFromText('12,387,484,416')).toBe(12387484416);
    expect(numberFromText(7)).toBe(7);
  });

  it('never guesses', () => {
    expect(excelError(() => numberFromText('1.100 %'))).toMatchObject({ code: '#VALUE!' });
    expect(excelError(() => numberFromText('1.100 %')).message).toContain('1.100 %');
    expect(excelError(() => numberFromText('Puas'))).toEqual({ code: '#VALUE!', message: 'Teks "Puas" bukan angka.' });
    expect(excelError(() => numberFromText('-')).code).toBe('#VALUE!');
    expect(excelError(() => numberFromText(true)).code).toBe('#VALUE!');
    expect(excelError(() => numberFromText('')).code).toBe('#N/A');
  });
});

describe('RATA', () => {
  it('averages numbers and ranges, skipping blanks and text', () => {
    // Tarakan, Efisiensi E14: the mean of 100, 100, 100, 100 and 83,42 is 96,68
    expect(average([[[100]], [[100]], [[100]], [[100]], [[83.42]]])).toBeCloseTo(96.684, 10);
    // Tanjungpinang, Kinerja Sasaran 3 F16: (77,59 + 100) / 2 = 88,795 (printed 88,76)
    expect(average([[[77.59], [100], ['n/a'], [null], [''], [true]]])).toBeCloseTo(88.795, 10);
    // Tanjungpinang, Kinerja Sasaran 1 F6: (66,97 + 14,34) / 2 = 40,655, pasted as text
    expect(average([[['66,97%', '14,34%']]])).toBeCloseTo(40.655, 10);
  });

  it('gives #DIV/0! without numbers and #VALUE! for number text it cannot read', () => {
    expect(excelError(() => average([[['n/a', '']], [[null]]])).code).toBe('#DIV/0!');
    expect(excelError(() => average([[[90, '1.100 %']]])).message).toContain('1.100 %');
  });
});

/**
 * The percent rule (src/functions/arguments.ts): Excel passes a cell's value, not its displayed
 * text, so a %-formatted capaian showing 95,52 % arrives as 0,9552 ("Custom functions parameter
 * options", excel/custom-functions-parameter-options); data-type values arrive as objects with a
 * basicValue ("Custom functions and data types", excel/custom-functions-data-types-concepts).
 */
describe('percentages from %-formatted cells and data-type values', () => {
  const formatted = (basicValue: number, numberFormat: string) => ({ type: 'FormattedNumber', basicValue, numberFormat });

  it('rates the value of a %-formatted capaian as points, not in the lowest band', () => {
    expect(rating(0.9552, omitted)).toBe('Sangat Tinggi'); // 95,52 %
    expect(rating(0.8342, omitted)).toBe('Tinggi'); // 83,42 %
    // A bound stays a bound: 0,85 is 85 exactly, "70 < x ≤ 85" still holds.
    expect(rating(0.85, [['BERHASIL']])).toBe('Berhasil');
    expect(rating(85, [['BERHASIL']])).toBe('Berhasil');
    // Percent text is in points: a real capaian of 1,5 % is written as text.
    expect(rating('1,5%', omitted)).toBe('Sangat Rendah');
  });

  it('reads a fraction next to percent text in the same unit as the text', () => {
    expect(achievement('40%', 0.38, null)).toBeCloseTo(95, 10);
    expect(achievement(0.4, '38%', null)).toBeCloseTo(95, 10);
    expect(achievement('40%', 38, null)).toBeCloseTo(95, 10);
    // Without a percentage, small numbers are counts: 2 units planned, 1 done.
    expect(achievement(2, 1, null)).toBeCloseTo(50, 10);
  });

  it('reads formatted-number data-type values by their format', () => {
    expect(rating(formatted(0.9552, '0.00%'), omitted)).toBe('Sangat Tinggi');
    expect(achievement(formatted(0.9, '0%'), 83.25, null)).toBeCloseTo(92.5, 10);
    expect(achievement(formatted(90, '0.00'), formatted(83.25, '0.00'), null)).toBeCloseTo(92.5, 10);
    expect(efficiency(formatted(1.0526, '0.00%'), formatted(0.8711, '0.00%'))).toBeCloseTo(18.15, 10);
    expect(efficiencyCategory(1, 0.7938)).toBe('Efisien');
  });

  it('takes the basicValue of other data-type values and refuses an error value', () => {
    expect(absorption({ type: 'Double', basicValue: 1398308000 }, { type: 'String', basicValue: '1.218.120.563' })).toBeCloseTo(87.1139, 4);
    expect(numberFromText({ type: 'String', basicValue: 'Rp 268.160.000,-' })).toBe(268160000);
    expect(average([[[{ type: 'Double', basicValue: 80 }], [90]]])).toBe(85);
    expect(excelError(() => unspent({ type: 'Error', basicValue: '#DIV/0!' }, 5))).toEqual({
      code: '#VALUE!',
      message: 'Pagu berisi galat #DIV/0!.',
    });
  });
});
