/**
 * (e) Multi-year comparison: realisasi of the two previous years, target / realisasi / capaian of
 * the report year, the Renstra end target and the progress against it
 * (realisasi ÷ target akhir Renstra × 100). Previous years' headers name their own years; only the
 * report year's group can name a wrong one.
 */
import { SheetDraft } from '../draft';
import { percentOf } from '../expr';
import type { BuildContext, Family } from '../family';
import { capaianExpr, drawIndicators, drawRealisasi, drawTarget } from '../indicators';
import { group, leaf, writeCaption, writeHeader, writeNumbering, type HeaderNode } from '../layout';
import { AGENCIES, HEADERS, yearWord } from '../vocabulary';

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const left = rng.int(0, 2);
  const end = year + rng.int(0, 2);
  const yv = rng.int(0, 4);
  let row = writeCaption(d, rng.int(0, 2), left, [
    `${rng.pick(['Perbandingan Realisasi Kinerja', 'Perbandingan Capaian Kinerja Tahun Berjalan dengan Tahun Sebelumnya', 'Capaian Kinerja dan Perbandingannya'])} ${year - 2}–${year}`,
    ...(rng.chance(0.5) ? [rng.pick(AGENCIES)] : []),
  ]);
  row += rng.int(1, 2);
  const groupedPast = rng.chance(0.5);
  const past: HeaderNode[] = groupedPast
    ? [group('Realisasi', [leaf(`${year - 2}`, 'r2'), leaf(`${year - 1}`, 'r1')])]
    : [leaf(`Realisasi ${yearWord(year - 2, yv)}`, 'r2'), leaf(`Realisasi ${yearWord(year - 1, yv)}`, 'r1')];
  // A trap some reports set: the realisation headed "Capaian", the percentage "Tingkat Capaian (%)".
  const trap = rng.chance(0.15);
  const current = group(yearWord(year, yv), [leaf(rng.pick(HEADERS.target), 'target'), leaf(trap ? 'Capaian' : rng.pick(HEADERS.realisasi), 'real'), leaf(trap ? 'Tingkat Capaian (%)' : rng.pick(HEADERS.capaian), 'cap', { rule: (n) => `${n('real')}/${n('target')}x100` })], {
    yearLabel: (y) => yearWord(y, yv),
  });
  const renstra: HeaderNode[] = [
    leaf(rng.pick([`Target Akhir Renstra (${end})`, `Target Akhir Renstra ${end}`, 'Target Akhir Periode Renstra']), 'tr'),
    leaf(rng.pick(['Capaian s/d Tahun Ini terhadap Target Akhir Renstra (%)', 'Capaian thd Target Akhir Renstra (%)', 'Progres terhadap Target Renstra (%)']), 'crs', { rule: (n) => `${n('real')}/${n('tr')}x100` }),
  ];
  const nodes: HeaderNode[] = [
    leaf(rng.pick(['No', 'No.']), 'no'),
    ...(rng.chance(0.5) ? [leaf(rng.pick(HEADERS.sasaran), 'sasaran')] : []),
    leaf(rng.pick(HEADERS.indikator), 'ind'),
    leaf(rng.pick(HEADERS.satuan), 'satuan'),
    ...past,
    current,
    ...(rng.chance(0.8) ? renstra : []),
  ];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  if (rng.chance(0.5)) writeNumbering(d, row++, nodes, layout, rng.chance(0.2) ? 0 : 1, rng.chance(0.5));
  const c = layout.col;
  const decimals = rng.pick([2, 2, 0]);
  // Quantities typed with their unit ("120 Orang", "85,00 %"), as many reports print them.
  const withUnit = rng.chance(0.3);
  drawIndicators(rng, rng.int(3, 8), { lower: false }).forEach((ind, i) => {
    d.num(row, c.no, { unit: 'k', decimals: 0, input: i + 1 });
    if (c.sasaran !== undefined && i === 0) d.text(row, c.sasaran, rng.pick(['Meningkatnya kesejahteraan sosial masyarakat', 'Meningkatnya akuntabilitas kinerja']));
    d.text(row, c.ind, ind.name);
    d.text(row, c.satuan, ind.satuan);
    const t = drawTarget(rng, ind);
    d.num(row, c.r2, { unit: 'k', decimals: ind.decimals, input: drawRealisasi(rng, ind, t) });
    d.num(row, c.r1, { unit: 'k', decimals: ind.decimals, input: drawRealisasi(rng, ind, t) });
    const suffix = withUnit ? { suffix: ` ${ind.satuan}` } : {};
    const tAt = d.num(row, c.target, { unit: 'k', decimals: ind.decimals, input: t, ...suffix });
    const rAt = d.num(row, c.real, { unit: 'k', decimals: ind.decimals, input: drawRealisasi(rng, ind, t), ...suffix });
    d.num(row, c.cap, { unit: 'pct', decimals, expr: capaianExpr(ind, rAt, tAt), relation: { check: 'capaian', accept: ['ratio'] } });
    if (c.tr !== undefined) {
      const trAt = d.num(row, c.tr, { unit: 'k', decimals: ind.decimals, input: ind.percent ? Math.min(100, Math.round(t * 1.08)) : Math.round(t * rng.real(1.05, 1.3)) });
      d.num(row, c.crs, { unit: 'pct', decimals, expr: percentOf(rAt, trAt), relation: { check: 'capaian', accept: ['ratio'] } });
    }
    row += rng.chance(0.1) ? 2 : 1;
  });
  return d;
}

export const multiyearFamily: Family = { id: 'multiyear', title: 'Perbandingan multi-tahun (realisasi tahun lalu, capaian, target akhir Renstra)', build };
