/** capaian: every printed capaian against realisasi ÷ target (or the lower-is-better formula). */
import { capaian, capaianOf, type Polarity } from '../formulas/capaian';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import { compareCell } from './compare-cell';
import { cellOf, column, fmt } from './context';
import { formulaPair, isLowerBetter, readAt } from './readings';
import { RECOMPUTED_MESSAGES, type Rule, type RuleContext } from './rule';

const messages = {
  ...RECOMPUTED_MESSAGES,
  noTarget: '{what} {printed} % tercetak padahal target kosong atau nol: capaian tidak dapat dihitung (tidak ada target).',
  noData: '{what} {printed} % tercetak padahal realisasinya kosong (belum ada data).',
  qualitative: '{what} {printed} % tidak dapat dihitung ulang: targetnya kualitatif ("{target}").',
  notComputable: '{what} {printed} % tidak dapat dihitung ulang: {reason}.',
  how: 'realisasi ÷ target × 100 = {realisasi} ÷ {target} × 100',
  howLower: 'indikator "turun": (2 × target − realisasi) ÷ target × 100 = (2 × {target} − {realisasi}) ÷ {target} × 100',
  capped: 'Nilai tampaknya dibatasi 100 %; bila memang dibatasi, sebutkan aturannya di catatan tabel.',
  // What is checked, as messages and the note on a column the numbers do not confirm (confirm.ts) name it.
  capaian: 'Capaian',
  capaianRenstra: 'Capaian terhadap target akhir Renstra',
};
type Message = keyof typeof messages;

function checkPair(
  ctx: RuleContext<Message>,
  table: RecognizedTable,
  targetCol: TableColumn,
  realisasiCol: TableColumn,
  capaianCol: TableColumn,
  what: string,
): void {
  for (const row of table.rows) {
    if (row.type !== 'data') continue;
    const printed = readAt(ctx, table, row.row, capaianCol);
    if (printed.kind !== 'number') continue;
    const [target, realisasi] = formulaPair(ctx, table, row.row, targetCol, realisasiCol);
    const lower = isLowerBetter(ctx, table, row);
    const polarity: Polarity = lower ? 'turun' : 'naik';
    const outcome = capaianOf(target, realisasi, polarity);
    const related = [cellOf(row.row, targetCol), cellOf(row.row, realisasiCol)];
    // A row with neither target nor realisasi of its own is a sasaran's row (group-capaian.ts checks it).
    const bare = target === null && realisasi === null;
    const cell = cellOf(row.row, capaianCol);
    const shownPrinted = fmt(printed.value, printed.decimals);
    if (outcome.kind === 'no-target' && printed.value !== 0 && !bare) {
      ctx.report({ table, cell, severity: 'info', messageId: 'noTarget', data: { what, printed: shownPrinted }, related });
      continue;
    }
    if (outcome.kind === 'no-data') {
      ctx.report({ table, cell, severity: 'warning', messageId: 'noData', data: { what, printed: shownPrinted }, related });
      continue;
    }
    if (outcome.kind === 'qualitative') {
      ctx.report({ table, cell, severity: 'info', messageId: 'qualitative', data: { what, printed: shownPrinted, target: outcome.target }, related });
      continue;
    }
    if (outcome.kind === 'not-computable') {
      const reason = outcome.reason.charAt(0).toLowerCase() + outcome.reason.slice(1);
      ctx.report({ table, cell, severity: 'info', messageId: 'notComputable', data: { what, printed: shownPrinted, reason }, related });
      continue;
    }
    if (outcome.kind !== 'value') continue;
    const t = typeof target === 'number' ? target : null;
    const r = typeof realisasi === 'number' ? realisasi : null;
    const alternatives: number[] = [];
    if (lower && t !== null && r !== null) {
      const ratio = capaian(t, r, 'turun-rasio');
      const plain = capaian(t, r, 'naik');
      for (const o of [ratio, plain]) if (o.kind === 'value') alternatives.push(o.value);
    }
    const shown = (v: number | null, raw: unknown) => (v !== null ? fmt(v) : String(raw));
    const how = () => ctx.text(lower ? 'howLower' : 'how', { target: shown(t, target), realisasi: shown(r, realisasi) });
    const f = compareCell(ctx, table, row.row, capaianCol, what, 'capaian', { value: outcome.value, how, related, alternatives }, true);
    if (f && f.severity === 'error' && Math.abs(printed.value - 100) < 1e-9 && outcome.value > 100) {
      f.severity = 'warning';
      f.message += ` ${ctx.text('capped')}`;
    }
  }
}

const CUMULATIVE = /s\/d|s\.d|sampai dengan|hingga/i;

export const capaianRule: Rule<Message> = {
  meta: {
    id: 'capaian',
    name: 'capaian-of-target',
    label: 'Capaian',
    description: 'Menghitung ulang setiap capaian sebagai realisasi ÷ target × 100 (indikator yang makin rendah makin baik: (2 × target − realisasi) ÷ target × 100), juga capaian terhadap target akhir Renstra.',
    messages,
  },
  create: (ctx) => ({
    table(table) {
      const target = column(table, 'target');
      const realisasi = column(table, 'realisasi');
      const cap = column(table, 'capaian');
      if (target && realisasi && cap) checkPair(ctx, table, target, realisasi, cap, messages.capaian);
      const renstraTarget = column(table, 'target_renstra');
      const renstraCap = column(table, 'capaian_renstra');
      // Progress towards the Renstra's end target counts the realisasi up to this year ("Realisasi s/d
      // Tahun 2024") where the table has it: the last cumulative realisasi before the capaian column.
      const cumulative = renstraCap && [...table.columns].reverse().find((c) => c.col < renstraCap.col && /realisasi/i.test(`${c.group ?? ''} ${c.header}`) && CUMULATIVE.test(`${c.group ?? ''} ${c.header}`) && (c.role === 'realisasi' || c.role === 'realisasi_lalu'));
      const progress = cumulative ?? realisasi;
      if (renstraTarget && progress && renstraCap) {
        checkPair(ctx, table, renstraTarget, progress, renstraCap, messages.capaianRenstra);
      }
    },
  }),
};
