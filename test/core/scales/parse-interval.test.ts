import { parseIntervalText, scaleFromRows } from '../../../src/core/scales/parse-interval';
import { describeInterval } from '../../../src/core/scales/scale';

describe('printed intervals', () => {
  test.each([
    ['76 s/d <90', '76 ≤ x < 90'],
    ['90 ≤ 100', '90 ≤ x ≤ 100'],
    ['> 85', 'x > 85'],
    ['≤ 50', 'x ≤ 50'],
    ['≤ 55', 'x ≤ 55'],
    ['70 < x ≤ 85', '70 < x ≤ 85'],
    ['70 < x̄ ≤ 85', '70 < x ≤ 85'],
    ['85 - 100', '85 ≤ x ≤ 100'],
    ['85–100', '85 ≤ x ≤ 100'],
    ['70–< 85', '70 ≤ x < 85'],
    ['< 100', 'x < 100'],
    ['= 100', 'x = 100'],
    ['0 s/d <50', '0 ≤ x < 50'],
    ['$76 \\leq s/d < 90$', '76 ≤ x < 90'],
    ['$90 \\geq 100$', '90 ≤ x ≤ 100'],
    ['76 ≤ 90', '76 ≤ x ≤ 90'],
    ['≥ 91', 'x ≥ 91'],
    ['>= 91 %', 'x ≥ 91'],
    ['x > 85', 'x > 85'],
    ['85 < x', 'x > 85'],
    ['85 ≥ x > 70', '70 < x ≤ 85'],
    ['≥ 76 s/d < 90', '76 ≤ x < 90'],
    ['75,5 s.d. 90', '75,5 ≤ x ≤ 90'],
    ['lebih dari 85', 'x > 85'],
    ['kurang dari 55', 'x < 55'],
    ['-10 - 0', '−10 ≤ x ≤ 0'],
  ])('%s reads as %s', (text, reading) => {
    const bounds = parseIntervalText(text);
    expect(bounds).not.toBeNull();
    expect(describeInterval(bounds!)).toBe(reading);
  });

  test.each(['n/a', '', 'Puas', '100', '90 = 100', '< 50 < 60', '1 s/d 2 s/d 3', '14.90.000 s/d 15', '50 < 50'])('%s is unreadable', (text) => {
    expect(parseIntervalText(text)).toBeNull();
  });
});

describe('custom scales from a sheet', () => {
  test('texts are parsed, "n/a" gives the no-target label, a leading "=" is dropped from labels', () => {
    const scale = scaleFromRows(
      [
        { lower: null, upper: null, text: 'n/a', label: 'Tidak Ada Target' },
        { lower: null, upper: null, text: '< 100', label: 'Tidak Tercapai' },
        { lower: null, upper: null, text: '= 100', label: '= Tercapai' },
        { lower: null, upper: null, text: '> 100', label: 'Melebihi Target' },
      ],
      'Skala Predikat',
    );
    expect(scale.noTargetLabel).toBe('Tidak Ada Target');
    expect(scale.intervals.map((i) => [i.label, i.row, describeInterval(i)])).toEqual([
      ['Tidak Tercapai', 1, 'x < 100'],
      ['Tercapai', 2, 'x = 100'],
      ['Melebihi Target', 3, 'x > 100'],
    ]);
    expect(scale.unreadable).toBeUndefined();
  });

  test('numbers without text are a closed range; unreadable rows are listed, not guessed', () => {
    const scale = scaleFromRows(
      [
        { lower: 91, upper: null, label: 'Sangat Tinggi' },
        { lower: 76, upper: 90, label: 'Tinggi' },
        { lower: null, upper: 50, label: 'Sangat Rendah' },
        { lower: null, upper: null, label: 'Kosong' },
        { lower: null, upper: null, text: 'sekitar 60', label: 'Rendah' },
      ],
      'Tabel',
    );
    expect(scale.intervals.map((i) => describeInterval(i))).toEqual(['x ≥ 91', '76 ≤ x ≤ 90', 'x ≤ 50']);
    expect(scale.unreadable).toEqual([
      { row: 3, text: '', label: 'Kosong' },
      { row: 4, text: 'sekitar 60', label: 'Rendah' },
    ]);
  });
});
