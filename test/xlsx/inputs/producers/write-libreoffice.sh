#!/bin/sh
# Writes ../libreoffice.xlsx, ../libreoffice-table.xlsx and ../libreoffice.ods with LibreOffice Calc
# (Debian libreoffice-calc-nogui 7.4.7): each is an openpyxl input opened and saved again by Calc,
# which recalculates and stores the formula results. Run from this folder after write_openpyxl.py.
set -e
work=$(mktemp -d)
cp ../openpyxl.xlsx "$work/libreoffice.xlsx"
cp ../openpyxl-table.xlsx "$work/libreoffice-table.xlsx"
HOME=$work soffice --headless --calc --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/libreoffice.xlsx" "$work/libreoffice-table.xlsx"
HOME=$work soffice --headless --convert-to ods --outdir "$work/out" "$work/libreoffice.xlsx"
cp "$work"/out/* ..
rm -rf "$work"
