import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { WorkbookModel } from '../../src/core/model/workbook';
import { parseAddress } from '../../src/core/model/address';
import { MemoryHost } from '../../src/host/memory';
import { HostError, type ChangeSet } from '../../src/host/types';
import { workbookFromExcelJs } from '../../src/xlsx/read';

const SAMPLE = join(__dirname, '../../assets/contoh/tanjungpinang-2024.xlsx');
let sample: WorkbookModel;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  sample = workbookFromExcelJs(wb, 'tanjungpinang-2024.xlsx');
});

function cellOf(model: WorkbookModel, sheet: string, a1: string) {
  const pos = parseAddress(a1)!;
  return model.sheets.find((s) => s.name === sheet)?.cells[pos.row]?.[pos.col];
}

const RA = 'Realisasi Anggaran';

/** Two computed columns right of the budget table (G is empty there), with formats, fills and a note. */
const addColumns: ChangeSet = {
  label: 'Tambah kolom Penyerapan',
  writes: [
    { sheet: RA, cell: 'G6', value: 'Penyerapan (Cermat)', bold: true },
    { sheet: RA, cell: 'G7', formula: '=KINERJA.PENYERAPAN(C7,D7)', numberFormat: '0.00' },
    { sheet: RA, cell: 'G8', formula: '=KINERJA.PENYERAPAN(C8,D8)', numberFormat: '0.00' },
    { sheet: RA, cell: 'E21', fill: '#F8D7DA', note: 'Sisa 11.809.165 tidak sama dengan pagu − realisasi = 25.070.365' },
  ],
};

describe('MemoryHost', () => {
  test('applies values, formulas, formats, fills and notes, and undo restores the workbook exactly', async () => {
    const host = new MemoryHost(sample);
    const before = await host.read();
    const applied = await host.apply(addColumns);
    expect(applied.label).toBe('Tambah kolom Penyerapan');
    expect(applied.cells).toBe(4);

    const after = await host.read();
    expect(cellOf(after, RA, 'G6')).toEqual({ v: 'Penyerapan (Cermat)', bold: true });
    expect(cellOf(after, RA, 'G7')).toEqual({ v: null, f: 'KINERJA.PENYERAPAN(C7,D7)', fmt: '0.00' });
    // The marked cell keeps its value and formula; only fill and note change.
    expect(cellOf(after, RA, 'E21')).toEqual(cellOf(before, RA, 'E21'));
    expect(cellOf(after, RA, 'E21')?.v).toBe(11809165);
    expect(host.fillAt(RA, 'E21')).toBe('#F8D7DA');
    expect(host.noteAt(RA, 'E21')).toContain('25.070.365');
    expect((await host.history()).map((h) => h.id)).toEqual([applied.id]);

    const undone = await host.undo();
    expect(undone?.id).toBe(applied.id);
    expect(await host.read()).toEqual(before);
    const sheet = (await host.read()).sheets.find((s) => s.name === RA)!;
    expect(sheet.colCount).toBe(6);
    expect(host.fillAt(RA, 'E21')).toBeUndefined();
    expect(host.noteAt(RA, 'E21')).toBeUndefined();
    expect(await host.history()).toEqual([]);
    expect(await host.undo()).toBeNull();
  });

  test('refuses to overwrite a non-empty cell and writes nothing at all', async () => {
    const host = new MemoryHost(sample);
    const before = await host.read();
    const change: ChangeSet = {
      label: 'Perbaiki sisa',
      writes: [
        { sheet: RA, cell: 'G7', value: 1 },
        { sheet: RA, cell: 'E21', value: 25070365 },
      ],
    };
    const error = await host.apply(change).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('not-empty');
    expect((error as HostError).cells).toEqual(["'Realisasi Anggaran'!E21"]);
    expect((error as HostError).message).toMatch(/tidak kosong/);
    expect(await host.read()).toEqual(before);
    expect(await host.history()).toEqual([]);

    // With the user's explicit choice the value replaces the formula.
    await host.apply(change, { allowOverwrite: true });
    expect(cellOf(await host.read(), RA, 'E21')).toEqual({ v: 25070365, fmt: cellOf(before, RA, 'E21')?.fmt });
    await host.undo();
    expect(cellOf(await host.read(), RA, 'E21')).toEqual(cellOf(before, RA, 'E21'));
    expect(cellOf(before, RA, 'E21')?.f).toBe('SUM(E23:E26)');
  });

  test('is atomic: one bad write (missing sheet, bad address, protected sheet) leaves everything as it was', async () => {
    const protectedModel: WorkbookModel = {
      ...sample,
      sheets: sample.sheets.map((s) => (s.name === 'Efisiensi' ? { ...s, protected: true } : s)),
    };
    const host = new MemoryHost(protectedModel);
    const before = await host.read();
    const cases: [ChangeSet, HostError['code']][] = [
      [{ label: 'x', writes: [{ sheet: RA, cell: 'G7', value: 1 }, { sheet: 'Tidak Ada', cell: 'A1', value: 1 }] }, 'not-found'],
      [{ label: 'x', writes: [{ sheet: RA, cell: 'G7', value: 1 }, { sheet: RA, cell: 'ZZZZ1', value: 1 }] }, 'not-found'],
      [{ label: 'x', writes: [{ sheet: RA, cell: 'G7', value: 1 }, { sheet: 'Efisiensi', cell: 'K7', value: 1 }] }, 'protected'],
    ];
    for (const [change, code] of cases) {
      await expect(host.apply(change, { allowOverwrite: true })).rejects.toMatchObject({ code });
      expect(await host.read()).toEqual(before);
    }
    expect(await host.history()).toEqual([]);
  });

  test('text that looks like a formula is written as text', async () => {
    const host = new MemoryHost(sample);
    await host.apply({ label: 'Teks', writes: [{ sheet: RA, cell: 'H7', value: '=HYPERLINK("x")' }] });
    expect(cellOf(await host.read(), RA, 'H7')).toEqual({ v: '=HYPERLINK("x")' });
  });

  test('adds, replaces and removes its own report sheet and names; refuses a sheet it did not make', async () => {
    const host = new MemoryHost(sample);
    const sheetCount = sample.sheets.length;
    const report = (rows: (string | number)[][]): ChangeSet => ({
      label: 'Buat lembar laporan',
      writes: [],
      addSheet: { name: 'Hasil Pemeriksaan', rows },
      names: [{ name: 'CAPAIAN', formula: '=LAMBDA(t,r,r/t*100)' }],
    });
    const first = await host.apply(report([['Hasil Pemeriksaan'], ['No', 'Lembar'], [1, RA]]));
    expect(first.cells).toBe(5);
    const second = await host.apply(report([['Hasil Pemeriksaan'], ['No', 'Lembar']]));
    let model = await host.read();
    expect(model.sheets).toHaveLength(sheetCount + 1);
    expect(model.sheets[sheetCount].cells[1]?.map((c) => c?.v)).toEqual(['No', 'Lembar']);
    expect(model.sheets[sheetCount].rowCount).toBe(2);
    expect(host.definedNames()).toEqual([{ name: 'CAPAIAN', formula: '=LAMBDA(t,r,r/t*100)' }]);

    // The first change cannot be undone alone: the second replaced the same sheet.
    await expect(host.undo(first.id)).rejects.toMatchObject({ code: 'failed' });
    await host.undo(second.id);
    model = await host.read();
    expect(model.sheets[sheetCount].rowCount).toBe(3);
    await host.undo(first.id);
    expect((await host.read()).sheets).toHaveLength(sheetCount);
    expect(host.definedNames()).toEqual([]);

    await expect(
      host.apply({ label: 'x', writes: [], addSheet: { name: RA, rows: [['a']] } }),
    ).rejects.toMatchObject({ code: 'not-empty' });
    expect(await host.read()).toEqual(await new MemoryHost(sample).read());
  });

  test('undoes an earlier change by id when a later one touched other cells', async () => {
    const host = new MemoryHost(sample);
    const before = await host.read();
    const a = await host.apply({ label: 'A', writes: [{ sheet: RA, cell: 'G7', value: 96.52 }] });
    const b = await host.apply({ label: 'B', writes: [{ sheet: RA, cell: 'H7', value: 'Efisien' }] });
    await expect(host.undo('m999')).rejects.toMatchObject({ code: 'not-found' });
    await host.undo(a.id);
    expect(cellOf(await host.read(), RA, 'G7')).toBeUndefined();
    expect(cellOf(await host.read(), RA, 'H7')).toEqual({ v: 'Efisien' });
    expect((await host.history()).map((h) => h.id)).toEqual([b.id]);
    await host.undo();
    expect(await host.read()).toEqual(before);
  });

  test('records the selection, tells listeners, and reads the selected sheet or cell', async () => {
    const host = new MemoryHost(sample);
    const seen: (string | undefined)[] = [];
    const stop = host.subscribe(() => seen.push(host.selection?.cell));
    await host.select(RA, '$e$21');
    expect(host.selection).toEqual({ sheet: RA, cell: 'E21' });
    expect(seen).toEqual(['E21']);
    const sheetOnly = await host.read({ kind: 'sheet' });
    expect(sheetOnly.sheets.map((s) => s.name)).toEqual([RA]);
    const selectionOnly = await host.read({ kind: 'selection' });
    expect(selectionOnly.sheets[0].cells.flat().filter(Boolean)).toEqual([cellOf(sample, RA, 'E21')]);
    await expect(host.select('Tidak Ada', 'A1')).rejects.toMatchObject({ code: 'not-found' });
    stop();
    await host.select(RA, 'C7');
    expect(seen).toEqual(['E21']);
  });

  test('keeps settings as copies', async () => {
    const host = new MemoryHost(sample, { scale: 'BERHASIL' });
    const settings = await host.loadSettings();
    expect(settings).toEqual({ scale: 'BERHASIL' });
    settings.scale = 'SAKIP';
    expect(await host.loadSettings()).toEqual({ scale: 'BERHASIL' });
    await host.saveSettings({ year: 2024, overrides: [{ tableId: `${RA}!A5:F6`, ignore: true }] });
    expect(await host.loadSettings()).toEqual({ year: 2024, overrides: [{ tableId: `${RA}!A5:F6`, ignore: true }] });
  });
});
