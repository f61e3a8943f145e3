import { planComputedColumns, detectPolarity, freezeFormulas } from '../../../src/core/compute';
import type { SheetModel, WorkbookModel } from '../../../src/core/model/workbook';
import type { ColumnRole, RecognizedTable, RowType, TableRow } from '../../../src/core/recognition/types';
import type { TableKind } from '../../../src/core/report';
import { columnIndex } from '../../../src/core/model/address';
import { loadFixture, sheetOf } from './fixture';

let model: WorkbookModel;
beforeAll(async () => {
  model = await loadFixture('tanjungpinang-2024.xlsx');
});

/** A recognised table written by hand from the fixture (Excel rows, 1-based, as printed). */
function table(
  sheet: string,
  kind: TableKind,
  [top, left, bottom, right]: [number, string, number, string],
  headerRows: [number, number],
  roles: Record<string, ColumnRole>,
  rowTypes: Record<number, RowType> = {},
): RecognizedTable {
  const rows: TableRow[] = [];
  for (let r = headerRows[1] + 1; r <= bottom; r++) {
    rows.push({ row: r - 1, type: rowTypes[r] ?? 'data', level: 0, parent: null, label: `baris ${r}` });
  }
  return {
    id: `${sheet}!${left}${headerRows[0]}:${right}${headerRows[1]}`,
    sheet,
    kind,
    area: { top: top - 1, left: columnIndex(left), bottom: bottom - 1, right: columnIndex(right) },
    header: { top: headerRows[0] - 1, left: columnIndex(left), bottom: headerRows[1] - 1, right: columnIndex(right) },
    caption: [],
    columns: Object.entries(roles).map(([letter, role]) => ({ col: columnIndex(letter), role, header: role })),
    rows,
  };
}

function formulasOf(plan: ReturnType<typeof planComputedColumns>): Record<string, string> {
  return Object.fromEntries(plan.writes.filter((w) => w.formula).map((w) => [w.cell, w.formula as string]));
}

describe('planComputedColumns on the Tanjungpinang tables', () => {
  test('kinerja table 3.1 (fractions with % format): Capaian and Predikat with live formulas', () => {
    const sheet = sheetOf(model, 'Kinerja Sasaran 1');
    const t = table('Kinerja Sasaran 1', 'kinerja', [5, 'A', 8, 'G'], [5, 5], {
      A: 'no', B: 'sasaran', C: 'strategi', D: 'indikator', E: 'target', F: 'realisasi', G: 'capaian',
    });
    const plan = planComputedColumns(sheet, t);
    expect(plan.columns.map((c) => [c.kind, c.letter, c.header, c.rows])).toEqual([
      ['capaian', 'H', 'Capaian (Cermat)', 3],
      ['predikat', 'I', 'Predikat (Cermat)', 3],
    ]);
    expect(plan.writes[0]).toEqual({ sheet: 'Kinerja Sasaran 1', cell: 'H5', value: 'Capaian (Cermat)', bold: true });
    expect(plan.writes).toContainEqual({ sheet: 'Kinerja Sasaran 1', cell: 'H6', formula: '=KINERJA.CAPAIAN(E6,F6,"naik")', numberFormat: '0.00' });
    expect(formulasOf(plan)['I8']).toBe('=KINERJA.PREDIKAT(H8,"PERMENDAGRI86")');
    expect(plan.blocking).toEqual([]);
    expect(plan.alternativeStartColumn).toBeNull();
    expect(plan.label).toBe('Tambah kolom Capaian, Predikat pada Kinerja Sasaran 1!A5:G8');
    expect(plan.columns[0].sample).toEqual([
      '=KINERJA.CAPAIAN(E6,F6,"naik")',
      '=KINERJA.CAPAIAN(E7,F7,"naik")',
      '=KINERJA.CAPAIAN(E8,F8,"naik")',
    ]);
  });

  test('table 3.18 (kinerja + anggaran): every computable column, fractions converted where mixed with points', () => {
    const sheet = sheetOf(model, 'Efisiensi');
    const t = table('Efisiensi', 'kinerja', [5, 'A', 9, 'I'], [5, 6], {
      A: 'no', B: 'sasaran', C: 'indikator', D: 'target', E: 'realisasi', F: 'capaian', G: 'pagu', H: 'realisasi_anggaran', I: 'penyerapan',
    });
    const all = planComputedColumns(sheet, t);
    expect(all.columns.map((c) => `${c.letter}:${c.kind}`)).toEqual([
      'J:capaian', 'K:predikat', 'L:penyerapan', 'M:sisa', 'N:efisiensi', 'O:kategori-efisiensi',
    ]);
    const f = formulasOf(all);
    expect(f).toMatchObject({
      J7: '=KINERJA.CAPAIAN(D7,E7,"naik")',
      K7: '=KINERJA.PREDIKAT(J7,"PERMENDAGRI86")',
      L7: '=KINERJA.PENYERAPAN(G7,H7)',
      M7: '=KINERJA.SISA(G7,H7)',
      N7: '=KINERJA.EFISIENSI(J7,L7)',
      O9: '=KINERJA.KATEGORIEFISIENSI(J9,L9)',
    });
    expect(all.writes.find((w) => w.cell === 'M7')?.numberFormat).toBe('#,##0');
    expect(all.writes.find((w) => w.cell === 'J6')?.value).toBe('Capaian (Cermat)');
    // Only Predikat and Efisiensi: the table's own capaian (0,3552-style fractions) is converted to points.
    const some = planComputedColumns(sheet, t, { columns: ['predikat', 'efisiensi'] });
    expect(formulasOf(some)).toEqual({
      J7: '=KINERJA.PREDIKAT(F7*100,"PERMENDAGRI86")',
      J8: '=KINERJA.PREDIKAT(F8*100,"PERMENDAGRI86")',
      J9: '=KINERJA.PREDIKAT(F9*100,"PERMENDAGRI86")',
      K7: '=KINERJA.EFISIENSI(F7*100,I7)',
      K8: '=KINERJA.EFISIENSI(F8*100,I8)',
      K9: '=KINERJA.EFISIENSI(F9*100,I9)',
    });
  });

  test('anggaran table 3.16: Penyerapan and Sisa on every row with numbers, the Jumlah row included', () => {
    const sheet = sheetOf(model, 'Realisasi Anggaran');
    const t = table('Realisasi Anggaran', 'anggaran', [5, 'A', 86, 'F'], [5, 6], {
      A: 'no', B: 'uraian', C: 'pagu', D: 'realisasi', E: 'sisa', F: 'penyerapan',
    }, { 86: 'total' });
    const plan = planComputedColumns(sheet, t);
    expect(plan.columns.map((c) => [c.letter, c.kind])).toEqual([['G', 'penyerapan'], ['H', 'sisa']]);
    const f = formulasOf(plan);
    expect(f['G86']).toBe('=KINERJA.PENYERAPAN(C86,D86)');
    expect(f['H22']).toBe('=KINERJA.SISA(C22,D22)');
    expect(plan.columns[0].rows).toBe(80);
    expect(plan.blocking).toEqual([]);
  });

  test('a target column that is not empty blocks the plan and the next free column is offered', () => {
    const sheet = sheetOf(model, 'Efisiensi');
    const t = table('Efisiensi', 'efisiensi', [25, 'A', 28, 'G'], [25, 25], {
      A: 'no', B: 'sasaran', C: 'indikator', D: 'capaian', E: 'predikat', F: 'penyerapan', G: 'efisiensi',
    });
    const free = planComputedColumns(sheet, t);
    expect(free.columns.map((c) => `${c.letter}:${c.kind}`)).toEqual(['H:predikat', 'I:efisiensi', 'J:kategori-efisiensi']);
    // Text percentages ("114,44%") are points already: referred to as they are.
    expect(formulasOf(free)['I26']).toBe('=KINERJA.EFISIENSI(D26,F26)');
    const blocked = planComputedColumns(sheet, t, { startColumn: columnIndex('F') });
    expect(blocked.blocking).toEqual(['F25', 'F26', 'F27', 'F28', 'G25', 'G26', 'G27', 'G28']);
    expect(blocked.alternativeStartColumn).toBe(columnIndex('H'));
  });

  test('a merged area in the target columns also blocks', () => {
    const sheet: SheetModel = {
      name: 'Uji',
      cells: [[{ v: 'Target' }, { v: 'Realisasi' }], [{ v: 95, fmt: '0' }, { v: 100, fmt: '0' }]],
      rowCount: 2,
      colCount: 2,
      merges: [{ top: 0, left: 2, bottom: 1, right: 2 }],
    };
    const t = table('Uji', 'kinerja', [1, 'A', 2, 'B'], [1, 1], { A: 'target', B: 'realisasi' });
    const plan = planComputedColumns(sheet, t);
    expect(plan.blocking).toEqual(['C1', 'C2']);
    expect(plan.alternativeStartColumn).toBe(3);
  });

  test('fraction and points mixed in one row: the fraction is converted (E6*100)', () => {
    const sheet: SheetModel = {
      name: 'Uji',
      cells: [
        [{ v: 'Indikator' }, { v: 'Target' }, { v: 'Realisasi' }],
        [{ v: 'Persentase PPKS di luar panti' }, { v: 0.95, fmt: '0%' }, { v: 100, fmt: '#,##0' }],
        [{ v: 'Angka kemiskinan' }, { v: 8.5, fmt: '0.00' }, { v: 0.0812, fmt: '0.00%' }],
        [{ v: 'Jumlah kasus kekerasan anak' }, { v: 12 }, { v: 9 }],
        [{ v: 'Catatan' }],
      ],
      rowCount: 5,
      colCount: 3,
      merges: [],
    };
    const t = table('Uji', 'kinerja', [1, 'A', 5, 'C'], [1, 1], { A: 'indikator', B: 'target', C: 'realisasi' });
    t.rows[1].label = 'Angka kemiskinan';
    const plan = planComputedColumns(sheet, t, {
      polarityByRow: { 3: 'turun-rasio' },
      cap: 120,
      scale: { sheet: 'Skala Predikat', range: { top: 5, left: 1, bottom: 8, right: 2 } },
    });
    expect(formulasOf(plan)).toEqual({
      D2: '=MIN(KINERJA.CAPAIAN(B2*100,C2,"naik"),120)',
      D3: '=MIN(KINERJA.CAPAIAN(B3,C3*100,"turun"),120)',
      D4: '=MIN(KINERJA.CAPAIAN(B4,C4,"turun-rasio"),120)',
      E2: "=KINERJA.PREDIKAT(D2,'Skala Predikat'!$B$6:$C$9)",
      E3: "=KINERJA.PREDIKAT(D3,'Skala Predikat'!$B$6:$C$9)",
      E4: "=KINERJA.PREDIKAT(D4,'Skala Predikat'!$B$6:$C$9)",
    });
    expect(plan.writes[0]).toEqual({ sheet: 'Uji', cell: 'D1', value: 'Capaian (Cermat)' });
  });

  test('a table with nothing to compute says so in Indonesian', () => {
    const sheet = sheetOf(model, 'PK 2024');
    const t = table('PK 2024', 'pk', [5, 'A', 9, 'F'], [5, 5], { A: 'no', B: 'tujuan', C: 'sasaran', D: 'indikator', E: 'formula', F: 'target' });
    const plan = planComputedColumns(sheet, t);
    expect(plan.writes).toEqual([]);
    expect(plan.message).toMatch(/^Tabel ini tidak memiliki pasangan kolom yang dapat dihitung/);
  });
});

describe('detectPolarity', () => {
  test.each([
    ['Persentase fakir miskin yang mendapatkan pemberdayaan sosial', 'naik'],
    ['Angka kemiskinan', 'turun'],
    ['Menurunnya jumlah kasus kekerasan terhadap anak', 'turun'],
    ['Prevalensi stunting', 'turun'],
    ['Rata-rata waktu layanan perizinan (hari)', 'turun'],
    ['Persentase penurunan angka kemiskinan', 'naik'],
  ])('%s → %s', (label, polarity) => {
    expect(detectPolarity(label).polarity).toBe(polarity);
  });

  test('user keywords count, and the deciding keyword is returned', () => {
    expect(detectPolarity('Jumlah anak jalanan', ['anak jalanan'])).toEqual({ polarity: 'turun', keyword: 'anak jalanan' });
    expect(detectPolarity('Angka Kematian Ibu')).toEqual({ polarity: 'turun', keyword: 'angka kematian' });
  });
});

describe('freezeFormulas', () => {
  test('replaces Cermat formulas with their values; errors and other formulas stay', () => {
    const sheet: SheetModel = {
      name: 'Kinerja',
      cells: [
        undefined as never,
        [
          { v: 0.3552, fmt: '0.00%' },
          { v: 0.4065, fmt: '0.00%' },
          { v: 1.1444, f: 'ROUND(B2/A2,4)', fmt: '0.00%' },
          { v: 114.4425675675676, f: 'KINERJA.CAPAIAN(A2,B2,"naik")', fmt: '0.00' },
          { v: 'Sangat Tinggi', f: 'KINERJA.PREDIKAT(D2,"PERMENDAGRI86")' },
          { v: { error: '#N/A' }, f: 'CAPAIAN(A3,B3)' },
          { v: 100, f: '_xldudf_KINERJA_PENYERAPAN(A2,B2)' },
          { v: 3, f: 'MYSISA(1)' },
        ],
      ],
      rowCount: 2,
      colCount: 8,
      merges: [],
    };
    const plan = freezeFormulas(sheet);
    expect(plan.writes).toEqual([
      { sheet: 'Kinerja', cell: 'D2', value: 114.4425675675676 },
      { sheet: 'Kinerja', cell: 'E2', value: 'Sangat Tinggi' },
      { sheet: 'Kinerja', cell: 'G2', value: 100 },
    ]);
    expect(plan.skipped).toEqual(['F2']);
    expect(plan.requiresOverwrite).toBe(true);
    expect(freezeFormulas(sheet, { top: 1, left: 4, bottom: 1, right: 4 }).writes.map((w) => w.cell)).toEqual(['E2']);
  });
});
