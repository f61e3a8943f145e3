/**
 * The generators themselves: deterministic for a seed, truth cells that exist, twins without the
 * injected errors, injected errors that really break the arithmetic, rounding perturbations within
 * the printed precision, every kind of error a family can carry, and .xlsx files that the CLI reads
 * exactly as the in-memory workbook.
 */
import type { Cell, WorkbookModel } from '../../src/core/model/workbook';
import { address, parseAddress } from '../../src/core/model/address';
import { toNumber } from '../../src/core/numbers/parse';
import { withFormulaResults } from '../../src/core/model/evaluate';
import { checkWorkbook } from '../../src/core/periksa';
import { loadWorkbookModel } from '../../src/xlsx/load';
import { FAMILIES, generate, generateCorpus, type Generated } from './corpus';
import { xlsxBytes } from './xlsx';

const SEEDS = 30;
const corpus = generateCorpus({ count: SEEDS, seed: 1000 });
const pairs = FAMILIES.flatMap((f) => Array.from({ length: SEEDS }, (_, i) => corpus.filter((g) => g.family === f.id && g.seed === 1000 + i)));

function cellOf(model: WorkbookModel, a1: string): Cell | undefined {
  const p = parseAddress(a1)!;
  return model.sheets[0].cells[p.row]?.[p.col];
}

/** The number a cell shows, a percentage in points. */
function shown(cell: Cell | undefined): number | null {
  if (!cell) return null;
  const n = toNumber(cell.v, { money: true });
  return n !== null && typeof cell.v === 'number' && cell.fmt?.includes('%') ? n * 100 : n;
}

/** One unit of the last digit the cell prints. */
function unitOf(cell: Cell): number {
  const text = typeof cell.v === 'string' ? cell.v : (cell.fmt ?? '');
  const m = /[.,](\d+)(?!.*[.,]\d)/.exec(typeof cell.v === 'string' ? text.replace(/\.\d{3}(?=\D|$)/g, '') : text.replace(/#,##/g, ''));
  return 10 ** -(m ? m[1].length : 0);
}

const ARITHMETIC = new Set(['capaian', 'ratio', 'difference', 'sum', 'average', 'efficiency', 'cross-table']);

describe.each(FAMILIES.map((f) => f.id))('family %s', (family) => {
  const mine = pairs.filter(([g]) => g.family === family);

  it('gives the same workbook and truth for the same seed', () => {
    const f = FAMILIES.find((x) => x.id === family)!;
    expect(generate(f, 7, false)).toEqual(generate(f, 7, false));
    expect(generate(f, 7, true)).toEqual(generate(f, 7, true));
    expect(generate(f, 7, false).model).not.toEqual(generate(f, 8, false).model);
  });

  it('lists only cells that exist, and at least one injected error per workbook', () => {
    for (const [g] of mine) {
      expect(g.truth.items.filter((t) => t.severity === 'error').length).toBeGreaterThan(0);
      for (const t of g.truth.items) expect({ file: g.truth.file, cell: t.cell, exists: cellOf(g.model, t.cell) !== undefined }).toEqual({ file: g.truth.file, cell: t.cell, exists: true });
    }
  });

  it('leaves the twin without any injected error: it differs only on error cells and on cells computed from them', () => {
    for (const [g, twin] of mine) {
      expect(twin.truth.items.every((t) => t.severity === 'rounding')).toBe(true);
      expect(twin.truth.items).toEqual(g.truth.items.filter((t) => t.severity === 'rounding'));
      const listed = new Set(g.truth.items.filter((t) => t.severity !== 'rounding').map((t) => t.cell));
      const a = g.model.sheets[0].cells;
      const b = twin.model.sheets[0].cells;
      for (let r = 0; r < Math.max(a.length, b.length); r++) {
        for (let c = 0; c < Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0); c++) {
          if (JSON.stringify(a[r]?.[c]) === JSON.stringify(b[r]?.[c])) continue;
          const p = address(r, c);
          expect({ file: g.truth.file, cell: p, listed: listed.has(p) }).toEqual({ file: g.truth.file, cell: p, listed: true });
        }
      }
    }
  });

  it('breaks the arithmetic by more than the printed precision at every injected error, and keeps it in the twin', () => {
    for (const [g, twin] of mine) {
      for (const t of g.truth.items.filter((x) => x.severity === 'error' && ARITHMETIC.has(x.check))) {
        const wrong = cellOf(g.model, t.cell)!;
        const right = cellOf(twin.model, t.cell)!;
        const expected = Number(t.expected);
        const where = `${g.truth.file} ${t.cell} [${t.check}]`;
        expect({ where, broken: Math.abs(shown(wrong)! - expected) > 2 * unitOf(wrong) }).toEqual({ where, broken: true });
        expect({ where, kept: Math.abs(shown(right)! - expected) < unitOf(right) }).toEqual({ where, kept: true });
      }
    }
  });

  it('perturbs rounding cells by less than one unit of their last printed digit', () => {
    const rounding = mine.flatMap(([, twin]) => twin.truth.items.map((t) => ({ t, cell: cellOf(twin.model, t.cell)!, file: twin.truth.file })));
    for (const { t, cell, file } of rounding) {
      const off = Math.abs(shown(cell)! - Number(t.expected));
      expect({ file, cell: t.cell, within: off > 0 && off < unitOf(cell) }).toEqual({ file, cell: t.cell, within: true });
    }
  });

  it('caches in every formula cell the value its formula computes', () => {
    for (const [g, twin] of mine) {
      for (const w of [g, twin]) {
        const blanked = { ...w.model, sheets: w.model.sheets.map((s) => ({ ...s, cells: s.cells.map((row) => row?.map((c) => (c?.f ? { ...c, v: null } : c))) })) };
        const computed = withFormulaResults(blanked).sheets[0].cells;
        w.model.sheets[0].cells.forEach((row, r) =>
          row?.forEach((c, col) => {
            if (!c?.f) return;
            const where = `${w.truth.file} ${address(r, col)} =${c.f}`;
            expect({ where, same: Math.abs(Number(computed[r][col]!.v) - Number(c.v)) < 1e-9 * Math.max(1, Math.abs(Number(c.v))) }).toEqual({ where, same: true });
          }),
        );
      }
    }
  });

  it('names another year than the report year in every injected year error', () => {
    for (const [g] of mine) {
      for (const t of g.truth.items.filter((x) => x.check === 'year' && x.severity === 'error')) {
        const years = String(cellOf(g.model, t.cell)!.v).match(/\b20\d\d\b/g) ?? [];
        expect(years).not.toContain(String(g.truth.year));
        expect(years.length).toBeGreaterThan(0);
      }
    }
  });
});

const KINDS: Record<string, string[]> = {
  renja86: ['capaian', 'ratio', 'sum', 'average', 'predicate', 'year'],
  rfk: ['ratio', 'difference', 'sum', 'range', 'year', 'format'],
  esakip: ['capaian', 'average', 'predicate', 'year', 'scale'],
  anggaran: ['ratio', 'difference', 'sum', 'range', 'year', 'format', 'cross-table'],
  multiyear: ['capaian', 'year'],
  renaksi: ['capaian', 'sum', 'year'],
  efisiensi: ['capaian', 'ratio', 'sum', 'average', 'efficiency', 'range'],
};

it('injects every kind of error each family can carry', () => {
  for (const f of FAMILIES) {
    const kinds = new Set(corpus.filter((g) => g.family === f.id).flatMap((g) => g.truth.items.filter((t) => t.severity === 'error').map((t) => t.check)));
    expect({ family: f.id, kinds: KINDS[f.id].filter((k) => kinds.has(k)) }).toEqual({ family: f.id, kinds: KINDS[f.id] });
  }
});

it('writes .xlsx files the CLI reads as the same workbook: the same findings', async () => {
  const sample: Generated[] = FAMILIES.flatMap((f) => [generate(f, 3, false), generate(f, 4, true)]);
  for (const g of sample) {
    const read = await loadWorkbookModel(await xlsxBytes(g.model), g.truth.file);
    expect(checkWorkbook(read).report.findings).toEqual(checkWorkbook(g.model).report.findings);
  }
});
