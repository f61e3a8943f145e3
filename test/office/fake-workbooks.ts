/** Fake workbooks and change sets of any size, for the host tests and the bench. */
import { NOTE_PREFIX } from '../../src/core/changes/marks';
import type { CellWrite, ChangeSet } from '../../src/host/types';
import { FakeBook } from './fake-excel';
import type { FakeSheet } from './fake-excel';

/** A sheet of `rows` × 10 columns with text, numbers, formulas, percents, errors, bold, indent, merges, hidden rows. */
export function fillSheet(sheet: FakeSheet, rows: number): void {
  sheet.set('A1', { value: 'Pagu dan Realisasi Anggaran', bold: true });
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
  for (let r = 1; r < rows; r++) {
    const n = r + 1;
    sheet.set(`A${n}`, { value: `Sub Kegiatan ${r}`, indent: r % 3, bold: r % 10 === 0 });
    sheet.set(`B${n}`, { value: 1_000_000 + r * 12_500, numberFormat: '#,##0' });
    sheet.set(`C${n}`, { value: 900_000 + r * 10_000, numberFormat: '#,##0' });
    sheet.set(`D${n}`, { value: (900_000 + r * 10_000) / (1_000_000 + r * 12_500), formula: `=C${n}/B${n}`, numberFormat: '0.00%' });
    sheet.set(`E${n}`, { value: 100 * r, formula: `=B${n}-C${n}` });
    sheet.set(`F${n}`, r % 7 === 0 ? { value: null, error: '#DIV/0!', formula: `=C${n}/0` } : { value: '35,52%' });
    for (const col of ['G', 'H', 'I', 'J']) sheet.set(`${col}${n}`, { value: r % 2 === 0 ? r : `teks ${r}` });
  }
  sheet.hidden.add(3);
  sheet.hidden.add(Math.max(4, rows - 2));
}

export function makeBook(sheets: number, cellsPerSheet: number): FakeBook {
  const book = new FakeBook();
  for (let i = 0; i < sheets; i++) fillSheet(book.addSheet(i === 0 ? 'Realisasi Anggaran' : `Lembar ${i + 1}`), cellsPerSheet / 10);
  return book;
}

/** A change set that marks `count` findings (fill + a note in Cermat's form) on cells holding data, scattered over the sheet. */
export function marks(count: number, sheet = 'Realisasi Anggaran'): ChangeSet {
  const writes: CellWrite[] = [];
  for (let i = 0; i < count; i++) {
    // Scattered: every third row, alternating columns, so each mark is its own range.
    const row = 2 + 3 * Math.floor(i / 3);
    const col = ['B', 'C', 'E'][i % 3];
    writes.push({ sheet, cell: `${col}${row}`, fill: '#FFC7CE', note: `${NOTE_PREFIX}Sisa tidak sama dengan pagu − realisasi (temuan ${i + 1})` });
  }
  return { label: 'Tandai temuan di lembar', writes };
}

