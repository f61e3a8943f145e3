/** The marked copy of bare packages other programs write: no styles part, an empty sheet, prefixed XML. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SEVERITY_FILLS } from '../../src/core/changes/marks';
import type { Report } from '../../src/core/report';
import { MarkedCopyError, writeMarkedCopy } from '../../src/xlsx/write-marked';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function bare(sheetXml: string, workbookXml?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', workbookXml ?? `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  return zip.generateAsync({ type: 'uint8array' });
}

const report: Report = {
  file: 'polos.xlsx',
  year: null,
  tables: [],
  findings: [{ sheet: 'Data', cell: 'B2', check: 'sum', severity: 'error', message: 'Jumlah salah' }],
};

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('writeMarkedCopy on bare packages', () => {
  it('marks the cell of an empty sheet in a package without a styles part', async () => {
    const wb = await open(await writeMarkedCopy(await bare(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`), report));
    const cell = wb.getWorksheet('Data')!.getCell('B2');
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${SEVERITY_FILLS.error.slice(1)}`);
    expect(JSON.stringify(cell.note)).toContain('Jumlah salah');
    expect(wb.getWorksheet('Hasil Pemeriksaan')!.getCell('A1').value).toBe('Hasil Pemeriksaan Cermat');
  });

  it('marks a sheet written with a namespace prefix in the same prefix', async () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const zip = await JSZip.loadAsync(await writeMarkedCopy(await bare(sheet), report));
    const out = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const style = /<x:c r="B2" s="(\d+)"><x:v>7<\/x:v><\/x:c>/.exec(out);
    expect(style).not.toBeNull();
    expect(out).toMatch(new RegExp(`<x:legacyDrawing xmlns:r="${REL}" r:id="[^"]+"/></x:worksheet>$`));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const section = (name: string) => new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(styles)![1];
    const xf = [...section('cellXfs').matchAll(/<xf [^>]*>/g)][Number(style![1])][0];
    const fill = section('fills').split('</fill>')[Number(/fillId="(\d+)"/.exec(xf)![1])];
    expect(fill).toContain(`rgb="FF${SEVERITY_FILLS.error.slice(1)}"`);
    expect(await zip.file('xl/comments1.xml')!.async('string')).toContain('Jumlah salah');
  });

  it('refuses a Strict Open XML workbook with an Indonesian message', async () => {
    const strict = `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>`;
    const bytes = await bare(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`, strict);
    await expect(writeMarkedCopy(bytes, report)).rejects.toThrow(new MarkedCopyError('"polos.xlsx" berformat Strict Open XML. Simpan ulang di Excel sebagai "Buku Kerja Excel (.xlsx)", lalu periksa lagi.'));
  });
});
