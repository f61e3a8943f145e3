/**
 * Metamorphic tests on the three real fixtures: the same cells flagged as error/warning after
 * renaming headers to synonyms, reordering columns, moving the tables, writing the numbers as text
 * and replacing formulas by values; and the variants themselves do what they say. Cells, not cell
 * and check: without its formulas a wrong sisa is found by its difference alone, where the sheet's
 * SUM formulas also made it a wrong subtotal — the same cell for the person fixing it. Cells the
 * truth file marks "may" are left out.
 */
import { address } from '../../src/core/model/address';
import type { WorkbookModel } from '../../src/core/model/workbook';
import { checkWorkbook } from '../../src/core/periksa';
import type { Report } from '../../src/core/report';
import { FIXTURES, loadFixture, loadTruth, type FixtureName } from '../support/fixtures';
import { displayText, moveFormula, movedTables, reorderedColumns, renamedHeaders, swappedPair, VARIANTS, type Variant } from './metamorphic';

const models = new Map<FixtureName, WorkbookModel>();
const reports = new Map<FixtureName, Report>();

beforeAll(async () => {
  for (const name of FIXTURES) {
    const m = await loadFixture(name);
    models.set(name, m);
    reports.set(name, checkWorkbook(m).report);
  }
});

/** Cells with an error/warning finding as "sheet!cell", mapped back to the original. */
function loud(report: Report, back: Variant['back'] = (_s, c) => c): string[] {
  const cells = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.sheet}!${back(f.sheet, f.cell)}`);
  return [...new Set(cells)].sort();
}

describe.each(FIXTURES)('%s', (name) => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('gives the same findings with %s', (_label, make) => {
    const variant = make(models.get(name)!);
    // Cells the truth file leaves open ("may": either way is right) may go either way in a variant too.
    const open = new Set(loadTruth(name).items.filter((i) => i.severity === 'may').map((i) => `${i.sheet}!${i.cell}`));
    const before = loud(reports.get(name)!).filter((c) => !open.has(c));
    const after = loud(checkWorkbook(variant.model).report, variant.back).filter((c) => !open.has(c));
    expect({ lost: before.filter((x) => !after.includes(x)), gained: after.filter((x) => !before.includes(x)) }).toEqual({ lost: [], gained: [] });
  });

  it('changes the workbook in every variant', () => {
    for (const make of VARIANTS) expect(make(models.get(name)!).model).not.toEqual(models.get(name)!);
  });
});

describe('the variants', () => {
  it('move formula references with the cells, leaving numbers and function names alone', () => {
    expect(moveFormula('ROUND(E7/D7*100,2)+SUM($C$8:C12)', (r, c) => ({ row: r + 3, col: c + 2 }))).toBe('ROUND(G10/F10*100,2)+SUM($E$11:E15)');
  });

  it('write numbers as the text their format displays', () => {
    expect(displayText(1234567, '#,##0')).toBe('1.234.567');
    expect(displayText(0.3552, '0.00%')).toBe('35,52%');
    expect(displayText(83.25, undefined)).toBe('83,25');
    expect(displayText(2024, undefined)).toBe('2024');
    expect(displayText(-1500.5, '#,##0.00')).toBe('-1.500,50');
  });

  it('swap two numeric columns under their group header and map the findings back', () => {
    const m = models.get('tanjungpinang-2024')!;
    const sheet = m.sheets.find((s) => s.name === 'Realisasi Anggaran')!;
    const [a, b] = swappedPair(sheet)!;
    const moved = reorderedColumns(m).model.sheets.find((s) => s.name === 'Realisasi Anggaran')!;
    const row = sheet.cells.findIndex((r) => typeof r?.[a]?.v === 'number' && typeof r?.[b]?.v === 'number');
    expect([moved.cells[row][a]?.v, moved.cells[row][b]?.v]).toEqual([sheet.cells[row][b]?.v, sheet.cells[row][a]?.v]);
    expect(reorderedColumns(m).back('Realisasi Anggaran', address(row, b))).toBe(address(row, a));
    expect(movedTables(m).back('PK 2024', 'D7')).toBe('B4');
    expect(renamedHeaders(m).model.sheets.flatMap((s) => s.cells.flat()).filter((c) => c?.v === 'Target Kinerja' || c?.v === 'Pagu').length).toBeGreaterThan(0);
  });
});
