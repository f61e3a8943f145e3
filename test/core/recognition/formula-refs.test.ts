import { aggregateRefs } from '../../../src/core/recognition/formula-refs';

describe('aggregateRefs', () => {
  it('reads SUM over ranges and single cells of one column (0-based rows)', () => {
    expect(aggregateRefs('SUM(C8,C10:C12)', 2)).toEqual({ fn: 'SUM', rows: [7, 9, 10, 11] });
    expect(aggregateRefs('=SUM($C$8:$C$9)', 2)).toEqual({ fn: 'SUM', rows: [7, 8] });
  });
  it('reads ROUND(AVERAGE(...),2) and C7+C9', () => {
    expect(aggregateRefs('ROUND(AVERAGE(F7:F9),2)', 5)).toEqual({ fn: 'AVERAGE', rows: [6, 7, 8] });
    expect(aggregateRefs('C7+C9', 2)).toEqual({ fn: 'SUM', rows: [6, 8] });
  });
  it('ignores formulas over another column and anything else', () => {
    expect(aggregateRefs('SUM(D8:D9)', 2)).toBeNull();
    expect(aggregateRefs('D7/C7*100', 4)).toBeNull();
    expect(aggregateRefs(undefined, 2)).toBeNull();
    expect(aggregateRefs('SUM(Sheet2!C1:C3)', 2)).toBeNull();
  });
});
