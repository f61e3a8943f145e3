/**
 * Writes ../sheetjs.xlsx with SheetJS (npm "xlsx" 0.18.5, unpacked from `npm pack xlsx`; not a
 * project dependency): node write-sheetjs.cjs /path/to/unpacked/xlsx/package
 * SheetJS writes formulas without cached results unless given one.
 */
const path = require('node:path');
const XLSX = require(process.argv[2]);
const rows = require('./rows.json');

const sheet = {};
rows.forEach((row, r) =>
  row.forEach((v, c) => {
    if (v === null) return;
    const at = XLSX.utils.encode_cell({ r, c });
    if (typeof v === 'string' && v.startsWith('=')) sheet[at] = { t: 'n', f: v.slice(1) };
    else sheet[at] = typeof v === 'number' ? { t: 'n', v, z: c < 5 ? '#,##0' : undefined } : { t: 's', v };
  }),
);
sheet['!ref'] = 'A1:F6';
sheet['!merges'] = [XLSX.utils.decode_range('A1:F1')];
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, 'Realisasi');
XLSX.writeFile(book, path.join(__dirname, '..', 'sheetjs.xlsx'));
