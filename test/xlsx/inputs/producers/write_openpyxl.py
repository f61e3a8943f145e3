"""Writes the openpyxl test inputs (Debian python3-openpyxl 3.0.9, python3-pil for the image).

Run from this folder: /usr/bin/python3 write_openpyxl.py  → ../openpyxl*.xlsx
Every file holds the same small realisation table (see README.md); openpyxl stores formulas
without cached results, as it always does.
"""
import io

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.worksheet.table import Table
from PIL import Image as PilImage

ROWS = [
    ["Tabel 3.1 Realisasi Anggaran Tahun 2024"],
    ["Kode", "Program", "Pagu (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
    ["1.01", "Program Pelayanan Administrasi", 1500000000, 1350000000, "=C3-D3", "=ROUND(D3/C3*100,2)"],
    ["1.02", "Program Peningkatan Sarana", 800000000, 760000000, 50000000, 95],
    ["1.03", "Program Pengembangan Kinerja", 450000000, 441000000, "=C5-D5", "=ROUND(D5/C5*100,2)"],
    [None, "Jumlah", "=SUM(C3:C5)", "=SUM(D3:D5)", "=SUM(E3:E5)", "=ROUND(D6/C6*100,2)"],
]


def table_sheet(wb):
    ws = wb.active
    ws.title = "Realisasi"
    for row in ROWS:
        ws.append(row)
    ws.merge_cells("A1:F1")
    for r in range(3, 7):
        for c in "CDE":
            ws[f"{c}{r}"].number_format = "#,##0"
    return ws


def save(wb, name):
    wb.save(f"../{name}")


wb = Workbook()
table_sheet(wb)
save(wb, "openpyxl.xlsx")

wb = Workbook()
ws = table_sheet(wb)
png = io.BytesIO()
PilImage.new("RGB", (4, 4), (200, 30, 30)).save(png, format="PNG")
ws.add_image(Image(png), "H2")
save(wb, "openpyxl-image.xlsx")

wb = Workbook()
ws = table_sheet(wb)
chart = BarChart()
chart.title = "Realisasi per program"
chart.add_data(Reference(ws, min_col=4, min_row=2, max_row=5), titles_from_data=True)
chart.set_categories(Reference(ws, min_col=2, min_row=3, max_row=5))
ws.add_chart(chart, "H2")
save(wb, "openpyxl-chart.xlsx")

wb = Workbook()
ws = table_sheet(wb)
ws.add_table(Table(displayName="Realisasi2024", ref="A2:F5"))
save(wb, "openpyxl-table.xlsx")
