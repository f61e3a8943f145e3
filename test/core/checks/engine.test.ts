/** The engine: rules run in order over every table, their messages written from meta, a failing rule replaced by one warning. */
import { createContext } from '../../../src/core/checks/context';
import { formatMessage, runRules } from '../../../src/core/checks/engine';
import type { Rule } from '../../../src/core/checks/rule';
import { recognizeWorkbook } from '../../../src/core/recognition/recognize';
import type { Finding } from '../../../src/core/report';
import { oneSheet, sheet, workbook } from '../../support/grid-builder';

const BUDGET = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'];
const model = workbook([
  sheet('Anggaran', [BUDGET, [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13]]),
  sheet('Lampiran', [BUDGET, [1, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77]]),
]);
const contextOf = (m = model) => createContext(m, recognizeWorkbook(m, {}), {});

/** Reports the pagu cell of every table's first row. */
const pagu: Rule<'pagu'> = {
  meta: { id: 'range', name: 'pagu-cell', label: 'Kewajaran', description: 'Contoh.', messages: { pagu: 'Pagu {value} di {sheet}.' } },
  create: (ctx) => ({
    table(table) {
      ctx.report({ table, cell: 'C2', severity: 'info', messageId: 'pagu', data: { value: 1, sheet: table.sheet }, expected: Number.POSITIVE_INFINITY, related: ['D2'] });
    },
  }),
};

/** Reports on the first table, then fails on the second. */
const failing: Rule<'seen'> = {
  meta: { id: 'sum', name: 'failing', label: 'Jumlah', description: 'Contoh.', messages: { seen: 'Dilihat.' } },
  create: (ctx) => ({
    table(table) {
      if (table.sheet === 'Lampiran') throw new Error('boom');
      ctx.report({ table, cell: 'A2', severity: 'warning', messageId: 'seen' });
    },
  }),
};

describe('the engine', () => {
  it('runs each rule over every table in order and writes the message from its template', () => {
    const findings: Finding[] = [];
    const reported = runRules(contextOf(), [pagu], findings);
    expect(findings).toEqual([
      { sheet: 'Anggaran', cell: 'C2', check: 'range', severity: 'info', message: 'Pagu 1 di Anggaran.', related: ['D2'], expected: null },
      { sheet: 'Lampiran', cell: 'C2', check: 'range', severity: 'info', message: 'Pagu 1 di Lampiran.', related: ['D2'], expected: null },
    ]);
    expect(reported.map((r) => [r.rule, r.messageId, r.finding])).toEqual([
      ['pagu-cell', 'pagu', findings[0]],
      ['pagu-cell', 'pagu', findings[1]],
    ]);
  });

  it('replaces what a failing rule reported by one warning naming its label, and runs the next rules', () => {
    const findings: Finding[] = [];
    runRules(contextOf(), [failing, pagu], findings);
    expect(findings.map((f) => [f.sheet, f.cell, f.check, f.severity])).toEqual([
      ['Anggaran', 'A1', 'sum', 'warning'],
      ['Anggaran', 'C2', 'range', 'info'],
      ['Lampiran', 'C2', 'range', 'info'],
    ]);
    expect(findings[0].message).toBe('Pemeriksaan jumlah tidak dapat dijalankan pada buku kerja ini; hasil pemeriksaan ini belum lengkap. Laporkan berkasnya kepada pengembang Cermat.');
    expect(() => runRules(contextOf(), [failing], [], { rethrow: true })).toThrow('boom');
  });

  it('shows each rule the findings of the rules before it', () => {
    let seen: number | null = null;
    const reader: Rule<'none'> = { meta: { id: 'cross-table', name: 'reader', label: 'Antartabel', description: 'Contoh.', messages: { none: '' } }, create: (ctx) => ({ workbook: () => void (seen = ctx.earlier.length) }) };
    runRules(contextOf(), [pagu, reader], []);
    expect(seen).toBe(2);
  });

  it('reports a draft only when the rule keeps it', () => {
    const drafting: Rule<'seen'> = {
      meta: { id: 'sum', name: 'drafting', label: 'Jumlah', description: 'Contoh.', messages: { seen: 'Dilihat di {sheet}.' } },
      create: (ctx) => ({
        table(table) {
          const f = ctx.draft({ table, cell: 'A2', severity: 'warning', messageId: 'seen', data: { sheet: table.sheet } });
          if (table.sheet === 'Lampiran') ctx.report(f);
        },
      }),
    };
    const reported = runRules(contextOf(), [drafting], []);
    expect(reported.map((r) => [r.messageId, r.finding.message])).toEqual([['seen', 'Dilihat di Lampiran.']]);
  });

  it('refuses a message id the rule does not have and a placeholder without data', () => {
    expect(formatMessage(pagu, 'pagu', { value: '1.234,5', sheet: 'Anggaran' })).toBe('Pagu 1.234,5 di Anggaran.');
    expect(() => formatMessage(pagu, 'other')).toThrow('has no message other');
    expect(() => formatMessage(pagu, 'pagu', { value: 1 })).toThrow('no data for {sheet}');
    expect(() => runRules(contextOf(oneSheet([BUDGET, [1, 'Program Rehabilitasi Sosial', 1, 1, 100]])), [{ ...pagu, create: (ctx) => ({ table: (table) => void ctx.report({ table, cell: 'C2', severity: 'info', messageId: 'pagu' }) }) }], [], { rethrow: true })).toThrow('no data for {value}');
  });
});
