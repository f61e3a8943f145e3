/**
 * A tester per rule, in the spirit of ESLint's RuleTester: each case is a small workbook built from
 * rows of values, recognised and run through the engine with only the rule under test active (and
 * the rules its `meta.requires` names, in their order), and the rule's reports are compared with the
 * case's expected `errors` (cell and message id, in order; severity and sheet when given). A valid
 * case is one the rule reports nothing on, not even a note.
 */
import { RULES } from '../../../../src/core/checks';
import { createContext } from '../../../../src/core/checks/context';
import { runRules, type Reported } from '../../../../src/core/checks/engine';
import type { Rule } from '../../../../src/core/checks/rule';
import { evaluateMissingResults } from '../../../../src/core/model/evaluate';
import type { WorkbookModel } from '../../../../src/core/model/workbook';
import type { CheckOptions } from '../../../../src/core/options';
import { recognizeWorkbook } from '../../../../src/core/recognition/recognize';
import type { CheckId, Severity } from '../../../../src/core/report';
import { oneSheet, type CellSpec, type SheetOptions } from '../../../support/grid-builder';

export interface RuleCase {
  name: string;
  /** One sheet ("Lembar1") from these rows… */
  rows?: CellSpec[][];
  sheet?: SheetOptions;
  /** …or a whole workbook. */
  model?: WorkbookModel;
  options?: CheckOptions;
}

export interface ExpectedError {
  cell: string;
  messageId: string;
  severity?: Severity;
  sheet?: string;
  /** The check id of the finding, when the rule reports under another one (numbering-row formulas). */
  check?: CheckId;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

/** The rule's `requires`, transitively, and the rule itself, in the engine's order. */
export function chainOf(rule: Rule): Rule[] {
  const needed = new Set<string>([rule.meta.name]);
  const add = (r: Rule) => {
    for (const name of r.meta.requires ?? []) {
      if (needed.has(name)) continue;
      const dep = RULES.find((x) => x.meta.name === name);
      if (!dep) throw new Error(`${r.meta.name} requires an unknown rule ${name}`);
      needed.add(name);
      add(dep);
    }
  };
  add(rule);
  return RULES.filter((r) => needed.has(r.meta.name));
}

function modelOf(c: RuleCase): WorkbookModel {
  if (c.model) return c.model;
  if (!c.rows) throw new Error(`case "${c.name}" has neither rows nor model`);
  return oneSheet(c.rows, c.sheet);
}

/** What the rule reports on the case's workbook. */
export function reportsOf(rule: Rule, c: RuleCase): Reported[] {
  const { model } = evaluateMissingResults(modelOf(c));
  const ctx = createContext(model, recognizeWorkbook(model, c.options), c.options ?? {});
  return runRules(ctx, chainOf(rule), [], { rethrow: true }).filter((r) => r.rule === rule.meta.name);
}

function shown(r: Reported, like: ExpectedError): ExpectedError {
  return {
    cell: r.finding.cell,
    messageId: r.messageId,
    ...(like.severity ? { severity: r.finding.severity } : {}),
    ...(like.sheet ? { sheet: r.finding.sheet } : {}),
    ...(like.check ? { check: r.finding.check } : {}),
  };
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
    describe(`rule ${rule.meta.name}`, () => {
      it('is one of the engine\'s rules', () => {
        expect(RULES).toContain(rule);
      });
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
          expect(reportsOf(rule, c).map((r) => `${r.finding.cell} ${r.messageId}: ${r.finding.message}`)).toEqual([]);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const reported = reportsOf(rule, c);
          expect(reported.map((r, i) => shown(r, c.errors[i] ?? { cell: '', messageId: '' }))).toEqual(c.errors);
        });
      }
    });
  },
};
