import { safeText } from '../../src/core/changes/safe-text';
import { contentOf } from '../../src/office/runs';

describe('text written through Office.js never becomes a formula and is escaped once', () => {
  it.each([
    ['Program Rehabilitasi Sosial', "'Program Rehabilitasi Sosial"],
    ['=SUM(C8:C12)', "'=SUM(C8:C12)"],
    [safeText('=SUM(C8:C12)'), "'=SUM(C8:C12)"],
    [safeText('-8.212.000'), "'-8.212.000"],
    [safeText('@kolom'), "'@kolom"],
  ])('%j → %j', (text, written) => {
    expect(contentOf(text)).toBe(written);
  });

  it('writes numbers, booleans and errors as they are', () => {
    expect([contentOf(114.44), contentOf(true), contentOf({ error: '#DIV/0!' }), contentOf(null)]).toEqual([114.44, true, '#DIV/0!', '']);
  });
});
