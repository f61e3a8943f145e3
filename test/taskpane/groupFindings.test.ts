import { groupFindings, isRoundingNote, visibleFindings, findingKey, tableOfCell } from '../../src/taskpane/results/groupFindings';
import { capaianG9, roundingH7, sisaE21, summaries, sumE30 } from './fixtures';

describe('finding groups', () => {
  test('finds the table a cell belongs to', () => {
    expect(tableOfCell(summaries, 'Realisasi Anggaran', 'E21')?.range).toBe('A5:F99');
    expect(tableOfCell(summaries, 'Realisasi Anggaran', 'G21')).toBeNull();
    expect(tableOfCell(summaries, 'Kinerja Sasaran 3', 'E21')).toBeNull();
  });

  test('orders severities error → info and keeps the checker order inside a place', () => {
    const groups = groupFindings([roundingH7, sumE30, capaianG9, sisaE21], summaries);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['info', 1],
    ]);
    expect(groups[0].places.map((p) => p.findings.map((f) => f.cell))).toEqual([['E30', 'E21'], ['G9']]);
  });

  test('hides ignored findings, and rounding notes only when switched off', () => {
    const all = [sisaE21, roundingH7, { ...roundingH7, cell: 'B3', message: 'Nilai "n/a" tidak terbaca', expected: undefined, actual: 'n/a' }];
    expect(isRoundingNote(roundingH7)).toBe(true);
    expect(isRoundingNote(all[2])).toBe(false);
    expect(visibleFindings(all, [], undefined)).toHaveLength(3);
    expect(visibleFindings(all, [], false).map((f) => f.cell)).toEqual(['E21', 'B3']);
    expect(visibleFindings(all, [findingKey(sisaE21)], true).map((f) => f.cell)).toEqual(['H7', 'B3']);
  });
});
