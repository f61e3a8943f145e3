/**
 * The corpus runner: generates the corpus, checks every workbook in memory with the checker the
 * CLI uses (checkWorkbook) and prints, per family, recall over the injected errors, false alarms
 * on the error-free twins, rounding alarms and coverage.
 *
 *   npx tsx test/corpus/run.ts [--count N] [--seed S] [--family F] [--out DIR] [--detail] [--fixtures]
 *
 * --out DIR also writes every workbook as .xlsx with its .truth.json, for
 * `node dist/cli/cermat.js periksa DIR/x.xlsx --json` and ../shared/tools/score.mjs.
 * --fixtures scores the three real fixtures and their metamorphic variants instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/periksa';
import { FIXTURES, loadFixture, loadTruth } from '../support/fixtures';
import { familyById, FAMILIES, generateCorpus } from './corpus';
import { VARIANTS } from './metamorphic';
import { coverageOf, mappedBack, score, summarize, type Scored } from './score';
import { xlsxBytes } from './xlsx';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Each fixture as it is and in every metamorphic variant: recall, false alarms, rounding alarms. */
async function runFixtures(): Promise<void> {
  console.log('fixture             variant                                               recall        alarms  rounding');
  for (const name of FIXTURES) {
    const model = await loadFixture(name);
    const truth = loadTruth(name);
    const variants = [{ name: 'as it is', model, back: (_s: string, c: string) => c }, ...VARIANTS.map((v) => v(model))];
    for (const v of variants) {
      const s = score(mappedBack(checkWorkbook(v.model).report, v.back), truth);
      console.log(`${name.padEnd(20)}${v.name.padEnd(54)}${`${pct(s.recall)} (${s.found}/${s.errors})`.padEnd(14)}${String(s.falseAlarms.length).padStart(6)}${String(s.roundingAlarms.length).padStart(10)}`);
    }
  }
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--fixtures')) return runFixtures();
  const count = Number(option(args, '--count') ?? 25);
  const seed = Number(option(args, '--seed') ?? 1);
  const familyId = option(args, '--family');
  const out = option(args, '--out');
  const detail = args.includes('--detail');
  const families = familyId ? [familyById(familyId)] : FAMILIES;
  const corpus = generateCorpus({ count, seed, families });
  if (out) mkdirSync(out, { recursive: true });
  const scored: Scored[] = [];
  const misses = new Map<string, number>();
  const alarms = new Map<string, number>();
  for (const g of corpus) {
    const report = checkWorkbook(g.model).report;
    const s = score(report, g.truth);
    scored.push({ family: g.family, twin: g.twin, file: g.truth.file, score: s, coverage: coverageOf(report) });
    for (const m of s.missed) misses.set(`${g.family} ${m.check}`, (misses.get(`${g.family} ${m.check}`) ?? 0) + 1);
    for (const f of s.falseAlarms) alarms.set(`${g.family} ${f.check}`, (alarms.get(`${g.family} ${f.check}`) ?? 0) + 1);
    if (detail) {
      for (const m of s.missed) console.log(`  missed ${g.truth.file} ${m.sheet}!${m.cell} [${m.check}]`);
      for (const f of s.falseAlarms) console.log(`  alarm  ${g.truth.file} ${f.sheet}!${f.cell} [${f.check}/${f.severity}] ${f.message}`);
    }
    if (out) {
      writeFileSync(join(out, g.truth.file), await xlsxBytes(g.model));
      writeFileSync(join(out, g.truth.file.replace(/\.xlsx$/, '.truth.json')), JSON.stringify(g.truth, null, 2) + '\n');
    }
  }
  console.log(`corpus: ${corpus.length} workbooks, seeds ${seed}..${seed + count - 1}, ${families.length} families`);
  console.log('family            workbooks  recall              twin alarms max/mean  alarms(w/ errors)  rounding  coverage');
  for (const f of families) {
    const s = summarize(f.id, scored);
    console.log(
      `${f.id.padEnd(18)}${String(s.workbooks).padStart(9)}  ${`${pct(s.recall)} (${s.found}/${s.errors})`.padEnd(20)}${`${s.twinAlarmsMax} / ${s.twinAlarmsMean.toFixed(2)}`.padStart(21)}${String(s.falseAlarmsWithErrors).padStart(19)}${String(s.roundingAlarms).padStart(10)}  ${s.coverage === null ? 'n/a' : pct(s.coverage)}`,
    );
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`).join(', ');
  console.log(`missed by check: ${top(misses) || 'none'}`);
  console.log(`false alarms by check: ${top(alarms) || 'none'}`);
  if (out) console.log(`written to ${out}`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
