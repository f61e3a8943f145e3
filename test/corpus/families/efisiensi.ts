/**
 * (g) Capaian kinerja, anggaran and efisiensi per programme: Target | Realisasi | Capaian (%)
 * beside Pagu | Realisasi | Penyerapan (%), then the efficiency in one of its two meanings
 * (domain.md §3): capaian − penyerapan, or the unspent share (pagu − realisasi) / pagu × 100 with
 * the Rupiah amount. A Jumlah / Rata-rata row adds up the budget and averages the capaian.
 */
import { SheetDraft } from '../draft';
import { meanOf, minus, percentOf, ref, sumOf, times, over, num, type Pos } from '../expr';
import { rupiah, type BuildContext, type Family } from '../family';
import { capaianExpr, drawIndicators, drawRealisasi, drawTarget } from '../indicators';
import { group, leaf, writeCaption, writeHeader, writeNumbering, type HeaderNode } from '../layout';
import { AGENCIES, HEADERS, yearWord } from '../vocabulary';

const PROGRAMS = ['Program Penunjang Urusan Pemerintahan Daerah', 'Program Pemberdayaan Sosial', 'Program Rehabilitasi Sosial', 'Program Perlindungan dan Jaminan Sosial', 'Program Penanganan Bencana'];

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const left = rng.int(0, 2);
  const yv = rng.int(0, 4);
  let row = writeCaption(d, rng.int(0, 2), left, [`${rng.pick(['Tingkat Efisiensi Penggunaan Sumber Daya', 'Capaian Kinerja dan Realisasi Anggaran', 'Efisiensi Penggunaan Anggaran'])} ${yearWord(year, yv)}`, ...(rng.chance(0.5) ? [rng.pick(AGENCIES)] : [])]);
  row += rng.int(1, 2);
  const unspent = rng.chance(0.35);
  const kinerja = group(rng.pick(['Kinerja', 'Capaian Kinerja', 'Indikator Kinerja']), [leaf(rng.pick(HEADERS.target), 'target'), leaf(rng.pick(HEADERS.realisasi), 'real'), leaf(rng.pick(['Capaian (%)', '%', 'Capaian']), 'cap')]);
  const anggaran = group(rng.pick(['Anggaran', 'Anggaran (Rp)', 'Realisasi Anggaran']), [leaf(rng.pick(['Pagu', 'Anggaran', 'Pagu (Rp)']), 'pagu'), leaf(rng.pick(['Realisasi', 'Realisasi (Rp)']), 'rreal'), leaf(rng.pick(['%', 'Penyerapan (%)', 'Serapan (%)']), 'pen')]);
  const eff: HeaderNode[] = unspent
    ? [group(rng.pick(['Efisiensi', 'Efisiensi Anggaran']), [leaf('Rp', 'eff_rp'), leaf('%', 'eff')])]
    : [leaf(rng.pick(HEADERS.efisiensi), 'eff', { rule: (n) => `${n('cap')} - ${n('pen')}` })];
  const nodes: HeaderNode[] = [
    leaf(rng.pick(['No', 'No.']), 'no'),
    leaf(rng.pick(['Sasaran/Program', 'Program', 'Program/Kegiatan']), 'prog'),
    leaf(rng.pick(HEADERS.indikator), 'ind'),
    ...(rng.chance(0.5) ? [kinerja, anggaran] : [anggaran, kinerja]),
    ...eff,
  ];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  if (rng.chance(0.4)) writeNumbering(d, row++, nodes, layout, 1, rng.chance(0.5));
  const c = layout.col;
  const decimals = rng.pick([2, 2, 1]);
  const rows: number[] = [];
  const at = (r: number, key: string): Pos => ({ row: r, col: c[key] });
  const writeBudget = (r: number, kids: number[] | null, bold: boolean) => {
    if (kids) {
      d.num(r, c.pagu, { unit: 'rp', decimals: 0, expr: sumOf(kids.map((k) => at(k, 'pagu'))), relation: { check: 'sum' }, bold });
      d.num(r, c.rreal, { unit: 'rp', decimals: 0, expr: sumOf(kids.map((k) => at(k, 'rreal'))), relation: { check: 'sum' }, bold });
    } else {
      const p = rupiah(rng, 1e8, 5e9);
      d.num(r, c.pagu, { unit: 'rp', decimals: 0, input: p });
      d.num(r, c.rreal, { unit: 'rp', decimals: 0, input: Math.round(p * rng.real(0.7, 0.99)), notAbove: at(r, 'pagu') });
    }
    d.num(r, c.pen, { unit: 'pct', decimals, expr: percentOf(at(r, 'rreal'), at(r, 'pagu')), relation: { check: 'ratio', accept: ['capaian'] }, bold });
    if (unspent) {
      d.num(r, c.eff_rp, { unit: 'rp', decimals: 0, expr: minus(ref(at(r, 'pagu')), ref(at(r, 'rreal'))), relation: { check: 'efficiency', accept: ['difference'] }, bold });
      d.num(r, c.eff, { unit: 'pct', decimals, expr: times(over(minus(ref(at(r, 'pagu')), ref(at(r, 'rreal'))), ref(at(r, 'pagu'))), num(100)), relation: { check: 'efficiency', accept: ['ratio'] }, bold });
    } else d.num(r, c.eff, { unit: 'pct', decimals, expr: minus(ref(at(r, 'cap')), ref(at(r, 'pen'))), relation: { check: 'efficiency' }, bold });
  };
  rng.shuffle(PROGRAMS).slice(0, rng.int(2, 5)).forEach((prog, i) => {
    const ind = drawIndicators(rng, 1, { lower: false })[0];
    d.num(row, c.no, { unit: 'k', decimals: 0, input: i + 1 });
    d.text(row, c.prog, prog);
    d.text(row, c.ind, ind.name);
    const t = drawTarget(rng, ind);
    const tAt = d.num(row, c.target, { unit: 'k', decimals: ind.decimals, input: t });
    const rAt = d.num(row, c.real, { unit: 'k', decimals: ind.decimals, input: drawRealisasi(rng, ind, t) });
    d.num(row, c.cap, { unit: 'pct', decimals, expr: capaianExpr(ind, rAt, tAt), relation: { check: 'capaian', accept: ['ratio'] } });
    writeBudget(row, null, false);
    rows.push(row++);
  });
  if (rng.chance(0.7)) {
    d.text(row, layout.left, rng.pick(['Jumlah/Rata-rata', 'Rata-rata', 'Total', 'JUMLAH']), { bold: true });
    d.merge(row, layout.left, row, c.ind);
    d.num(row, c.cap, { unit: 'pct', decimals, expr: meanOf(rows.map((r) => at(r, 'cap'))), relation: { check: 'average' }, bold: true });
    writeBudget(row, rows, true);
  }
  return d;
}

export const efisiensiFamily: Family = { id: 'efisiensi', title: 'Capaian kinerja, anggaran dan efisiensi', build };
