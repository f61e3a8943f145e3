/**
 * (f) Rencana aksi: each indicator with its annual target, target per triwulan, realisasi per
 * triwulan and capaian per triwulan (realisasi ÷ target of that triwulan). Laid out by block
 * (all targets, then all realisasi, then all capaian) or by triwulan (Target | Realisasi | Capaian
 * under each TW). Quarterly targets of a count add up to the annual target; those of a percentage
 * are cumulative, the fourth being the annual target.
 */
import { SheetDraft } from '../draft';
import { sumOf, type Pos } from '../expr';
import type { BuildContext, Family } from '../family';
import { capaianExpr, drawIndicators, drawRealisasi, drawTarget, split } from '../indicators';
import { group, leaf, writeCaption, writeHeader, writeNumbering, type HeaderNode } from '../layout';
import { AGENCIES, HEADERS, yearWord } from '../vocabulary';

const TW = ['I', 'II', 'III', 'IV'];

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const left = rng.int(0, 2);
  const yv = rng.int(0, 4);
  let row = writeCaption(d, rng.int(0, 2), left, [`${rng.pick(['Rencana Aksi', 'Rencana Aksi Kinerja', 'Monitoring Rencana Aksi Perjanjian Kinerja'])} ${yearWord(year, yv)}`, ...(rng.chance(0.5) ? [rng.pick(AGENCIES)] : [])]);
  row += rng.int(1, 2);
  const tw = (q: number) => rng.pick([`TW ${TW[q]}`, `Triwulan ${TW[q]}`, TW[q]]);
  const byBlock = rng.chance(0.5);
  const capWord = rng.pick(['Capaian (%)', 'Capaian', '%']);
  const numeric: HeaderNode[] = byBlock
    ? [
        group(rng.pick(['Target', 'Target Triwulan']), [0, 1, 2, 3].map((q) => leaf(tw(q), `t${q}`))),
        group(rng.pick(['Realisasi', 'Realisasi Triwulan']), [0, 1, 2, 3].map((q) => leaf(tw(q), `r${q}`))),
        group(rng.pick(['Capaian (%)', 'Capaian Triwulan (%)']), [0, 1, 2, 3].map((q) => leaf(tw(q), `c${q}`))),
      ]
    : [0, 1, 2, 3].map((q) => group(tw(q), [leaf('Target', `t${q}`), leaf('Realisasi', `r${q}`), leaf(capWord, `c${q}`)]));
  const nodes: HeaderNode[] = [
    leaf(rng.pick(['No', 'No.']), 'no'),
    leaf(rng.pick([...HEADERS.indikator, 'Sasaran/Indikator Kinerja']), 'ind'),
    leaf(rng.pick(HEADERS.satuan), 'satuan'),
    leaf(`Target ${yearWord(year, yv)}`, 'annual', { yearLabel: (y) => `Target ${yearWord(y, yv)}` }),
    ...(rng.chance(0.3) ? [group(rng.pick(['Rencana Aksi dan Realisasi', `Triwulan Tahun ${year}`]), numeric)] : numeric),
  ];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  if (rng.chance(0.4)) writeNumbering(d, row++, nodes, layout, rng.chance(0.2) ? 0 : 1, false);
  const c = layout.col;
  const decimals = rng.pick([2, 2, 0]);
  drawIndicators(rng, rng.int(3, 8)).forEach((ind, i) => {
    d.num(row, c.no, { unit: 'k', decimals: 0, input: i + 1 });
    d.text(row, c.ind, ind.name);
    d.text(row, c.satuan, ind.satuan);
    const annual = drawTarget(rng, ind);
    const at = (key: string): Pos => ({ row, col: c[key] });
    let targets: number[];
    if (ind.additive) {
      targets = split(rng, annual, 4, ind.decimals);
      d.num(row, c.annual, { unit: 'k', decimals: ind.decimals, expr: sumOf([0, 1, 2, 3].map((q) => at(`t${q}`))), relation: { check: 'sum' } });
    } else {
      const start = ind.lower ? annual * rng.real(1.05, 1.2) : annual * rng.real(0.7, 0.9);
      targets = [0, 1, 2, 3].map((q) => Math.round((start + ((annual - start) * (q + 1)) / 4) * 10 ** ind.decimals) / 10 ** ind.decimals);
      d.num(row, c.annual, { unit: 'k', decimals: ind.decimals, input: annual });
    }
    targets.forEach((t, q) => {
      const tAt = d.num(row, c[`t${q}`], { unit: 'k', decimals: ind.decimals, input: t });
      if (t === 0) return;
      const rAt = d.num(row, c[`r${q}`], { unit: 'k', decimals: ind.decimals, input: drawRealisasi(rng, ind, t) });
      d.num(row, c[`c${q}`], { unit: 'pct', decimals, expr: capaianExpr(ind, rAt, tAt), relation: { check: 'capaian', accept: ['ratio'] } });
    });
    row++;
  });
  return d;
}

export const renaksiFamily: Family = { id: 'renaksi', title: 'Rencana aksi (target, realisasi dan capaian per triwulan)', build };
