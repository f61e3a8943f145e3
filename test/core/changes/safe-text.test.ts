import { safeText, unescapeSafeText } from '../../../src/core/changes/safe-text';

describe('safeText', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+62 811', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(safeText(text)).toBe(`'${text}`);
      expect(unescapeSafeText(safeText(text))).toBe(text);
    },
  );

  it.each(['Realisasi Anggaran', 'Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365', "'sudah dikutip", ''])(
    'leaves %j as it is',
    (text) => {
      expect(safeText(text)).toBe(text);
      expect(unescapeSafeText(text)).toBe(text);
    },
  );
});
