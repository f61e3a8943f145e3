/** The rules' meta: names, order, labels, and the list of rules in docs/report-format.md. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../../src/core/checks';
import { checkLabel, CHECK_LABELS } from '../../../../src/core/changes/labels';

const DOCS = join(__dirname, '..', '..', '..', '..', 'docs', 'report-format.md');

/** The docs' table of rules, as it must read. */
function rulesTable(): string {
  return ['| Check id | Rule | Label | What it recomputes |', '|---|---|---|---|', ...RULES.map((r) => `| \`${r.meta.id}\` | \`${r.meta.name}\` | ${r.meta.label} | ${r.meta.description} |`)].join('\n');
}

describe('the rules', () => {
  it('have unique kebab-case names, in the engine\'s order', () => {
    const names = RULES.map((r) => r.meta.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(names).toEqual([
      'numbering-row-formula', 'sisa-of-budget', 'sum-of-children', 'capaian-of-target', 'percentage-of-parts', 'average-row', 'sasaran-capaian', 'efficiency',
      'predicate-of-scale', 'formula-from-numbers', 'scale-bands', 'year-of-table', 'same-in-every-table', 'number-format', 'plausible-values', 'duplicate-row',
    ]);
  });

  it('require only rules that run before them', () => {
    RULES.forEach((r, i) => {
      for (const name of r.meta.requires ?? []) expect(RULES.slice(0, i).map((x) => x.meta.name)).toContain(name);
    });
  });

  it('give each check id one label, the one the pane and the CLI show', () => {
    for (const r of RULES) expect([r.meta.name, checkLabel(r.meta.id)]).toEqual([r.meta.name, r.meta.label]);
    expect(CHECK_LABELS.formula).toBe('Rumus');
  });

  it('describe what they recompute in one sentence and carry at least one message', () => {
    for (const r of RULES) {
      expect([r.meta.name, r.meta.description]).toEqual([r.meta.name, expect.stringMatching(/^[A-Z][^\n]*\.$/)]);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it('each have a tester file with valid and invalid cases', () => {
    for (const r of RULES) {
      const file = join(__dirname, `${r.meta.name}.test.ts`);
      expect([r.meta.name, existsSync(file)]).toEqual([r.meta.name, true]);
      const text = readFileSync(file, 'utf8');
      expect([r.meta.name, /ruleTester\.run\(/.test(text) && /valid: \[/.test(text) && /invalid: \[/.test(text)]).toEqual([r.meta.name, true]);
    }
  });

  it('are listed in docs/report-format.md as their meta says', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const listed = /<!-- rules:start -->\n([^]*?)\n<!-- rules:end -->/.exec(docs)?.[1];
    expect(listed).toBe(rulesTable());
  });
});
