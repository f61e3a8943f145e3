/**
 * The fields of the public JSON report (/work/shared/report-format.md), checked one by one: a
 * report that passes has exactly the contract's shape. Returns the problems found.
 */
// The contract's twelve ids, plus 'duplicate' (the contract allows new ids).
const CHECK_IDS = ['capaian', 'ratio', 'difference', 'sum', 'average', 'efficiency', 'predicate', 'scale', 'year', 'cross-table', 'format', 'range', 'duplicate', 'formula'];
const SEVERITIES = ['error', 'warning', 'info'];
const KINDS = ['kinerja', 'anggaran', 'efisiensi', 'skala', 'pk', 'lainnya'];
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;
const RANGE = /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function contractProblems(value: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  if (!isObject(value)) return ['report is not an object'];
  need(typeof value.file === 'string' && value.file !== '', 'file');
  need(value.year === null || Number.isInteger(value.year), 'year');
  need(Array.isArray(value.tables), 'tables');
  need(Array.isArray(value.findings), 'findings');
  for (const [i, t] of ((value.tables as unknown[]) ?? []).entries()) {
    if (!isObject(t)) {
      problems.push(`tables[${i}]`);
      continue;
    }
    need(typeof t.sheet === 'string', `tables[${i}].sheet`);
    need(typeof t.range === 'string' && RANGE.test(t.range), `tables[${i}].range`);
    need(typeof t.header === 'string' && RANGE.test(t.header), `tables[${i}].header`);
    need(KINDS.includes(t.kind as string), `tables[${i}].kind`);
    need(isObject(t.columns) && Object.values(t.columns).every((c) => typeof c === 'string' && /^[A-Z]{1,3}$/.test(c)), `tables[${i}].columns`);
  }
  for (const [i, f] of ((value.findings as unknown[]) ?? []).entries()) {
    if (!isObject(f)) {
      problems.push(`findings[${i}]`);
      continue;
    }
    need(typeof f.sheet === 'string', `findings[${i}].sheet`);
    need(typeof f.cell === 'string' && CELL.test(f.cell), `findings[${i}].cell`);
    need(CHECK_IDS.includes(f.check as string), `findings[${i}].check`);
    need(SEVERITIES.includes(f.severity as string), `findings[${i}].severity`);
    need(typeof f.message === 'string' && f.message !== '', `findings[${i}].message`);
    for (const key of ['expected', 'actual']) {
      const v = f[key];
      need(v === undefined || v === null || typeof v === 'number' || typeof v === 'string', `findings[${i}].${key}`);
    }
    need(f.related === undefined || (Array.isArray(f.related) && f.related.every((c) => typeof c === 'string')), `findings[${i}].related`);
  }
  return problems;
}
