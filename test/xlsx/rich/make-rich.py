#!/usr/bin/env python3
"""Builds rich-openpyxl.xlsx (and, through LibreOffice, rich-libreoffice.xlsx): a small budget
table with every feature the marked copy must keep. Run: /usr/bin/python3 make-rich.py
(needs python3-openpyxl, python3-pil, libreoffice-calc-nogui)."""
import io, os, re, shutil, subprocess, tempfile, zipfile
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, NamedStyle, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table
from PIL import Image as PilImage

HERE = os.path.dirname(os.path.abspath(__file__))
wb = Workbook()
ws = wb.active
ws.title = 'Realisasi Anggaran'
ws.append(['Program', 'Pagu', 'Realisasi', 'Sisa', '%'])
rows = [('Program A', 1000000, 800000), ('Program B', 2000000, 1500000), ('Program C', 500000, 500000)]
for i, (p, pagu, real) in enumerate(rows, start=2):
    ws.append([p, pagu, real, f'=B{i}-C{i}', f'=C{i}/B{i}*100'])
ws['D3'] = 400000  # wrong: 2.000.000 - 1.500.000 = 500.000
ws.append(['Jumlah', '=SUM(B2:B4)', '=SUM(C2:C4)', '=SUM(D2:D4)', '=C5/B5*100'])
header = NamedStyle(name='Judul Tabel')
header.font = Font(bold=True, color='FF1F4E79')
wb.add_named_style(header)
for c in 'ABCDE':
    ws[f'{c}1'].style = 'Judul Tabel'
ws['A1'].comment = Comment('Catatan tim: sumber SP2D', 'Bendahara')
ws['A7'] = 'Lihat rincian'
ws['A7'].hyperlink = Hyperlink(ref='A7', location="'Rincian'!A1", display='Lihat rincian')
ws['A8'] = 'Situs'
ws['A8'].hyperlink = 'https://example.org/anggaran'
ws['A9'] = 'TEKS KAYA'
ws.freeze_panes = 'B2'
ws.conditional_formatting.add('E2:E5', CellIsRule(operator='lessThan', formula=['90'], fill=PatternFill('solid', fgColor='FFFFC7CE')))
dv = DataValidation(type='whole', operator='greaterThanOrEqual', formula1='0')
ws.add_data_validation(dv)
dv.add('B2:C4')
ws.print_title_rows = '1:1'
ws.print_area = 'A1:E9'
ws.page_setup.orientation = 'landscape'
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.row_breaks.append(Break(id=5))
ws.protection.sheet = True
ws.protection.password = 'cermat'
chart = BarChart()
chart.title = 'Realisasi'
chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=4))
ws.add_chart(chart, 'G2')
png = io.BytesIO()
PilImage.new('RGB', (8, 8), (200, 30, 30)).save(png, format='PNG')
png.seek(0)
ws.add_image(Image(png), 'G20')

detail = wb.create_sheet('Rincian')
detail.append(['Kode', 'Uraian', 'Nilai'])
detail.append(['1.01', 'Belanja pegawai', 100])
detail.append(['1.02', 'Belanja barang', 200])
detail.add_table(Table(displayName='TabelRincian', ref='A1:C3'))
hidden = wb.create_sheet('Tersembunyi')
hidden['A1'] = 'parameter'
hidden.sheet_state = 'hidden'
cs = wb.create_chartsheet('Grafik')
chart2 = BarChart()
chart2.add_data(Reference(ws, min_col=2, min_row=1, max_row=4), titles_from_data=True)
cs.add_chart(chart2)
wb.defined_names.append(DefinedName('Tarif', attr_text='0.11'))
wb.defined_names.append(DefinedName('TotalPagu', attr_text="SUM('Realisasi Anggaran'!$B$2:$B$4)"))

CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Instansi">'
          '<vt:lpwstr>Dinas Contoh</vt:lpwstr></property></Properties>')
RICH = ('<si><r><rPr><b/><sz val="11"/><color rgb="FFC00000"/><rFont val="Calibri"/></rPr><t>TEKS</t></r>'
        '<r><rPr><i/><sz val="11"/><rFont val="Calibri"/></rPr><t xml:space="preserve"> KAYA</t></r></si>')


def add_custom_and_rich_text(path):
    """openpyxl 3.0 writes neither custom properties nor rich text: patched in afterwards."""
    out = path + '.tmp'
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename).decode('utf-8') if not item.filename.endswith('.png') else src.read(item.filename)
            if item.filename == '[Content_Types].xml':
                data = data.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            elif item.filename == '_rels/.rels':
                data = data.replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
            elif item.filename == 'xl/sharedStrings.xml':
                data = data.replace('<si><t>TEKS KAYA</t></si>', RICH)
            dst.writestr(item, data)
        dst.writestr('docProps/custom.xml', CUSTOM)
    os.replace(out, path)


target = os.path.join(HERE, 'rich-openpyxl.xlsx')
wb.save(target)
add_custom_and_rich_text(target)
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/profile', '--convert-to', 'xlsx:Calc MS Excel 2007 XML',
                    '--outdir', tmp, target], check=True, stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, 'rich-openpyxl.xlsx'), os.path.join(HERE, 'rich-libreoffice.xlsx'))
