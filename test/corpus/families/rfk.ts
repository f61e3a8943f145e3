/**
 * (b) Quarterly monitoring / RFK (realisasi fisik dan keuangan) export: Pagu, Bobot (%), realisasi
 * keuangan per triwulan — as flows ("TW I" … "TW IV", adding up to the year's realisasi) or
 * cumulative ("s/d TW n", the last being the realisasi) — in Rp and optionally %, % keuangan,
 * fisik (%), sometimes the plan curve (rencana fisik %), deviasi (fisik − rencana, or fisik −
 * keuangan without a plan) and sisa anggaran. Weights, plan curves, physical progress and
 * deviations carry "%" too: they are not absorption.
 */
import { SheetDraft } from '../draft';
import { minus, percentOf, ref, sumOf, type Pos } from '../expr';
import { placeTree, rupiah, type BuildContext, type Family } from '../family';
import { drawIdentity, identityHeader, programmeTree, writeIdentity } from '../hierarchy';
import { split } from '../indicators';
import { group, leaf, TOTAL_LABELS, writeCaption, writeHeader, writeNumbering, type HeaderNode } from '../layout';
import { AGENCIES, HEADERS } from '../vocabulary';

const TW = ['I', 'II', 'III', 'IV'];

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const left = rng.int(0, 2);
  const cumulative = rng.chance(0.5);
  const upTo = cumulative ? rng.int(2, 4) : 4;
  let row = writeCaption(d, rng.int(0, 2), left, [
    rng.pick(['Laporan Realisasi Fisik dan Keuangan', 'LAPORAN REALISASI FISIK DAN KEUANGAN (RFK)', 'Monitoring Realisasi Anggaran per Triwulan', 'Rekapitulasi Realisasi Keuangan']),
    `${rng.pick(AGENCIES)} Tahun Anggaran ${year}`,
    ...(cumulative ? [`Keadaan s/d Triwulan ${TW[upTo - 1]}`] : []),
  ]);
  row += rng.int(1, 2);
  const id = drawIdentity(rng, ['code', 'split', 'dotted', 'words', 'format']);
  const withTwPct = rng.chance(0.4);
  const twLabel = (i: number) => (cumulative ? rng.pick([`s/d TW ${TW[i]}`, `s/d Triwulan ${TW[i]}`, `Sampai dengan TW ${TW[i]}`]) : rng.pick([`TW ${TW[i]}`, `Triwulan ${TW[i]}`]));
  const tws: HeaderNode[] = Array.from({ length: upTo }, (_, i) => {
    const label = twLabel(i);
    return withTwPct ? group(label, [leaf('Rp', `tw${i + 1}`), leaf('%', `tw${i + 1}_pct`)]) : leaf(label, `tw${i + 1}`);
  });
  const hasBobot = rng.chance(0.6);
  const hasFisik = rng.chance(0.7);
  const hasSisa = rng.chance(0.6);
  const hasPlan = rng.chance(0.4);
  const keu: HeaderNode[] = [
    ...(cumulative ? [] : [leaf(rng.pick(['Jumlah (Rp)', 'Total Realisasi (Rp)', 'Realisasi s/d TW IV (Rp)', 'Jumlah']), 'real')]),
    leaf(rng.pick(['% Keuangan', '(%)', 'Realisasi Keuangan (%)', 'Capaian (%)', '%']), 'keu_pct'),
  ];
  const nodes: HeaderNode[] = [
    ...identityHeader(id, rng.pick(HEADERS.uraian), rng),
    leaf(rng.pick(['Pagu', 'Pagu Anggaran (Rp)', 'Anggaran (Rp)', 'DPA (Rp)']), 'pagu'),
    ...(hasBobot ? [leaf(rng.pick(['Bobot (%)', 'Bobot', 'Bobot %']), 'bobot')] : []),
    group(rng.pick([`Realisasi Keuangan Tahun ${year}`, 'Realisasi Keuangan', 'Realisasi Anggaran']), [...tws, ...keu], rng.chance(0.5) ? { yearLabel: (y) => `Realisasi Keuangan Tahun ${y}` } : {}),
    ...(hasFisik
      ? [
          ...(hasPlan ? [leaf(rng.pick(['Rencana Fisik (%)', 'Target Fisik (%)', 'Kurva Rencana (%)']), 'plan')] : []),
          group('Realisasi Fisik', [leaf(rng.pick(['(%)', '%', 'Fisik (%)']), 'fisik')]),
          leaf(rng.pick(hasPlan ? ['Deviasi (%)', 'Deviasi', 'Deviasi Fisik (%)'] : ['Deviasi (%)', 'Deviasi', 'Selisih Fisik-Keuangan (%)']), 'dev'),
        ]
      : []),
    ...(hasSisa ? [leaf(rng.pick(HEADERS.sisa), 'sisa')] : []),
  ];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  if (rng.chance(0.5)) writeNumbering(d, row++, nodes, layout, rng.chance(0.3) ? 0 : 1, false);

  const tree = programmeTree(rng, { programs: [1, 3], kegiatan: [1, 3], sub: [1, 4] });
  const { placed, rowOf, next } = placeTree(tree, row, rng, 0.3);
  const c = layout.col;
  const at = (r: number, key: string): Pos => ({ row: r, col: c[key] });
  const totalRow = next + (rng.chance(0.2) ? 1 : 0);
  const realKey = cumulative ? `tw${upTo}` : 'real';
  const writeRow = (r: number, children: number[] | null, bold: boolean) => {
    const sumKids = (key: string) => sumOf(children!.map((x) => at(x, key)));
    if (children) d.num(r, c.pagu, { unit: 'rp', decimals: 0, expr: sumKids('pagu'), relation: { check: 'sum' }, bold });
    else d.num(r, c.pagu, { unit: 'rp', decimals: 0, input: rupiah(rng, 1e7, 1e9) });
    const pagu = d.value(at(r, 'pagu'))!;
    if (hasBobot) d.num(r, c.bobot, { unit: 'pct', decimals: 2, expr: percentOf(at(r, 'pagu'), at(totalRow, 'pagu')), relation: { check: 'ratio' }, bold });
    const flows = children ? [] : split(rng, Math.round(pagu * rng.real(0.4, 0.98)), upTo, 0);
    for (let q = 1; q <= upTo; q++) {
      if (children) d.num(r, c[`tw${q}`], { unit: 'rp', decimals: 0, expr: sumKids(`tw${q}`), relation: { check: 'sum' }, bold });
      else d.num(r, c[`tw${q}`], { unit: 'rp', decimals: 0, input: cumulative ? flows.slice(0, q).reduce((a, b) => a + b, 0) : flows[q - 1], ...(cumulative && q === upTo ? { notAbove: at(r, 'pagu') } : {}) });
      if (withTwPct) d.num(r, c[`tw${q}_pct`], { unit: 'pct', decimals: 2, expr: percentOf(at(r, `tw${q}`), at(r, 'pagu')), relation: { check: 'ratio', accept: ['capaian'] }, bold });
    }
    if (!cumulative) d.num(r, c.real, { unit: 'rp', decimals: 0, expr: sumOf([1, 2, 3, 4].map((q) => at(r, `tw${q}`))), relation: { check: 'sum' }, bold });
    const keuPct = d.num(r, c.keu_pct, { unit: 'pct', decimals: 2, expr: percentOf(at(r, realKey), at(r, 'pagu')), relation: { check: 'ratio', accept: ['capaian'] }, bold });
    if (hasFisik) {
      const keu = d.value(keuPct) ?? 0;
      const fisik = Math.min(100, Math.round((keu + rng.real(-5, 15)) * 100) / 100);
      d.num(r, c.fisik, { unit: 'pct', decimals: 2, input: fisik, bold });
      if (hasPlan) d.num(r, c.plan, { unit: 'pct', decimals: 2, input: Math.min(100, Math.round((fisik + rng.real(-8, 8)) * 100) / 100), bold });
      d.num(r, c.dev, { unit: 'pct', decimals: 2, expr: minus(ref(at(r, 'fisik')), hasPlan ? ref(at(r, 'plan')) : ref(keuPct)), relation: { check: 'difference' }, bold });
    }
    if (hasSisa) d.num(r, c.sisa, { unit: 'rp', decimals: 0, expr: minus(ref(at(r, 'pagu')), ref(at(r, realKey))), relation: { check: 'difference', accept: ['sum'] }, bold });
  };
  // Children first: a parent's physical progress is drawn around its children's absorption.
  for (const p of [...placed].reverse()) {
    writeIdentity(d, p.row, layout, id, p.item, p.path, placed.indexOf(p) + 1);
    writeRow(p.row, p.item.children.length ? p.item.children.map((ch) => rowOf.get(ch)!) : null, id.boldParents && p.item.children.length > 0);
  }
  const label = rng.pick(TOTAL_LABELS);
  if (label) d.text(totalRow, layout.left, label, { bold: true });
  if (rng.chance(0.5)) d.merge(totalRow, layout.left, totalRow, c.name);
  writeRow(totalRow, tree.map((t) => rowOf.get(t)!), true);
  return d;
}

export const rfkFamily: Family = { id: 'rfk', title: 'Monitoring triwulanan / RFK (Pagu, Bobot, TW I–IV atau s/d TW, fisik, deviasi)', build };
