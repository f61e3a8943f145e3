import { scaleFromRows } from '../../../src/core/scales/parse-interval';
import { validateScale, type ScaleIssue } from '../../../src/core/scales/validate';

function printed(rows: [string, string][]) {
  return scaleFromRows(
    rows.map(([text, label]) => ({ lower: null, upper: null, text, label })),
    'Skala',
  );
}

function summary(issues: ScaleIssue[]): [string, number, number | undefined, number | undefined][] {
  return issues.map((i) => [i.kind, i.index, i.from, i.to]);
}

describe('validateScale on the printed scales of domain.md §4', () => {
  test('"90 ≤ 100 / 76 s/d <90 / 66 s/d <75 / 51 s/d <65 / 0 s/d <50": gaps 50–51, 65–66, 75–76 and nothing above 100', () => {
    const issues = validateScale(
      printed([
        ['90 ≤ 100', 'Sangat Tinggi'],
        ['76 s/d <90', 'Tinggi'],
        ['66 s/d <75', 'Sedang'],
        ['51 s/d <65', 'Rendah'],
        ['0 s/d <50', 'Sangat Rendah'],
      ]),
    );
    expect(summary(issues)).toEqual([
      ['gap', 4, 50, 51],
      ['gap', 3, 65, 66],
      ['gap', 2, 75, 76],
      ['above-100', 0, 100, undefined],
    ]);
    expect(issues[2].message).toBe('Celah pada skala: nilai 75 ≤ x < 76 tidak masuk rentang mana pun (di antara "Sedang" dan "Tinggi"). Perbaiki batas rentangnya.');
    expect(issues[3].message).toBe(
      'Tidak ada rentang untuk nilai x > 100: rentang teratas "Sangat Tinggi" berhenti di 100, padahal capaian bisa melebihi 100 %. Tambahkan rentang untuk nilai di atas 100 %.',
    );
  });

  test('"≥ 90 … 76 ≤ 90": 90 is in two bands, blamed on the lower one', () => {
    const issues = validateScale(
      printed([
        ['≥ 90', 'Sangat Tinggi'],
        ['76 ≤ 90', 'Tinggi'],
        ['< 76', 'Sedang'],
      ]),
    );
    expect(summary(issues)).toEqual([['overlap', 1, 90, 90]]);
    expect(issues[0].message).toBe('Rentang "Tinggi" dan "Sangat Tinggi" tumpang tindih: nilai x = 90 masuk ke keduanya. Perbaiki batas rentangnya.');
  });

  test('a wide overlap, a point gap and a scale starting above 0', () => {
    const issues = validateScale(
      printed([
        ['> 80', 'A'],
        ['60 - 85', 'B'],
        ['20 s/d < 55', 'C'],
        ['> 55 s/d < 60', 'D'],
      ]),
    );
    expect(summary(issues)).toEqual([
      ['gap', 2, 0, 20],
      ['gap', 2, 55, 55],
      ['overlap', 1, 80, 85],
    ]);
    expect(issues[0].message).toContain('nilai 0 ≤ x < 20');
    expect(issues[1].message).toContain('nilai x = 55');
    expect(issues[2].message).toContain('nilai 80 < x ≤ 85');
  });

  test('a closed top below 100 leaves everything above it uncovered', () => {
    const issues = validateScale(printed([['0 - 90', 'Baik']]));
    expect(summary(issues)).toEqual([['above-100', 0, 90, undefined]]);
  });

  test('intervals that touch with one closed end, or overlap under the same label, are fine', () => {
    expect(validateScale(printed([['≥ 50', 'Baik'], ['< 50', 'Kurang']]))).toEqual([]);
    expect(validateScale(printed([['≥ 50', 'Baik'], ['40 - 60', 'baik'], ['< 40', 'Kurang']]))).toEqual([]);
    expect(validateScale({ id: 'e', name: 'e', intervals: [] })).toEqual([]);
  });
});
