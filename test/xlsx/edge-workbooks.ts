/**
 * Hand-written .xlsx packages that hold what SpreadsheetML allows and the common producers rarely
 * write: shared formulas, rich and phonetic text, inline strings, errors, booleans, dates in both
 * date systems, cells and rows without `r`, hidden rows under merges, hyperlinks, styles whose
 * formats, bold fonts and indents come from the styles part.
 */
import { workbookParts, zipParts } from './xml-workbook';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Cell styles 1–6 (style 0, bold here, is ignored by ExcelJS): money, date, dd/mm/yyyy, indented #,##0, bold, percent. */
export const STYLES =
  `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;Rp&quot;"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>' +
  '<fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="3" fontId="1"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="1"/><xf numFmtId="164" fontId="0"/><xf numFmtId="14" fontId="1"/><xf numFmtId="165" fontId="0"/>' +
  '<xf numFmtId="3" fontId="0"><alignment indent="2"/></xf><xf numFmtId="0" fontId="1"><alignment horizontal="left"/></xf><xf numFmtId="10" fontId="0"/></cellXfs>' +
  '<dxfs count="1"><dxf><font><b/></font><numFmt numFmtId="166" formatCode="0.0"/></dxf></dxfs></styleSheet>';

export const SHARED_STRINGS =
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="6" uniqueCount="6">` +
  '<si><t>Uraian</t></si>' +
  '<si><r><t>Pro</t></r><r><rPr><b/></rPr><t xml:space="preserve">gram  A</t></r></si>' +
  '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>' +
  '<si><t>a &amp; b_x000D_c</t></si>' +
  '<si><t/></si>' +
  '<si/></sst>';

const ROWS = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" s="1" t="s"><v>5</v></c></row>',
  '<row r="2"><c r="A2" t="inlineStr"><is><t>x &lt; y&#13;&#10;z\r\nw</t></is></c><c r="B2" t="inlineStr"><is><r><t>ab</t></r><r><t>_x0041_</t></r></is></c>' +
    '<c r="C2" t="b"><v>1</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#DIV/0!</v></c><c r="F2" t="str"><v>R&amp;amp;D</v></c></row>',
  '<row r="3"><c r="A3" s="1"><v>1.5</v></c><c r="B3" s="2"><v>45292</v></c><c r="C3" s="3"><v>0</v></c><c r="D3" s="4"><v>1234</v></c>' +
    '<c r="E3" s="5" t="inlineStr"><is><t>tebal</t></is></c><c r="F3" s="6"><v>0.25</v></c><c r="G3" s="0"><v>5</v></c><c r="H3" s="1"/><c r="I3" s="99"><v>7</v></c></row>',
  '<row r="4"><c r="A4"><f>1-1</f><v>0</v></c><c r="B4" s="2"><f>B3+1</f><v>45293</v></c><c r="C4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
    '<c r="D4" t="b"><f>TRUE()</f><v>1</v></c><c r="E4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F4"><f>SUM(A3:A3)</f></c><c r="G4" s="2"><f>0</f><v>0</v></c></row>',
  '<row r="5"><c r="A5"><v>1</v></c><c r="B5"><f t="shared" ref="B5:D7" si="0">$A5*2+Sheet2!A1+SUM(A$5:A5)+LOG10(B1)+XFE1</f><v>1</v></c>' +
    '<c r="C5"><f t="shared" si="0"/><v>2</v></c><c r="E5"><f t="array" ref="E5:E6">SUM(A5:A6*2)</f><v>6</v></c><c r="F5"><f t="shared" si="7"/><v>3</v></c></row>',
  '<row r="6"><c r="A6"><v>2</v></c><c r="B6"><f t="shared" si="0"/><v>4</v></c><c r="C6"><f t="shared" si="0">A6*3</f><v>6</v></c><c r="E6"><v>0</v></c></row>',
  '<row r="7"><c r="A7"><v>3</v></c><c r="D7"><f t="shared" si="0"/><v>5</v></c></row>',
  '<row r="8"><c><v>1</v></c><c t="inlineStr"><is><t>dua</t></is></c><c r="E8"><v>5</v></c><c><v>6</v></c></row>',
  '<row><c r="A9"><v>9</v></c><c r="B9"><v>  </v></c><c r="C9" t="n"><v>1e3</v></c><c r="D9" t="d"><v>2024-01-05</v></c></row>',
  '<row r="10" hidden="1"><c r="A10"><v>1</v></c></row>',
  '<row r="11" hidden="true"><c r="A11" s="1"/></row>',
  '<row r="12" hidden="1"><c r="A12" t="inlineStr"><is><t>gabung</t></is></c><c r="B12"><v>99</v></c></row>',
  '<row r="13" hidden="1"/>',
  '<row r="14"><c r="A14" t="inlineStr"><is><t>situs</t></is></c><c r="B14"><v>5</v></c><c r="C14" t="str"><f>"ok"</f><v>ok</v></c><c r="D14" s="1"/>' +
    '<c r="E14" t="inlineStr"><is><t>dalam</t></is></c><c r="F14" t="s"><v>1</v></c></row>',
  '<!-- a comment --><row r="30"><c r="L30"><v>1</v></c></row>',
];

const EDGE_SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:L30"/><sheetData>${ROWS.join('')}</sheetData>` +
  '<sheetProtection sheet="1" objects="1"/>' +
  '<mergeCells count="4"><mergeCell ref="A12:B13"/><mergeCell ref="H20:XFD1048576"/><mergeCell ref="I21:J22"/><mergeCell ref="K1"/></mergeCells>' +
  '<hyperlinks><hyperlink ref="A14" r:id="rId1"/><hyperlink ref="B14" r:id="rId1"/><hyperlink ref="C14" r:id="rId1"/><hyperlink ref="D14" r:id="rId1"/>' +
  '<hyperlink ref="E14" location="\'Kedua\'!A1"/><hyperlink ref="F14" r:id="rId1"/></hyperlinks></worksheet>';

const SHEET_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`;

/** A second sheet written pretty-printed, with a long name and `&` in it. */
const PRETTY_SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="${MAIN}">
  <sheetData>
    <row r="2" spans="1:3">
      <c r="A2" t="s">
        <v>0</v>
      </c>
      <c r="B2" s="4">
        <v>2500000</v>
      </c>
      <c r="C2">
        <f>B2*2</f>
        <v>5000000</v>
      </c>
    </row>
  </sheetData>
</worksheet>`;

const LONG_NAME = 'Realisasi & Capaian Kinerja Tahun 2024 Lengkap';

function edgeParts(date1904: boolean): Record<string, string> {
  const parts = workbookParts([
    { name: 'Tepi', sheetData: '' },
    { name: LONG_NAME, sheetData: '' },
  ]);
  parts['xl/worksheets/sheet1.xml'] = EDGE_SHEET;
  parts['xl/worksheets/_rels/sheet1.xml.rels'] = SHEET_RELS;
  parts['xl/worksheets/sheet2.xml'] = PRETTY_SHEET;
  parts['xl/styles.xml'] = STYLES;
  parts['xl/sharedStrings.xml'] = SHARED_STRINGS;
  if (date1904) parts['xl/workbook.xml'] = parts['xl/workbook.xml'].replace('<sheets>', '<workbookPr date1904="1"/><sheets>');
  return parts;
}

/** The edge cases above, in the 1900 and in the 1904 date system. */
export async function edgeWorkbooks(): Promise<[string, Uint8Array][]> {
  return [
    ['tepi-1900.xlsx', await zipParts(edgeParts(false))],
    ['tepi-1904.xlsx', await zipParts(edgeParts(true))],
  ];
}
