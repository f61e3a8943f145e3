/**
 * (a) Permendagri 86/2017 evaluation form of the Renja / RKPD (the form's columns 1–18): Kode,
 * Urusan/Program/Kegiatan/Sub Kegiatan, Indikator, then a K (kinerja) and Rp (anggaran) pair under
 * every period — Target Renstra, realisasi s/d tahun lalu, target tahun ini, realisasi TW I–IV,
 * realisasi tahun ini (= TW I + … + TW IV), tingkat capaian (%), realisasi s/d tahun ini
 * (= s/d tahun lalu + tahun ini), tingkat capaian Renstra (%) — and the unit penanggung jawab.
 * Merged headers 2–5 rows deep; a numbering row with the form's formulas ("14 = 13/8x100").
 * Rupiah add up over the programme tree; K of different units never do.
 */
import { SheetDraft } from '../draft';
import { meanOf, plus, percentOf, ref, sumOf, type Expr, type Pos } from '../expr';
import { placeTree, rupiah, type BuildContext, type Family } from '../family';
import { drawIdentity, identityHeader, programmeTree, writeIdentity } from '../hierarchy';
import { capaianExpr, drawIndicators, drawRealisasi, drawTarget, split } from '../indicators';
import { group, leaf, writeCaption, writeHeader, writeNumbering, type HeaderNode } from '../layout';
import { PERMENDAGRI86 } from '../scales';
import type { Rng } from '../prng';
import { AGENCIES } from '../vocabulary';

const TW = ['I', 'II', 'III', 'IV'];

function pair(label: string, key: string, words: [string, string], more: Partial<HeaderNode> = {}): HeaderNode {
  return group(label, [leaf(words[0], `${key}_k`), leaf(words[1], `${key}_rp`)], { numbered: true, ...more });
}

function headerNodes(rng: Rng, year: number, end: number): HeaderNode[] {
  const words = rng.pick<[string, string]>([['K', 'Rp'], ['K', 'Rp.'], ['K', 'Rp'], ['Kinerja', 'Anggaran'], ['Volume', 'Rp']]);
  const short = rng.chance(0.4);
  const twFlat = rng.chance(0.3);
  const tws = TW.map((t, i) => pair(twFlat ? `${rng.pick(['Triwulan', 'TW'])} ${t}` : t, `tw${i + 1}`, words));
  const twBlock = twFlat ? tws : [group(rng.pick(['Realisasi Kinerja Pada Triwulan', 'Realisasi Kinerja dan Anggaran Renja Perangkat Daerah pada Triwulan', 'Realisasi Triwulan']), tws)];
  const nodes: HeaderNode[] = [
    pair(short ? `Target Renstra (${end})` : `Target Kinerja dan Anggaran Renstra Perangkat Daerah pada Tahun ${end} (Akhir Periode Renstra)`, 'renstra', words),
    pair(short ? `Realisasi s/d Tahun ${year - 1}` : `Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s/d Renja Perangkat Daerah Tahun Lalu (${year - 1})`, 'lalu', words),
    pair(short ? `Target Tahun ${year}` : `Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (${year}) yang Dievaluasi`, 'target', words, {
      yearLabel: short ? (y) => `Target Tahun ${y}` : (y) => `Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (${y}) yang Dievaluasi`,
    }),
    ...twBlock,
    pair(short ? `Realisasi Tahun ${year}` : `Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi (${year})`, 'real', words, { rule: (n) => [1, 2, 3, 4].map((i) => n(`tw${i}_k`)).join(' + ') }),
    pair(short ? 'Tingkat Capaian (%)' : 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)', 'cap', words, { rule: (n) => `${n('real_k')}/${n('target_k')}x100` }),
    pair(short ? `Realisasi s/d Tahun ${year}` : `Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun ${year}`, 'kum', words, { rule: (n) => `${n('lalu_k')} + ${n('real_k')}` }),
    pair(short ? `Tingkat Capaian Renstra s/d Tahun ${year} (%)` : `Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun ${year} (%)`, 'capkum', words, { rule: (n) => `${n('kum_k')}/${n('renstra_k')}x100` }),
  ];
  // Some forms put one or two more group rows above the periods: 2 to 5 header rows in all.
  const wraps = rng.pick([0, 0, 1, 2]);
  return ['Capaian Kinerja dan Anggaran', 'Evaluasi Hasil Pelaksanaan Renja'].slice(0, wraps).reduce((inner, label) => [group(label, inner)], nodes);
}

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const left = rng.int(0, 1);
  const end = year + rng.int(0, 2);
  let row = writeCaption(d, rng.int(0, 2), left, [
    rng.pick(['Evaluasi terhadap Hasil Renja Perangkat Daerah', 'EVALUASI TERHADAP HASIL RENCANA KERJA PERANGKAT DAERAH', 'Tabel Evaluasi Hasil Pelaksanaan Renja']),
    `${rng.pick(AGENCIES)} ${rng.pick(['Tahun', 'Tahun Anggaran'])} ${year}`,
    ...(rng.chance(0.5) ? [`Periode Pelaksanaan: Triwulan I - IV Tahun ${year}`] : []),
  ]);
  row += rng.int(1, 2);
  const id = drawIdentity(rng, ['code', 'split', 'dotted', 'words', 'format']);
  const ident = identityHeader(id, rng.pick(['Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan', 'Program/Kegiatan/Sub Kegiatan', 'Urusan/Program/Kegiatan/Sub Kegiatan']), rng);
  const indicator = leaf(rng.pick(['Indikator Kinerja Program (outcome)/ Kegiatan (output)', 'Indikator Kinerja', 'Indikator Kinerja Program/Kegiatan/Sub Kegiatan']), 'ind');
  const numeric = headerNodes(rng, year, end);
  const sasaran = rng.chance(0.3) ? [leaf('Sasaran', 'sasaran')] : [];
  const nodes = [...ident.slice(0, 1), ...sasaran, ...ident.slice(1), indicator, ...numeric, leaf(rng.pick(['Unit Penanggung Jawab', 'Perangkat Daerah Penanggung Jawab', 'Unit Kerja']), 'unit'), ...(rng.chance(0.5) ? [leaf('Keterangan', 'ket')] : [])];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  if (rng.chance(0.75)) writeNumbering(d, row++, nodes, layout, rng.chance(0.2) ? 0 : 1, rng.chance(0.7));

  const tree = programmeTree(rng, { programs: [1, 3], kegiatan: [1, 2], sub: [1, 3] });
  const { placed, rowOf, next } = placeTree(tree, row, rng, 0.25);
  const c = layout.col;
  const at = (r: number, key: string): Pos => ({ row: r, col: c[key] });
  const indicators = drawIndicators(rng, 14);
  const unit = rng.pick(['Dinas Sosial', 'Bidang Rehabilitasi Sosial', 'Sekretariat', 'Bidang Pemberdayaan Sosial']);
  const capRows: Pos[] = [];
  const rpDecimals = 0;
  const kpct = rng.pick([2, 2, 0]);
  placed.forEach((p, i) => {
    const r = p.row;
    const ind = indicators[i % indicators.length];
    writeIdentity(d, r, layout, id, p.item, p.path, i + 1);
    d.text(r, c.ind, ind.name);
    d.text(r, c.unit, unit);
    const children = p.item.children.map((ch) => rowOf.get(ch)!);
    const bold = id.boldParents && children.length > 0;
    // K: the indicator's own quantities.
    const kT = drawTarget(rng, ind);
    const k = (key: string, spec: { input?: number; expr?: Expr; check?: 'sum' | 'capaian' }, decimals = ind.decimals) =>
      d.num(r, c[`${key}_k`], { unit: spec.check === 'capaian' ? 'pct' : 'k', decimals, ...(spec.input !== undefined ? { input: spec.input } : {}), ...(spec.expr ? { expr: spec.expr, relation: { check: spec.check!, accept: spec.check === 'capaian' ? ['ratio'] : ['sum'] } } : {}), bold });
    const renstraK = ind.additive ? Math.round(kT * rng.real(4, 5)) : ind.lower ? Math.max(1, Math.round(kT * 0.9)) : ind.percent ? Math.min(100, Math.round(kT * 1.1)) : Math.round(kT * 1.1);
    k('renstra', { input: renstraK });
    const realK = drawRealisasi(rng, ind, kT);
    const lalu = ind.additive ? Math.round(kT * rng.real(2, 3)) : drawRealisasi(rng, ind, kT);
    k('lalu', { input: lalu });
    k('target', { input: kT });
    const parts = ind.additive ? split(rng, realK, 4, ind.decimals) : [null, null, null, realK];
    parts.forEach((v, q) => (v === null ? undefined : k(`tw${q + 1}`, { input: v })));
    k('real', { expr: sumOf([1, 2, 3, 4].filter((q) => parts[q - 1] !== null).map((q) => at(r, `tw${q}_k`))), check: 'sum' });
    capRows.push(k('cap', { expr: capaianExpr(ind, at(r, 'real_k'), at(r, 'target_k')), check: 'capaian' }, kpct));
    if (ind.additive) k('kum', { expr: plus(ref(at(r, 'lalu_k')), ref(at(r, 'real_k'))), check: 'sum' });
    else k('kum', { input: realK });
    if (!ind.lower) k('capkum', { expr: percentOf(at(r, 'kum_k'), at(r, 'renstra_k')), check: 'capaian' }, kpct);
    // Rp: inputs on the leaves, sums of the children on the parents.
    const rp = (key: string, leafValue: () => number, own?: Expr) => {
      const p2 = at(r, `${key}_rp`);
      if (own) d.num(r, p2.col, { unit: 'rp', decimals: rpDecimals, expr: own, relation: { check: 'sum', accept: ['difference'] }, bold });
      else if (children.length) d.num(r, p2.col, { unit: 'rp', decimals: rpDecimals, expr: sumOf(children.map((x) => at(x, `${key}_rp`))), relation: { check: 'sum' }, bold });
      else d.num(r, p2.col, { unit: 'rp', decimals: rpDecimals, input: leafValue() });
    };
    const pagu = rupiah(rng, 5e7, 1.5e9);
    const spent = Math.round(pagu * rng.real(0.6, 0.99));
    const quarters = split(rng, spent, 4, 0);
    rp('renstra', () => rupiah(rng, pagu * 4, pagu * 6));
    rp('lalu', () => rupiah(rng, pagu * 2, pagu * 3));
    rp('target', () => pagu);
    quarters.forEach((v, q) => rp(`tw${q + 1}`, () => v));
    rp('real', () => spent, children.length && rng.chance(0.5) ? undefined : sumOf([1, 2, 3, 4].map((q) => at(r, `tw${q}_rp`))));
    d.num(r, c.cap_rp, { unit: 'pct', decimals: 2, expr: percentOf(at(r, 'real_rp'), at(r, 'target_rp')), relation: { check: 'ratio', accept: ['capaian'] }, bold });
    rp('kum', () => 0, plus(ref(at(r, 'lalu_rp')), ref(at(r, 'real_rp'))));
    d.num(r, c.capkum_rp, { unit: 'pct', decimals: 2, expr: percentOf(at(r, 'kum_rp'), at(r, 'renstra_rp')), relation: { check: 'ratio', accept: ['capaian'] }, bold });
  });
  if (c.sasaran !== undefined) {
    d.text(placed[0].row, c.sasaran, rng.pick(['Meningkatnya kesejahteraan sosial masyarakat', 'Meningkatnya kualitas pelayanan sosial']));
    if (rng.chance(0.5)) d.merge(placed[0].row, c.sasaran, next - 1, c.sasaran);
  }
  let foot = next + (rng.chance(0.3) ? 1 : 0);
  if (rng.chance(0.6)) {
    d.text(foot, layout.left, rng.pick(['Jumlah', 'JUMLAH', 'Total', '']), { bold: true });
    d.merge(foot, layout.left, foot, c.ind);
    for (const key of ['renstra', 'lalu', 'target', 'tw1', 'tw2', 'tw3', 'tw4', 'real', 'kum']) d.num(foot, c[`${key}_rp`], { unit: 'rp', decimals: 0, expr: sumOf(tree.map((t) => at(rowOf.get(t)!, `${key}_rp`))), relation: { check: 'sum' }, bold: true });
    d.num(foot, c.cap_rp, { unit: 'pct', decimals: 2, expr: percentOf(at(foot, 'real_rp'), at(foot, 'target_rp')), relation: { check: 'ratio', accept: ['capaian'] }, bold: true });
    d.num(foot, c.capkum_rp, { unit: 'pct', decimals: 2, expr: percentOf(at(foot, 'kum_rp'), at(foot, 'renstra_rp')), relation: { check: 'ratio', accept: ['capaian'] }, bold: true });
    foot++;
  }
  if (rng.chance(0.5)) {
    d.text(foot, layout.left, 'Rata-rata Capaian Kinerja (%)', { bold: true });
    d.merge(foot, layout.left, foot, c.ind);
    const avg = d.num(foot, c.cap_k, { unit: 'pct', decimals: kpct, expr: meanOf(capRows), relation: { check: 'average' }, bold: true });
    d.text(foot + 1, layout.left, 'Predikat Kinerja', { bold: true });
    d.merge(foot + 1, layout.left, foot + 1, c.ind);
    d.label(foot + 1, c.cap_k, avg, PERMENDAGRI86);
  }
  return d;
}

export const renja86Family: Family = { id: 'renja86', title: 'Evaluasi Renja Permendagri 86/2017 (K/Rp per periode, TW I–IV)', build };
