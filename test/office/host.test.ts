import type { Cell, SheetModel } from '../../src/core/model/workbook';
import { address } from '../../src/core/model/address';
import { HostError } from '../../src/host/types';
import type { ChangeSet } from '../../src/host/types';
import { OfficeHost } from '../../src/office/host';
import { journal } from '../../src/office/journal';
import type { Capabilities } from '../../src/office/runtime';
import type { SettingsStore } from '../../src/office/settings';
import { EXCEL_LIMITS, FakeBook } from './fake-excel';
import type { FakeSheet } from './fake-excel';
import { makeBook, marks } from './fake-workbooks';

const CAPS: Capabilities = { cellProperties: true, mergedAreas: true, notes: 'notes' };

function host(book: FakeBook, settings: SettingsStore | null = null): OfficeHost {
  return new OfficeHost(book.run, { capabilities: CAPS, settings });
}

/** The model the reader must produce for a fake sheet, built independently of the reader. */
function expectedSheet(sheet: FakeSheet): SheetModel {
  const cells: (Cell | undefined)[][] = [];
  const used = sheet.used();
  for (const [key, c] of sheet.cells) {
    const [r, k] = key.split(',').map(Number);
    const cell: Cell = { v: c.error ? { error: c.error } : c.value };
    if (c.formula) cell.f = c.formula.slice(1);
    if (c.numberFormat && c.numberFormat !== 'General') cell.fmt = c.numberFormat;
    if (c.bold) cell.bold = true;
    if (c.indent) cell.indent = c.indent;
    if (cell.v === null && cell.f === undefined && !cell.fmt) continue;
    (cells[r] ??= [])[k] = cell;
  }
  const model: SheetModel = {
    name: sheet.name,
    cells,
    rowCount: used ? used.bottom + 1 : 0,
    colCount: used ? used.right + 1 : 0,
    merges: sheet.merges,
  };
  if (sheet.hidden.size) model.hiddenRows = [...sheet.hidden].sort((a, b) => a - b);
  return model;
}

async function countSyncs(book: FakeBook, action: () => Promise<unknown>): Promise<number> {
  const before = book.syncs;
  await action();
  return book.syncs - before;
}

beforeEach(() => journal.clear());

describe('OfficeHost.read', () => {
  test('reads the fake workbook exactly: values, formulas, formats, errors, bold, indent, merges, hidden rows', async () => {
    const book = makeBook(2, 1000);
    const model = await host(book).read();
    expect(model.sheets.map((s) => s.name)).toEqual(['Realisasi Anggaran', 'Lembar 2']);
    model.sheets.forEach((s, i) => expect(s).toEqual(expectedSheet(book.sheets[i])));
    const s = model.sheets[0];
    expect(s.cells[7][5]).toEqual({ v: { error: '#DIV/0!' }, f: 'C8/0' });
    expect(s.cells[1][3]).toEqual({ v: 910_000 / 1_012_500, f: 'C2/B2', fmt: '0.00%' });
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  test('syncs grow with the megabytes read, not with the cells: every response stays within the 5 MB limit', async () => {
    const big = makeBook(10, 50_000);
    const small = makeBook(2, 1000);
    const start = big.syncs;
    const model = await host(big).read();
    const bigSyncs = big.syncs - start;
    const bytes = big.responseSizes.reduce((a, b) => a + b, 0);
    expect(await countSyncs(small, () => host(small).read())).toBe(4);
    // 2 syncs for the sheets, 1 for the merged areas, then about one per 2,5–3,5 MB of data (the budget of payload.ts).
    expect(bigSyncs).toBeLessThanOrEqual(3 + Math.ceil(bytes / 2_500_000));
    expect(Math.max(...big.responseSizes)).toBeLessThanOrEqual(EXCEL_LIMITS.payloadBytes);
    expect(model.sheets).toHaveLength(10);
    expect(model.sheets[9]).toEqual(expectedSheet(big.sheets[9]));
  });

  test('reads large sheets in chunks of at most 10.000 cells, merged areas with one call per sheet when it can', async () => {
    const book = makeBook(1, 50_000);
    const loadsBefore = book.loads;
    await host(book).read({ kind: 'sheet' });
    // 5 chunks × (range + cell properties + row properties) + merged areas + used range + protection + sheet + workbook name + tables
    expect(book.loads - loadsBefore).toBe(5 * 3 + 1 + 5);
  });

  test('more than 512 merged areas on a sheet are read in blocks (one getMergedAreas call would fail)', async () => {
    const book = makeBook(2, 10_000);
    const sheet = book.sheets[1];
    for (let r = 1; r <= 600; r++) sheet.merges.push({ top: r, left: 6, bottom: r, right: 7 });
    const syncs = await countSyncs(book, () => host(book).read());
    expect(syncs).toBe(4 + 1);
    const model = await host(book).read();
    expect(model.sheets[1].merges).toHaveLength(601);
    expect(model.sheets[1]).toEqual(expectedSheet(sheet));
    expect(model.notices).toBeUndefined();
  });

  test('a sheet whose merged areas still cannot be read is read without them, with a notice; other sheets keep theirs', async () => {
    const book = makeBook(2, 1000);
    book.mergedAreasLimit = 1;
    book.sheets[1].merges.push({ top: 5, left: 6, bottom: 5, right: 7 });
    const model = await host(book).read();
    expect(model.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(model.sheets[1].merges).toEqual([]);
    expect(model.sheets[1].cells[5][0]).toEqual(expectedSheet(book.sheets[1]).cells[5][0]);
    expect(model.notices).toEqual([
      'Sel gabungan di lembar "Lembar 2" tidak dapat dibaca dari Excel (lebih dari 512 area gabungan); lembar itu diperiksa tanpa sel gabungan.',
    ]);
  });

  test('hidden and very hidden sheets are not checked (their findings could not be reached), and the result says so', async () => {
    const book = makeBook(3, 1000);
    book.sheets[1].visibility = 'Hidden';
    book.sheets[2].visibility = 'VeryHidden';
    const model = await host(book).read();
    expect(model.sheets.map((s) => s.name)).toEqual(['Realisasi Anggaran']);
    expect(model.notices).toEqual([
      'Lembar tersembunyi "Lembar 2" tidak diperiksa: temuannya tidak dapat dipilih atau dibuka dari tautan laporan. Perlihatkan lembar itu (klik kanan tab lembar › Perlihatkan) untuk memeriksanya.',
      'Lembar "Lembar 3" disembunyikan penuh (very hidden) dan tidak diperiksa: temuannya tidak dapat dipilih atau dibuka dari tautan laporan.',
    ]);
  });

  test('one stray value at row 300.000 does not make the sheet unreadable: only the used parts are read', async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    sheet.set('Z300000', { value: 'sisa ketikan' });
    // The used range A1:Z300000 holds 7,8 million cells, more than the 4 million a read may cover.
    const model = await host(book).read();
    const s = model.sheets[0];
    expect(s.rowCount).toBe(300_000);
    expect(s.colCount).toBe(26);
    expect(s.cells[299_999][25]).toEqual({ v: 'sisa ketikan' });
    expect(s.cells[50]).toEqual(expectedSheet(sheet).cells[50]);
    expect(book.responseSizes.reduce((a, b) => a + b, 0)).toBeLessThan(1_000_000);
  });

  test('the Excel tables of the read sheets come with the model, so computed columns can be planned beside them', async () => {
    const book = makeBook(2, 1000);
    book.tables.push({ name: 'TabelAnggaran', sheet: 'Realisasi Anggaran', area: { top: 1, left: 0, bottom: 20, right: 5 } });
    const syncs = await countSyncs(book, () => host(book).read());
    expect(syncs).toBe(5);
    expect((await host(book).read()).tables).toEqual([{ name: 'TabelAnggaran', sheet: 'Realisasi Anggaran', area: { top: 1, left: 0, bottom: 20, right: 5 } }]);
    book.active = 'Lembar 2';
    expect((await host(book).read({ kind: 'sheet' })).tables).toBeUndefined();
  });

  test('dates come as ISO dates, as the ExcelJS reader gives them; percent and money formats stay numbers', async () => {
    const book = new FakeBook();
    const sheet = book.addSheet('Tanggal');
    sheet.set('A1', { value: 45657, numberFormat: 'dd/mm/yyyy' });
    sheet.set('B1', { value: 45292, numberFormat: '[$-421]d mmmm yyyy;@' });
    sheet.set('C1', { value: 0.3552, numberFormat: '0.00%' });
    sheet.set('D1', { value: 268_160_000, numberFormat: '"Rp"#,##0' });
    sheet.set('E1', { value: 11_809_165, numberFormat: '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-' });
    const model = await host(book).read();
    expect(model.sheets[0].cells[0]).toEqual([
      { v: '2024-12-31', fmt: 'dd/mm/yyyy' },
      { v: '2024-01-01', fmt: '[$-421]d mmmm yyyy;@' },
      { v: 0.3552, fmt: '0.00%' },
      { v: 268_160_000, fmt: '"Rp"#,##0' },
      { v: 11_809_165, fmt: '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-' },
    ]);
  });

  test('sheet and selection scopes read only that part', async () => {
    const book = makeBook(2, 1000);
    book.active = 'Lembar 2';
    const sheet = await host(book).read({ kind: 'sheet' });
    expect(sheet.sheets.map((s) => s.name)).toEqual(['Lembar 2']);
    book.selection = { sheet: 'Realisasi Anggaran', area: { top: 4, left: 1, bottom: 6, right: 2 } };
    const selection = await host(book).read({ kind: 'selection' });
    const s = selection.sheets[0];
    expect(s.name).toBe('Realisasi Anggaran');
    expect(s.cells[4][1]).toEqual({ v: 1_050_000, fmt: '#,##0' });
    expect(s.cells[4][0]).toBeUndefined();
    expect(s.cells[3]).toBeUndefined();
    expect(s.rowCount).toBe(7);
  });

  test('a selection of whole columns reads only the values inside it', async () => {
    const book = makeBook(1, 1000);
    book.selection = { sheet: 'Realisasi Anggaran', area: { top: 0, left: 1, bottom: 1_048_575, right: 2 } };
    const s = (await host(book).read({ kind: 'selection' })).sheets[0];
    expect(s.rowCount).toBe(100);
    expect(s.cells[4][1]).toEqual({ v: 1_050_000, fmt: '#,##0' });
    expect(s.cells[4][0]).toBeUndefined();
  });

  test('a missing sheet and an oversized read give Indonesian HostErrors', async () => {
    const book = makeBook(1, 1000);
    await expect(host(book).read({ kind: 'sheet', sheet: 'Tidak Ada' })).rejects.toMatchObject({ code: 'not-found', message: 'Lembar "Tidak Ada" tidak ditemukan di buku kerja.' });
    const tiny = new OfficeHost(book.run, { capabilities: CAPS, settings: null, limits: { maxCellsPerRequest: 100, maxCells: 500 } });
    await expect(tiny.read()).rejects.toMatchObject({ code: 'too-large' });
    await expect(tiny.read()).rejects.toThrow(/1\.000 sel; batas 500 sel/);
  });
});

describe('OfficeHost.apply', () => {
  test('marking 1.000 findings takes as many syncs as marking 10', async () => {
    const a = makeBook(1, 30_000);
    const b = makeBook(1, 30_000);
    const many = await countSyncs(a, () => host(a).apply(marks(1000)));
    const few = await countSyncs(b, () => host(b).apply(marks(10)));
    expect(many).toBe(few);
    expect(many).toBe(3);
    const sheet = a.sheets[0];
    expect(sheet.get('E2')?.fill).toBe('#FFC7CE');
    expect(sheet.get('E3')?.fill).toBeUndefined();
    expect(sheet.notes.get('B1001')).toBe('Cermat — Sisa tidak sama dengan pagu − realisasi (temuan 1000)');
    expect(sheet.notes.size).toBe(1000);
    expect(sheet.get('E2')?.formula).toBe('=B2-C2');
  });

  test('marking 5.000 findings keeps every request and response within 5 MB, in a few syncs; undo too', async () => {
    const book = makeBook(1, 200_000);
    const before = book.snapshot();
    const h = host(book);
    const syncs = await countSyncs(book, () => h.apply(marks(5000)));
    expect(book.sheets[0].notes.size).toBe(5000);
    expect(Math.max(...book.requestSizes)).toBeLessThanOrEqual(EXCEL_LIMITS.payloadBytes);
    const sent = book.requestSizes.slice(-syncs).reduce((a, b) => a + b, 0);
    // 1 sync for sheets and names, then about one per 3,5 MB estimated (reads of the previous state, writes).
    expect(syncs).toBeLessThanOrEqual(1 + 2 * Math.ceil(sent / 2_500_000));
    await h.undo();
    expect(Math.max(...book.requestSizes)).toBeLessThanOrEqual(EXCEL_LIMITS.payloadBytes);
    expect(book.snapshot()).toEqual(before);
  });

  test('a write Excel refuses as too large (RequestPayloadSizeLimitExceeded) ran none of it: it is sent again in halves', async () => {
    const book = makeBook(1, 1000);
    book.refuseAtSync = book.syncs + 3;
    const syncsBefore = book.syncs;
    await host(book).apply(marks(20));
    expect(book.syncs - syncsBefore).toBe(3 + 2);
    expect(book.sheets[0].notes.size).toBe(20);
  });

  test('a single write too large for any request wrote nothing, and the message says so (not "cannot be restored")', async () => {
    const book = makeBook(1, 1000);
    const before = book.snapshot();
    const change: ChangeSet = { label: 'Catatan', writes: [{ sheet: 'Realisasi Anggaran', cell: 'B2', note: 'x'.repeat(EXCEL_LIMITS.payloadBytes) }] };
    const error = await host(book).apply(change).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'too-large',
      message: 'Tidak ada yang diubah. Data yang dikirim ke Excel terlalu besar untuk satu permintaan. Coba lagi dengan perubahan yang lebih kecil, misalnya satu lembar saja.',
    });
    expect(book.snapshot()).toEqual(before);
    expect(await host(book).history()).toEqual([]);
  });

  test('undo restores values, formulas, formats, fills, bold and notes exactly', async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    sheet.set('K3', { value: 'catatan lama', numberFormat: '@', fill: '#FFFF00' });
    sheet.notes.set('E5', 'catatan pengguna');
    const before = book.snapshot();
    const h = host(book);
    const change: ChangeSet = {
      label: 'Tambah kolom Penyerapan',
      writes: [
        { sheet: sheet.name, cell: 'K2', value: 'Penyerapan (Cermat)', bold: true },
        { sheet: sheet.name, cell: 'K3', formula: '=KINERJA.PENYERAPAN(B3,C3)', numberFormat: '0.00' },
        { sheet: sheet.name, cell: 'K4', formula: '=KINERJA.PENYERAPAN(B4,C4)', numberFormat: '0.00' },
        { sheet: sheet.name, cell: 'D5', formula: '=KINERJA.PENYERAPAN(B5,C5)', numberFormat: '0.00' },
        { sheet: sheet.name, cell: 'E5', fill: '#FFC7CE', note: 'Sisa salah' },
        { sheet: sheet.name, cell: 'E6', fill: null, note: null },
      ],
    };
    const applied = await h.apply(change, { allowOverwrite: true });
    expect(applied).toMatchObject({ label: 'Tambah kolom Penyerapan', cells: 6 });
    expect(sheet.get('K3')).toMatchObject({ formula: '=KINERJA.PENYERAPAN(B3,C3)', numberFormat: '0.00', fill: '#FFFF00' });
    expect(sheet.get('D5')?.formula).toBe('=KINERJA.PENYERAPAN(B5,C5)');
    expect(sheet.notes.get('E5')).toBe('catatan pengguna\n\nSisa salah');
    expect(await h.history()).toEqual([applied]);
    expect(book.snapshot()).not.toEqual(before);

    const undone = await h.undo();
    expect(undone?.id).toBe(applied.id);
    expect(book.snapshot()).toEqual(before);
    expect(sheet.get('D5')).toMatchObject({ formula: '=C5/B5', numberFormat: '0.00%' });
    expect(await h.history()).toEqual([]);
    expect(await h.undo()).toBeNull();
  });

  test("a user's note keeps its text: Cermat appends, replaces its own earlier text, and undo removes only Cermat's text", async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    sheet.notes.set('B2', 'Dicek Bu Sari');
    sheet.notes.set('C2', 'Catatan lama\n\nCermat — Galat (Sisa): temuan pemeriksaan sebelumnya');
    const h = host(book);
    const applied = await h.apply(marks(2));
    expect(sheet.notes.get('B2')).toBe('Dicek Bu Sari\n\nCermat — Sisa tidak sama dengan pagu − realisasi (temuan 1)');
    expect(sheet.notes.get('C2')).toBe('Catatan lama\n\nCermat — Sisa tidak sama dengan pagu − realisasi (temuan 2)');
    // The user adds a line to the B2 note after the marking; "Hapus tanda" keeps it and removes only Cermat's text.
    sheet.notes.set('B2', `${sheet.notes.get('B2')}\nSudah diperbaiki`);
    await h.undo(applied.id);
    expect(sheet.notes.get('B2')).toBe('Dicek Bu Sari\n\nSudah diperbaiki');
    expect(sheet.notes.get('C2')).toBe('Catatan lama\n\nCermat — Galat (Sisa): temuan pemeriksaan sebelumnya');
  });

  test('a pattern fill comes back as it was after undo, not as a solid colour (RangeFill.pattern, ExcelApi 1.9)', async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    sheet.set('B2', { ...sheet.get('B2')!, fill: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' });
    sheet.set('C2', { ...sheet.get('C2')!, fill: '#FFFF00', pattern: 'LightDown', patternColor: '#0000FF' });
    const before = book.snapshot();
    const h = host(book);
    await h.apply(marks(2));
    expect(sheet.get('B2')).toMatchObject({ fill: '#FFC7CE' });
    expect(sheet.get('B2')?.pattern).toBeUndefined();
    await h.undo();
    expect(sheet.get('B2')).toMatchObject({ fill: '#FFFF00', pattern: 'Gray50', patternColor: '#FF0000' });
    expect(book.snapshot()).toEqual(before);
  });

  test('undo survives a new OfficeHost (the journal lives in the shared runtime)', async () => {
    const book = makeBook(1, 1000);
    const before = book.snapshot();
    const applied = await host(book).apply(marks(5));
    const reopened = host(book);
    expect((await reopened.history()).map((c) => c.id)).toEqual([applied.id]);
    await reopened.undo(applied.id);
    expect(book.snapshot()).toEqual(before);
  });

  test('an older change is not undone over a newer change to the same cells; undone in order, all is restored', async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    const before = book.snapshot();
    const h = host(book);
    const first = await h.apply({ label: 'Isi K3', writes: [{ sheet: sheet.name, cell: 'K3', value: 1 }] });
    const second = await h.apply({ label: 'Tandai K3:K4', writes: [{ sheet: sheet.name, cell: 'K3', value: 2 }, { sheet: sheet.name, cell: 'K4', value: 3 }] }, { allowOverwrite: true });
    await expect(h.undo(first.id)).rejects.toMatchObject({ code: 'failed' });
    expect(sheet.get('K3')?.value).toBe(2);
    await h.undo(second.id);
    await h.undo(first.id);
    expect(book.snapshot()).toEqual(before);
  });

  test('a fix whose cell changed since the check is refused (HostError changed), nothing written', async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    sheet.set('K3', { value: 25000000 });
    const before = book.snapshot();
    const h = host(book);
    const fix: ChangeSet = { label: 'Perbaiki K3', writes: [{ sheet: sheet.name, cell: 'K3', value: 25070365, expect: 11809165 }] };
    await expect(h.apply(fix, { allowOverwrite: true })).rejects.toMatchObject({ code: 'changed', cells: ['K3'] });
    expect(book.snapshot()).toEqual(before);
    sheet.set('K3', { value: 11809165 });
    await h.apply(fix, { allowOverwrite: true });
    expect(sheet.get('K3')?.value).toBe(25070365);
  });

  test('a non-empty target is never overwritten without permission: HostError not-empty, nothing written', async () => {
    const book = makeBook(1, 1000);
    const before = book.snapshot();
    const change: ChangeSet = {
      label: 'Tambah kolom Capaian',
      writes: [
        { sheet: 'Realisasi Anggaran', cell: 'K5', formula: '=KINERJA.CAPAIAN(B5,C5,"naik")' },
        { sheet: 'Realisasi Anggaran', cell: 'J5', formula: '=KINERJA.CAPAIAN(B5,C5,"naik")' },
        { sheet: 'Realisasi Anggaran', cell: 'J6', formula: '=KINERJA.CAPAIAN(B6,C6,"naik")' },
      ],
    };
    const syncsBefore = book.syncs;
    const error = await host(book).apply(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'not-empty', cells: ['J5', 'J6'] });
    expect((error as HostError).message).toBe(
      '2 sel tujuan sudah berisi data (J5, J6). Tidak ada yang diubah. Pilih kolom lain, atau izinkan penimpaan secara tegas.',
    );
    expect(book.syncs - syncsBefore).toBe(2);
    expect(book.snapshot()).toEqual(before);
    expect(await host(book).history()).toEqual([]);
  });

  test('fills and notes on cells with data are not overwriting', async () => {
    const book = makeBook(1, 1000);
    await expect(host(book).apply(marks(20))).resolves.toMatchObject({ cells: 20 });
  });

  test('a write sync failing halfway leaves the workbook unchanged', async () => {
    const book = makeBook(1, 1000);
    const before = book.snapshot();
    book.failAtSync = book.syncs + 3;
    const change: ChangeSet = {
      label: 'Tandai dan tambah kolom',
      writes: [
        ...marks(200).writes,
        ...Array.from({ length: 50 }, (_, i) => ({ sheet: 'Realisasi Anggaran', cell: `L${i + 2}`, formula: `=KINERJA.SISA(B${i + 2},C${i + 2})`, numberFormat: '#,##0' })),
      ],
      names: [{ name: 'SISA', formula: '=LAMBDA(pagu,realisasi,pagu-realisasi)' }],
    };
    const error = await host(book).apply(change).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed' });
    expect((error as HostError).message).toMatch(/^Perubahan gagal diterapkan; buku kerja dikembalikan seperti semula\. Excel mengalami galat umum/);
    expect(book.snapshot()).toEqual(before);
    expect(await host(book).history()).toEqual([]);
  });

  test('content right of or below an Excel table is refused (Excel would extend the table); marks inside it are fine', async () => {
    const book = makeBook(1, 1000);
    book.tables.push({ name: 'TabelAnggaran', sheet: 'Realisasi Anggaran', area: { top: 1, left: 0, bottom: 20, right: 5 } });
    const before = book.snapshot();
    const next: ChangeSet = {
      label: 'Tambah kolom',
      writes: [
        { sheet: 'Realisasi Anggaran', cell: 'K3', formula: '=KINERJA.SISA(B3,C3)' },
        { sheet: 'Realisasi Anggaran', cell: 'G3', formula: '=KINERJA.SISA(B3,C3)' },
        { sheet: 'Realisasi Anggaran', cell: 'G4', formula: '=KINERJA.SISA(B4,C4)' },
      ],
    };
    const error = await host(book).apply(next, { allowOverwrite: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed', cells: ['G3', 'G4'], startColumn: 7 });
    expect((error as HostError).message).toContain('Tambahkan kolom itu mulai kolom H, satu kolom kosong dari tabel.');
    expect((error as HostError).message).toContain('bersebelahan dengan tabel Excel "TabelAnggaran" (\'Realisasi Anggaran\'!A2:F21)');
    expect(book.snapshot()).toEqual(before);
    await expect(host(book).apply(marks(30))).resolves.toMatchObject({ cells: 30 });
  });

  test('text is written as text, never as a formula', async () => {
    const book = makeBook(1, 100);
    await host(book).apply({
      label: 'Teks',
      writes: [
        { sheet: 'Realisasi Anggaran', cell: 'M2', value: '=HYPERLINK("http://contoh")' },
        { sheet: 'Realisasi Anggaran', cell: 'M3', value: '100%' },
        { sheet: 'Realisasi Anggaran', cell: 'M4', value: 42 },
      ],
    });
    const sheet = book.sheets[0];
    expect(sheet.get('M2')).toEqual({ value: '=HYPERLINK("http://contoh")' });
    expect(sheet.get('M3')).toEqual({ value: '100%' });
    expect(sheet.get('M4')).toEqual({ value: 42 });
  });

  test('a protected sheet or a missing sheet is refused with an Indonesian message', async () => {
    const book = makeBook(1, 100);
    book.sheets[0].protected = true;
    await expect(host(book).apply(marks(3))).rejects.toMatchObject({
      code: 'protected',
      message: 'Lembar "Realisasi Anggaran" diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.',
    });
    await expect(host(book).apply(marks(3, 'Hilang'))).rejects.toMatchObject({ code: 'not-found' });
  });

  test('addSheet creates the report sheet with links, names are added; undo removes both', async () => {
    const book = makeBook(1, 100);
    book.names.set('LAIN', { name: 'LAIN', formula: '=1', comment: '' });
    const before = book.snapshot();
    const h = host(book);
    const change: ChangeSet = {
      label: 'Lembar hasil',
      writes: [],
      addSheet: {
        name: 'Hasil Pemeriksaan',
        rows: [
          ['Hasil Pemeriksaan Cermat'],
          ['Lembar', 'Sel', 'Pesan'],
          ['Realisasi Anggaran', 'E22', '=Sisa 11.809.165 tidak sama'],
        ],
        links: [{ cell: 'B3', target: "'Realisasi Anggaran'!E22" }],
      },
      names: [{ name: 'SISA', formula: '=LAMBDA(pagu,realisasi,pagu-realisasi)', comment: 'Sisa anggaran' }],
    };
    const first = await h.apply(change);
    const report = book.sheet('Hasil Pemeriksaan') as FakeSheet;
    expect(report.get('C3')).toEqual({ value: '=Sisa 11.809.165 tidak sama' });
    expect(report.links.get('B3')).toBe("'Realisasi Anggaran'!E22");
    // The link cell keeps its text (textToDisplay), not the link's address.
    expect(report.get('B3')).toEqual({ value: 'E22' });
    expect(book.names.get('SISA')).toEqual({ name: 'SISA', formula: '=_xlfn.LAMBDA(pagu,realisasi,pagu-realisasi)', comment: 'Sisa anggaran' });
    // A second run replaces the Cermat sheet; undoing it brings the first one back.
    // The sheet is cleared and rewritten, never deleted: Worksheet.delete cannot be undone and empties Excel's undo stack.
    const second = await h.apply({ ...change, addSheet: { ...change.addSheet!, rows: [['Hasil Pemeriksaan Cermat'], ['Tidak ada temuan']] } });
    expect(book.sheet('Hasil Pemeriksaan')?.get('A2')).toEqual({ value: 'Tidak ada temuan' });
    expect(book.sheet('Hasil Pemeriksaan')?.get('C3')).toBeUndefined();
    expect(book.sheetDeletes).toBe(0);
    await h.undo(second.id);
    expect(book.sheetDeletes).toBe(0);
    expect(book.sheet('Hasil Pemeriksaan')?.get('A3')).toEqual({ value: 'Realisasi Anggaran' });
    expect(book.sheet('Hasil Pemeriksaan')?.get('C3')).toEqual({ value: '=Sisa 11.809.165 tidak sama' });
    await h.undo(first.id);
    expect(book.snapshot()).toEqual(before);
  });

  test('apply, undo and rollback each ask Excel for one undo step (mergeUndoGroup)', async () => {
    const book = makeBook(1, 100);
    const h = host(book);
    await h.apply(marks(3));
    await h.undo();
    book.failAtSync = book.syncs + 3;
    await expect(h.apply(marks(3))).rejects.toMatchObject({ code: 'failed' });
    expect(book.batchOptions).toEqual([{ mergeUndoGroup: true }, { mergeUndoGroup: true }, { mergeUndoGroup: true }, { mergeUndoGroup: true }]);
  });

  test('Batalkan refuses to restore over cells the user edited since, and changes nothing', async () => {
    const book = makeBook(1, 1000);
    const sheet = book.sheets[0];
    const h = host(book);
    const column = await h.apply({
      label: 'Tambah kolom Sisa',
      writes: [
        { sheet: sheet.name, cell: 'K3', formula: '=KINERJA.SISA(B3,C3)' },
        { sheet: sheet.name, cell: 'K4', formula: '=KINERJA.SISA(B4,C4)' },
      ],
    });
    const marked = await h.apply(marks(3));
    sheet.set('K4', { value: 'diisi pengguna' });
    sheet.set('C2', { ...sheet.get('C2')!, fill: '#00FF00' });
    const edited = book.snapshot();
    await expect(h.undo(column.id)).rejects.toMatchObject({
      code: 'changed',
      cells: ["'Realisasi Anggaran'!K4"],
      message: `"Tambah kolom Sisa" tidak dibatalkan: sel 'Realisasi Anggaran'!K4 sudah diubah sesudah Cermat menulisnya. Tidak ada yang diubah; kembalikan isi sel itu dulu atau biarkan perubahan ini.`,
    });
    await expect(h.undo(marked.id)).rejects.toMatchObject({ code: 'changed', cells: ["'Realisasi Anggaran'!C2"] });
    expect(book.snapshot()).toEqual(edited);
    expect((await h.history()).map((c) => c.id)).toEqual([column.id, marked.id]);
    // A formula Excel gives back in another case or spacing is not an edit.
    sheet.set('K4', { value: 0, formula: '=kinerja.sisa(B4, C4)' });
    await h.undo(column.id);
    expect(sheet.get('K3')).toEqual({ value: null });
    expect(sheet.get('K4')).toEqual({ value: null });
  });

  test('a name whose formula Excel gives back rewritten is the same name, not a clash', async () => {
    const book = makeBook(1, 100);
    book.names.set('SISA', { name: 'SISA', formula: '=_xlfn.LAMBDA(pagu, realisasi, pagu-realisasi)', comment: '' });
    await expect(
      host(book).apply({ label: 'Nama', writes: [], names: [{ name: 'SISA', formula: '=LAMBDA(pagu,realisasi,pagu-realisasi)' }] }),
    ).resolves.toMatchObject({ label: 'Nama' });
  });

  test('a name already used with another formula is refused', async () => {
    const book = makeBook(1, 100);
    book.names.set('CAPAIAN', { name: 'CAPAIAN', formula: '=Sheet1!$A$1', comment: '' });
    await expect(
      host(book).apply({ label: 'Nama', writes: [], names: [{ name: 'CAPAIAN', formula: '=LAMBDA(t,r,r/t*100)' }] }),
    ).rejects.toMatchObject({ code: 'not-empty', message: expect.stringContaining('Nama CAPAIAN sudah dipakai') });
  });
});

describe('OfficeHost on older or limited Excel', () => {
  test('without ExcelApi 1.9/1.13 the model has values, formulas and formats but no bold, indent, hidden rows or merges', async () => {
    const book = makeBook(1, 1000);
    const old = new OfficeHost(book.run, { capabilities: { cellProperties: false, mergedAreas: false, notes: 'none' }, settings: null });
    const sheet = (await old.read()).sheets[0];
    expect(sheet.merges).toEqual([]);
    expect(sheet.hiddenRows).toBeUndefined();
    expect(sheet.cells[10][0]).toEqual({ v: 'Sub Kegiatan 10' });
    expect(sheet.cells[1][3]).toEqual(expectedSheet(book.sheets[0]).cells[1][3]);
  });

  test('without a notes API the marks are applied without notes', async () => {
    const book = makeBook(1, 1000);
    const old = new OfficeHost(book.run, { capabilities: { cellProperties: true, mergedAreas: true, notes: 'none' }, settings: null });
    await old.apply(marks(30));
    expect(book.sheets[0].get('B2')?.fill).toBe('#FFC7CE');
    expect(book.sheets[0].notes.size).toBe(0);
  });

  test('with comments (ExcelApi 1.10) instead of notes: one more sync, and undo restores the comments', async () => {
    const book = makeBook(1, 3000);
    book.sheets[0].notes.set('C2', 'komentar pengguna');
    const before = book.snapshot();
    const h = new OfficeHost(book.run, { capabilities: { cellProperties: true, mergedAreas: true, notes: 'comments' }, settings: null });
    const syncs = await countSyncs(book, () => h.apply(marks(100)));
    expect(syncs).toBe(4);
    expect(book.sheets[0].notes.get('C2')).toBe('komentar pengguna\n\nCermat — Sisa tidak sama dengan pagu − realisasi (temuan 2)');
    expect(book.sheets[0].notes.size).toBe(100);
    await h.undo();
    expect(book.snapshot()).toEqual(before);
  });

  test('when Excel finds a response too large after all, the data is read again in halves, completely', async () => {
    const book = makeBook(2, 50_000);
    book.payloadLimit = 1_000_000;
    const model = await host(book).read();
    model.sheets.forEach((s, i) => expect(s).toEqual(expectedSheet(book.sheets[i])));
    expect(book.responseSizes.filter((n) => n > 0).length).toBeGreaterThan(10);
  });

  test('an Excel failure while reading becomes an Indonesian HostError, not a stack trace', async () => {
    const book = makeBook(1, 100);
    book.failAtSync = book.syncs + 2;
    await expect(host(book).read()).rejects.toMatchObject({
      name: 'HostError',
      code: 'failed',
      message: 'Buku kerja tidak dapat dibaca. Excel mengalami galat umum saat memproses permintaan.',
    });
  });
});

describe('OfficeHost.supportsLambda', () => {
  test('Microsoft 365 / Excel 2024 calculate the probe; Excel 2021 gives #NAME?; the workbook is left as it was', async () => {
    const m365 = makeBook(1, 100);
    const before = m365.snapshot();
    await expect(host(m365).supportsLambda()).resolves.toBe(true);
    expect(m365.snapshot()).toEqual(before);
    const excel2021 = makeBook(1, 100);
    excel2021.lambda = false;
    await expect(host(excel2021).supportsLambda()).resolves.toBe(false);
    expect(excel2021.snapshot()).toEqual(before);
  });

  test('a probe name left by an interrupted probe is removed; a refused probe is "unknown" (null), not an error', async () => {
    const book = makeBook(1, 100);
    const before = book.snapshot();
    book.names.set('CERMAT_CEK_LAMBDA', { name: 'CERMAT_CEK_LAMBDA', formula: '=_xlfn.LET(f,_xlfn.LAMBDA(x,x+1),f(1))', comment: '' });
    await expect(host(book).supportsLambda()).resolves.toBe(true);
    expect(book.snapshot()).toEqual(before);
    book.namesLocked = true;
    await expect(host(book).supportsLambda()).resolves.toBeNull();
    expect(book.snapshot()).toEqual(before);
  });
});

describe('OfficeHost.select and settings', () => {
  test('select activates the sheet and selects the cell', async () => {
    const book = makeBook(2, 100);
    await host(book).select('Lembar 2', 'E7');
    expect(book.active).toBe('Lembar 2');
    expect(book.selection).toEqual({ sheet: 'Lembar 2', area: { top: 6, left: 4, bottom: 6, right: 4 } });
    await expect(host(book).select('Tidak Ada', 'A1')).rejects.toMatchObject({ code: 'not-found' });
  });

  test('settings are kept under "cermat" and saved', async () => {
    const stored = new Map<string, unknown>();
    let saved = 0;
    const store: SettingsStore = {
      get: (k) => stored.get(k),
      set: (k, v) => void stored.set(k, v),
      saveAsync: (cb) => {
        saved++;
        cb?.({ status: 'succeeded' } as unknown as Office.AsyncResult<void>);
      },
    };
    const h = host(new FakeBook(), store);
    expect(await h.loadSettings()).toEqual({});
    await h.saveSettings({ scale: 'BERHASIL', lowerIsBetterKeywords: ['angka stunting'] });
    expect(saved).toBe(1);
    expect(await h.loadSettings()).toEqual({ scale: 'BERHASIL', lowerIsBetterKeywords: ['angka stunting'] });
    await expect(host(new FakeBook(), null).saveSettings({})).rejects.toMatchObject({ code: 'failed' });
  });
});

test('addresses in the fake and the host agree', () => {
  expect(address(1000, 4)).toBe('E1001');
});
