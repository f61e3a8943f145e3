/**
 * efficiency: the tingkat efisiensi column under the meaning the table uses (domain.md §3):
 * capaian − penyerapan, or the unspent share (pagu − realisasi) ÷ pagu; a column that holds the
 * absorption instead is pointed out; efficiency labels are checked against the category rule.
 */
import { penyerapan } from '../formulas/budget';
import { CATEGORY_RULE, efisiensiAnggaran, efisiensiSelisih, kategoriEfisiensi } from '../formulas/efisiensi';
import { labelsMatch } from '../scales';
import type { RecognizedTable } from '../recognition/types';
import type { Finding } from '../report';
import { cellOf, column, compare, finding, fmt, type Check, type CheckContext } from './context';
import { numberAt, pointsAt, readAt } from './readings';

type Meaning = 'selisih' | 'sisa-anggaran' | 'penyerapan';

const MEANING_TEXT: Record<Meaning, string> = {
  selisih: 'capaian kinerja − penyerapan anggaran',
  'sisa-anggaran': '(pagu − realisasi) ÷ pagu × 100',
  penyerapan: 'realisasi ÷ pagu × 100 (ini penyerapan, bukan efisiensi)',
};

function rowValues(ctx: CheckContext, table: RecognizedTable, row: number) {
  const pagu = numberAt(ctx, table, row, column(table, 'pagu'));
  const real = numberAt(ctx, table, row, column(table, 'realisasi_anggaran'));
  const cap = pointsAt(ctx, table, row, column(table, 'capaian'))?.value ?? null;
  const pen = pointsAt(ctx, table, row, column(table, 'penyerapan'))?.value ?? (pagu !== null && real !== null ? penyerapan(pagu, real) : null);
  const candidates: Partial<Record<Meaning, number>> = {};
  if (cap !== null && pen !== null) candidates.selisih = efisiensiSelisih(cap, pen);
  if (pagu !== null && real !== null) {
    const s = efisiensiAnggaran(pagu, real);
    const p = penyerapan(pagu, real);
    if (s !== null) candidates['sisa-anggaran'] = s;
    if (p !== null) candidates.penyerapan = p;
  }
  return { cap, pen, candidates };
}

function valueColumn(ctx: CheckContext, table: RecognizedTable): Finding[] {
  const col = column(table, 'efisiensi');
  if (!col) return [];
  const rows = table.rows.filter((r) => r.type === 'data' || r.type === 'total');
  const votes = new Map<Meaning, number>();
  const per = rows.map((r) => {
    const printed = readAt(ctx, table, r.row, col);
    const { candidates } = rowValues(ctx, table, r.row);
    if (printed.kind === 'number') {
      for (const [m, v] of Object.entries(candidates) as [Meaning, number][]) {
        if (compare(printed.value, printed.decimals, v).agreement !== 'differs') votes.set(m, (votes.get(m) ?? 0) + 1);
      }
    }
    return { r, printed, candidates };
  });
  const meaning = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const out: Finding[] = [];
  for (const { r, printed, candidates } of per) {
    if (printed.kind !== 'number') continue;
    const cell = cellOf(r.row, col);
    if (meaning === 'penyerapan') {
      out.push(finding(table, cell, 'efficiency', 'warning', `Kolom efisiensi berisi ${fmt(printed.value, printed.decimals)}, yaitu ${MEANING_TEXT.penyerapan}. Efisiensi biasanya ${MEANING_TEXT['sisa-anggaran']} atau ${MEANING_TEXT.selisih}.`, { actual: printed.value, expected: candidates['sisa-anggaran'] ?? null }));
      continue;
    }
    // No row agrees with any meaning: measure against capaian − penyerapan where there is a capaian, else the unspent share.
    const used: Meaning = meaning ?? (candidates.selisih !== undefined ? 'selisih' : 'sisa-anggaran');
    const expected = candidates[used];
    if (expected === undefined) continue;
    const holds = compare(printed.value, printed.decimals, expected).agreement !== 'differs';
    const inputs = (['capaian', 'penyerapan', 'pagu', 'realisasi_anggaran'] as const).flatMap((role) => {
      const c = column(table, role);
      return c ? [cellOf(r.row, c)] : [];
    });
    ctx.ledger.evaluated(table, 'efficiency', col.col, 'Tingkat efisiensi', { row: r.row, cell, inputs, holds });
    if (holds) continue;
    out.push(finding(table, cell, 'efficiency', 'error', `Tingkat efisiensi tercetak ${fmt(printed.value, printed.decimals)}, seharusnya ${fmt(expected, 2)} (${MEANING_TEXT[used]}).`, { actual: printed.value, expected: Math.round(expected * 10000) / 10000 }));
  }
  return out;
}

function labelColumn(ctx: CheckContext, table: RecognizedTable): Finding[] {
  const grid = ctx.grid(table.sheet);
  const col = table.columns.find((c) => (c.role === 'keterangan' || c.role === 'predikat') && table.rows.some((r) => /efisien/i.test(grid.text(r.row, c.col))));
  if (!col) return [];
  const out: Finding[] = [];
  for (const r of table.rows) {
    const label = grid.text(r.row, col.col);
    if (!label || !/efisien/i.test(label)) continue;
    const { cap, pen } = rowValues(ctx, table, r.row);
    if (cap === null || pen === null) continue;
    const expected = kategoriEfisiensi(cap, pen);
    if (labelsMatch(label, expected)) continue;
    out.push(finding(table, cellOf(r.row, col), 'efficiency', 'warning', `Keterangan "${label}" tidak sesuai aturan: capaian ${fmt(cap, 2)} % dan penyerapan ${fmt(pen, 2)} % berarti "${expected}" (${CATEGORY_RULE[expected].toLowerCase()}).`, { actual: label, expected }));
  }
  return out;
}

export const efficiencyCheck: Check = (ctx) => ctx.recognition.tables.flatMap((t) => [...valueColumn(ctx, t), ...labelColumn(ctx, t)]);
