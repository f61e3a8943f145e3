/**
 * The generated corpus: for each family and seed one workbook with injected errors and its
 * error-free twin (same seed: same layout, data and rounding perturbations; no injected error, so
 * its truth lists only rounding cells).
 */
import { parseAddress } from '../../src/core/model/address';
import type { WorkbookModel } from '../../src/core/model/workbook';
import { keyOf } from './draft';
import type { Family } from './family';
import { SHEET_NAMES } from './family';
import { budgetFamily } from './families/budget';
import { esakipFamily } from './families/esakip';
import { renja86Family } from './families/renja86';
import { rfkFamily } from './families/rfk';
import { multiyearFamily } from './families/multiyear';
import { renaksiFamily } from './families/renaksi';
import { efisiensiFamily } from './families/efisiensi';
import { injectErrors, perturbRounding, type TruthRecord } from './inject';
import { drawPlan } from './layout';
import { createRng } from './prng';

export const FAMILIES: Family[] = [renja86Family, rfkFamily, esakipFamily, budgetFamily, multiyearFamily, renaksiFamily, efisiensiFamily];

export interface Generated {
  family: string;
  seed: number;
  twin: boolean;
  model: WorkbookModel;
  /** The truth file (the form of test/fixtures/*.truth.json), with the report year. */
  truth: { file: string; year: number; items: TruthRecord[] };
}

export function familyById(id: string): Family {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`Unknown family "${id}"; known: ${FAMILIES.map((x) => x.id).join(', ')}`);
  return f;
}

/** One workbook of `family` for `seed`: with injected errors, or (twin) without. */
export function generate(family: Family, seed: number, twin: boolean): Generated {
  const root = createRng(`${family.id}:${seed}`);
  const year = root.fork('year').int(2021, 2025);
  const plan = drawPlan(root.fork('plan'));
  const sheetName = root.fork('sheet').pick(SHEET_NAMES);
  const fresh = () => family.build({ rng: root.fork('build'), year, plan, sheetName });
  let draft = fresh();
  let rounding = perturbRounding(draft, root.fork('rounding'));
  let errors = injectErrors(draft, root.fork('errors'), new Set(rounding.map((t) => keyOf(parseAddress(t.cell)!))));
  if (!errors.some((t) => t.severity === 'error')) {
    // The rounding cells took every candidate: this seed goes without them (and so does its twin).
    draft = fresh();
    rounding = [];
    errors = injectErrors(draft, root.fork('errors'), new Set());
  }
  if (twin) {
    const perturbed = rounding.length > 0;
    draft = fresh();
    rounding = perturbed ? perturbRounding(draft, root.fork('rounding')) : [];
    errors = [];
  }
  const name = `${family.id}-${seed}${twin ? '-tanpa-galat' : ''}${root.fork('name').chance(0.5) ? `-${year}` : ''}.xlsx`;
  return { family: family.id, seed, twin, model: { name, sheets: [draft.toSheet()] }, truth: { file: name, year, items: [...errors, ...rounding] } };
}

/** `count` seeds from `seed` on, for each family: the workbook with errors and its twin. */
export function generateCorpus(options: { count: number; seed: number; families?: Family[] }): Generated[] {
  const out: Generated[] = [];
  for (const family of options.families ?? FAMILIES) {
    for (let i = 0; i < options.count; i++) {
      const seed = options.seed + i;
      out.push(generate(family, seed, false), generate(family, seed, true));
    }
  }
  return out;
}
