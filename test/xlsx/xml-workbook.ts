/**
 * Minimal .xlsx packages written part by part, for inputs ExcelJS cannot write (a merge to
 * XFD1048576, formulas without results, a million rows) and for the fuzz harness.
 */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface XmlSheet {
  name: string;
  /** The inside of <sheetData>: `<row r="1"><c r="A1"><v>1</v></c></row>…` */
  sheetData: string;
  /** mergeCell refs such as `H20:XFD1048576`. */
  merges?: string[];
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A number, inline text or formula cell as XML. */
export function cellXml(ref: string, value: number | string | { f: string; v?: number }): string {
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  return `<c r="${ref}"><f>${escapeXml(value.f)}</f>${value.v === undefined ? '' : `<v>${value.v}</v>`}</c>`;
}

export function sheetXml(sheet: XmlSheet): string {
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheet.sheetData}</sheetData>${merges}</worksheet>`;
}

/** The package's parts; `parts` may replace or add any of them. */
export function workbookParts(sheets: XmlSheet[]): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
  };
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s)));
  return parts;
}

export async function zipParts(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function xmlWorkbook(sheets: XmlSheet[]): Promise<Uint8Array> {
  return zipParts(workbookParts(sheets));
}

/** A small anggaran table at A1:F5 (header, three rows, Jumlah) as sheetData rows, values cached. */
export function anggaranRowsXml(): string {
  const rows: (number | string | { f: string; v?: number })[][] = [
    ['Uraian', 'Pagu', 'Realisasi', 'Sisa', '%'],
    ['Program A', 1500000000, 1350000000, 150000000, 90],
    ['Program B', 800000000, 760000000, 50000000, 95],
    ['Program C', 450000000, 441000000, 9000000, 98],
    ['Jumlah', { f: 'SUM(B2:B4)', v: 2750000000 }, { f: 'SUM(C2:C4)', v: 2551000000 }, { f: 'SUM(D2:D4)', v: 209000000 }, 92.76],
  ];
  return rows.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(`${'ABCDE'[c]}${r + 1}`, v)).join('')}</row>`).join('');
}
