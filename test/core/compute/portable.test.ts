import { address, columnIndex } from '../../../src/core/model/address';
import type { SheetModel, WorkbookModel } from '../../../src/core/model/workbook';
import { cellAt } from '../../../src/core/model/workbook';
import { portableNames, scaleLambda } from '../../../src/core/compute';
import { capaian, capaianOf } from '../../../src/core/formulas/capaian';
import type { Polarity } from '../../../src/core/formulas/capaian';
import { penyerapan, sisa } from '../../../src/core/formulas/budget';
import { efisiensiSelisih } from '../../../src/core/formulas/efisiensi';
import { classify, getProfile, PROFILES } from '../../../src/core/scales';
import { BLANK, compileLambda, isError } from './lambda-evaluator';
import type { Value } from './lambda-evaluator';
import { loadFixture, sheetOf } from './fixture';

let model: WorkbookModel;
beforeAll(async () => {
  model = await loadFixture('tanjungpinang-2024.xlsx');
});

const lambda = (name: string): ((...args: Value[]) => Value) => {
  const def = portableNames().find((n) => n.name === name);
  if (!def) throw new Error(name);
  return compileLambda(def.formula);
};

function numberAt(sheet: SheetModel, a1: string): number | null {
  const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
  const v = cellAt(sheet, Number(m[2]) - 1, columnIndex(m[1]))?.v;
  return typeof v === 'number' ? v : null;
}

/** Pairs of numbers from two columns over a row span of a fixture sheet. */
function pairs(sheetName: string, left: string, right: string, from: number, to: number): [number, number][] {
  const sheet = sheetOf(model, sheetName);
  const out: [number, number][] = [];
  for (let r = from; r <= to; r++) {
    const a = numberAt(sheet, `${left}${r}`);
    const b = numberAt(sheet, `${right}${r}`);
    if (a !== null && b !== null) out.push([a, b]);
  }
  return out;
}

function targetRealisasiPairs(): [number, number][] {
  return [
    ...pairs('Capaian IKU', 'F', 'G', 6, 9),
    ...pairs('Capaian IKU', 'F', 'G', 15, 18),
    ...pairs('Kinerja Sasaran 1', 'E', 'F', 6, 8),
    ...pairs('Kinerja Sasaran 1', 'E', 'F', 15, 18),
    ...pairs('Kinerja Sasaran 3', 'E', 'F', 16, 19),
    ...pairs('Efisiensi', 'D', 'E', 7, 9),
  ];
}

describe('portable LAMBDA names agree with the core on the Tanjungpinang tables', () => {
  test('the names and their invariant-syntax formulas', () => {
    const names = portableNames();
    expect(names.map((n) => n.name)).toEqual(['CAPAIAN', 'PREDIKAT', 'PENYERAPAN', 'SISA', 'EFISIENSI']);
    for (const n of names) {
      expect(n.formula.startsWith('=LAMBDA(')).toBe(true);
      expect(n.formula).not.toContain(';');
      expect(n.comment).toMatch(/Dibuat oleh Cermat\.$/);
    }
  });

  test('CAPAIAN equals capaian() for every target/realisasi pair and polarity', () => {
    const f = lambda('CAPAIAN');
    const list = targetRealisasiPairs();
    expect(list.length).toBeGreaterThanOrEqual(18);
    expect(f(35.52, 40.65)).toBeCloseTo(114.4426, 4);
    for (const [t, r] of list) {
      for (const polarity of ['naik', 'turun', 'turun-rasio'] as Polarity[]) {
        const core = capaian(t, r, polarity);
        const value = f(t, r, polarity);
        if (core.kind === 'value') expect(value as number).toBeCloseTo(core.value, 9);
        else expect(isError(value)).toBe(true);
      }
      const core = capaian(t, r);
      expect(f(t, r)).toBeCloseTo(core.kind === 'value' ? core.value : NaN, 9);
    }
  });

  test('CAPAIAN gives #N/A where the core has no value: no target, no data, unknown direction', () => {
    const f = lambda('CAPAIAN');
    expect(f(0, 40.65)).toEqual({ error: '#N/A' });
    expect(capaian(0, 40.65).kind).toBe('no-target');
    expect(f(BLANK, 40.65)).toEqual({ error: '#N/A' });
    expect(capaianOf(null, 40.65).kind).toBe('no-target');
    expect(f(35.52, BLANK)).toEqual({ error: '#N/A' });
    expect(capaianOf(35.52, null).kind).toBe('no-data');
    expect(f(35.52, 0)).toBe(0);
    expect(f(10, 8, 'turun')).toBeCloseTo(120, 9);
    expect(f(5, 0, 'turun-rasio')).toEqual({ error: '#DIV/0!' });
    expect(capaian(5, 0, 'turun-rasio').kind).toBe('not-computable');
    expect(f(10, 8, 'Turun')).toBeCloseTo(120, 9);
    expect(f(10, 8, 'menurun')).toEqual({ error: '#N/A' });
  });

  test('PENYERAPAN and SISA equal the core on every row of Realisasi Anggaran', () => {
    const p = lambda('PENYERAPAN');
    const s = lambda('SISA');
    const list = pairs('Realisasi Anggaran', 'C', 'D', 7, 99);
    expect(list.length).toBeGreaterThanOrEqual(70);
    for (const [pagu, realisasi] of list) {
      const core = penyerapan(pagu, realisasi);
      const value = p(pagu, realisasi);
      if (core === null) expect(value).toEqual({ error: '#N/A' });
      else expect(value as number).toBeCloseTo(core, 9);
      expect(s(pagu, realisasi)).toBe(sisa(pagu, realisasi));
    }
    expect(p(1_398_308_000, 1_218_120_563) as number).toBeCloseTo(87.1139, 4);
  });

  test('EFISIENSI equals efisiensiSelisih on the efficiency table', () => {
    const f = lambda('EFISIENSI');
    const list = pairs('Efisiensi', 'D', 'E', 17, 19);
    expect(list).toHaveLength(3);
    for (const [c, p] of list) expect(f(c, p) as number).toBeCloseTo(efisiensiSelisih(c, p), 9);
    expect(f(105.26, 87.11) as number).toBeCloseTo(18.15, 9);
  });

  test('PREDIKAT classifies like the PERMENDAGRI86 profile, at every bound and on the fixture capaian values', () => {
    const f = lambda('PREDIKAT');
    const scale = getProfile('PERMENDAGRI86');
    expect(scale).not.toBeNull();
    const values = [0, 25, 50, 50.5, 50.99, 51, 65.4, 65.99, 66, 75, 75.4, 75.99, 76, 90, 90.5, 90.99, 91, 100, 114.44, 286.8, 1160, -3];
    for (const [t, r] of targetRealisasiPairs()) {
      const c = capaian(t, r);
      if (c.kind === 'value') values.push(c.value);
    }
    values.push((0.76 / 1) * 100, (66 / 100) * 100, 0.91 * 100);
    for (const v of values) expect(f(v)).toBe(classify(scale!, v));
    expect(f(BLANK)).toEqual({ error: '#N/A' });
    expect(f('Tinggi')).toEqual({ error: '#N/A' });
  });

  test('scaleLambda works for every built-in profile, and a gap gives #N/A', () => {
    for (const scale of Object.values(PROFILES)) {
      const f = compileLambda(scaleLambda(scale));
      for (let v = -10; v <= 130; v += 0.25) {
        const expected = classify(scale, v);
        expect([v, f(v)]).toEqual([v, expected ?? { error: '#N/A' }]);
      }
    }
  });
});

test('fixture cells are read as numbers', () => {
  expect(numberAt(sheetOf(model, 'Efisiensi'), address(6, 3))).toBeCloseTo(0.3552, 9);
});
