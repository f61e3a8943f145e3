/** capaian: every printed capaian against realisasi ÷ target (or the lower-is-better formula). */
import { capaian, capaianOf, type Polarity } from '../formulas/capaian';
import type { RecognizedTable, TableColumn } from '../recognition/types';
import type { Finding } from '../report';
import { compareCell } from './compare-cell';
import { cellOf, column, finding, fmt, type Check, type CheckContext } from './context';
import { formulaPair, isLowerBetter, readAt } from './readings';

function checkPair(
  ctx: CheckContext,
  table: RecognizedTable,
  targetCol: TableColumn,
  realisasiCol: TableColumn,
  capaianCol: TableColumn,
  what: string,
): Finding[] {
  const out: Finding[] = [];
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
    if (outcome.kind === 'no-target' && printed.value !== 0 && !bare) {
      out.push(finding(table, cellOf(row.row, capaianCol), 'capaian', 'info', `${what} ${fmt(printed.value, printed.decimals)} % tercetak padahal target kosong atau nol: capaian tidak dapat dihitung (tidak ada target).`, { related }));
      continue;
    }
    if (outcome.kind === 'no-data') {
      out.push(finding(table, cellOf(row.row, capaianCol), 'capaian', 'warning', `${what} ${fmt(printed.value, printed.decimals)} % tercetak padahal realisasinya kosong (belum ada data).`, { related }));
      continue;
    }
    if (outcome.kind === 'qualitative' || outcome.kind === 'not-computable') {
      const why = outcome.kind === 'qualitative' ? `targetnya kualitatif ("${outcome.target}")` : outcome.reason.charAt(0).toLowerCase() + outcome.reason.slice(1);
      out.push(finding(table, cellOf(row.row, capaianCol), 'capaian', 'info', `${what} ${fmt(printed.value, printed.decimals)} % tidak dapat dihitung ulang: ${why}.`, { related }));
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
    const how = () =>
      lower
      ? `indikator "turun": (2 × target − realisasi) ÷ target × 100 = (2 × ${shown(t, target)} − ${shown(r, realisasi)}) ÷ ${shown(t, target)} × 100`
      : `realisasi ÷ target × 100 = ${shown(r, realisasi)} ÷ ${shown(t, target)} × 100`;
    const f = compareCell(ctx, table, row.row, capaianCol, what, 'capaian', { value: outcome.value, how, related, alternatives }, true);
    if (!f) continue;
    if (f.severity === 'error' && Math.abs(printed.value - 100) < 1e-9 && outcome.value > 100) {
      f.severity = 'warning';
      f.message += ' Nilai tampaknya dibatasi 100 %; bila memang dibatasi, sebutkan aturannya di catatan tabel.';
    }
    out.push(f);
  }
  return out;
}

const CUMULATIVE = /s\/d|s\.d|sampai dengan|hingga/i;

export const capaianCheck: Check = (ctx) =>
  ctx.recognition.tables.flatMap((table) => {
    const out: Finding[] = [];
    const target = column(table, 'target');
    const realisasi = column(table, 'realisasi');
    const cap = column(table, 'capaian');
    if (target && realisasi && cap) out.push(...checkPair(ctx, table, target, realisasi, cap, 'Capaian'));
    const renstraTarget = column(table, 'target_renstra');
    const renstraCap = column(table, 'capaian_renstra');
    // Progress towards the Renstra's end target counts the realisasi up to this year ("Realisasi s/d
    // Tahun 2024") where the table has it: the last cumulative realisasi before the capaian column.
    const cumulative = renstraCap && [...table.columns].reverse().find((c) => c.col < renstraCap.col && /realisasi/i.test(`${c.group ?? ''} ${c.header}`) && CUMULATIVE.test(`${c.group ?? ''} ${c.header}`) && (c.role === 'realisasi' || c.role === 'realisasi_lalu'));
    const progress = cumulative ?? realisasi;
    if (renstraTarget && progress && renstraCap) {
      out.push(...checkPair(ctx, table, renstraTarget, progress, renstraCap, 'Capaian terhadap target akhir Renstra'));
    }
    return out;
  });
