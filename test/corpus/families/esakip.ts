/**
 * (c) e-SAKIP capaian export: Sasaran, Indikator, Satuan, Target, Realisasi, Capaian (%), Predikat;
 * lower-is-better indicators use the inverse formula; an optional "Rata-rata" row; the predicate
 * follows the Permendagri 86 scale or a scale legend printed under the table.
 */
import { SheetDraft } from '../draft';
import { meanOf, type Pos } from '../expr';
import type { BuildContext, Family } from '../family';
import { capaianExpr, drawIndicators, drawRealisasi, drawTarget, type Indicator } from '../indicators';
import { group, leaf, writeCaption, writeHeader, writeLegend, writeNumbering, type HeaderNode } from '../layout';
import { PERMENDAGRI86, PRINTED_SCALES } from '../scales';
import { AGENCIES, HEADERS, yearWord } from '../vocabulary';

const SASARAN = [
  'Meningkatnya kesejahteraan sosial masyarakat',
  'Meningkatnya kualitas penanganan penyandang masalah kesejahteraan sosial',
  'Meningkatnya akuntabilitas kinerja perangkat daerah',
  'Menurunnya angka kemiskinan',
  'Meningkatnya perlindungan sosial korban bencana',
];

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const left = rng.int(0, 2);
  const yv = rng.int(0, 4);
  let row = writeCaption(d, rng.int(0, 2), left, [
    `${rng.pick(['Capaian Kinerja Sasaran', 'Pengukuran Kinerja', 'Capaian Indikator Kinerja Utama', 'Laporan Capaian Kinerja'])} ${yearWord(year, yv)}`,
    ...(rng.chance(0.5) ? [rng.pick(AGENCIES)] : []),
  ]);
  row += rng.int(1, 2);

  const withYear = rng.chance(0.5);
  const target = leaf(rng.pick(HEADERS.target), 'target', withYear ? { yearLabel: (y) => `Target ${yearWord(y, yv)}` } : {});
  const real = leaf(rng.pick(HEADERS.realisasi), 'real', withYear ? { yearLabel: (y) => `Realisasi ${yearWord(y, yv)}` } : {});
  const cap = leaf(rng.pick(HEADERS.capaian), 'cap', { rule: (n) => `${n('real')}/${n('target')}x100` });
  const sasaranAsColumn = rng.chance(0.7);
  const ident: HeaderNode[] = [
    leaf(rng.pick(['No', 'No.']), 'no'),
    ...(sasaranAsColumn ? [leaf(rng.pick(HEADERS.sasaran), 'sasaran')] : []),
    ...(rng.chance(0.3) ? [group('Indikator Kinerja', [leaf('Uraian', 'ind'), leaf(rng.pick(HEADERS.satuan), 'satuan')])] : [leaf(rng.pick(HEADERS.indikator), 'ind'), leaf(rng.pick(HEADERS.satuan), 'satuan')]),
  ];
  const numbers = rng.chance(0.4) ? [group(`Kinerja ${yearWord(year, yv)}`, [leaf(rng.pick(HEADERS.target), 'target'), leaf(rng.pick(HEADERS.realisasi), 'real'), cap], { yearLabel: (y) => `Kinerja ${yearWord(y, yv)}` })] : [target, real, cap];
  const hasPredikat = rng.chance(0.8);
  const nodes = [...ident, ...numbers, ...(hasPredikat ? [leaf(rng.pick(HEADERS.predikat.slice(0, 4)), 'pred')] : [])];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  if (rng.chance(0.5)) writeNumbering(d, row++, nodes, layout, rng.chance(0.2) ? 0 : 1, rng.chance(0.5));
  const c = layout.col;
  const legend = rng.chance(0.4);
  const scale = legend ? rng.pick(PRINTED_SCALES) : PERMENDAGRI86;
  const capDecimals = rng.pick([2, 2, 1]);
  // Quantities typed with their unit ("120 Orang", "85,00 %"), as many reports print them.
  const withUnit = rng.chance(0.3);
  const caps: Pos[] = [];
  let no = 1;
  for (const sasaran of rng.shuffle(SASARAN).slice(0, rng.int(1, 4))) {
    const indicators: Indicator[] = drawIndicators(rng, rng.int(1, 3));
    if (!sasaranAsColumn) d.text(row++, c.ind, sasaran, { bold: true });
    const first = row;
    const repeat = rng.chance(0.3);
    for (const ind of indicators) {
      d.num(row, c.no, { unit: 'k', decimals: 0, input: no++ });
      if (sasaranAsColumn && (row === first || repeat)) d.text(row, c.sasaran, sasaran);
      d.text(row, c.ind, ind.name);
      d.text(row, c.satuan, ind.satuan);
      const t = drawTarget(rng, ind);
      const suffix = withUnit ? { suffix: ` ${ind.satuan}` } : {};
      const tAt = d.num(row, c.target, { unit: 'k', decimals: ind.decimals, input: t, ...suffix });
      const rAt = d.num(row, c.real, { unit: 'k', decimals: ind.decimals, input: drawRealisasi(rng, ind, t), ...suffix });
      const capAt = d.num(row, c.cap, { unit: 'pct', decimals: capDecimals, expr: capaianExpr(ind, rAt, tAt), relation: { check: 'capaian', accept: ['ratio'] } });
      caps.push(capAt);
      if (hasPredikat) d.label(row, c.pred, capAt, scale);
      row++;
    }
    if (sasaranAsColumn && !repeat) d.merge(first, c.sasaran, row - 1, c.sasaran);
    if (rng.chance(0.15)) row++;
  }
  if (rng.chance(0.5)) {
    d.text(row, layout.left, rng.pick(['Rata-rata', 'Rata-rata Capaian', 'RATA-RATA CAPAIAN KINERJA', 'Rata-rata capaian sasaran']), { bold: true });
    d.merge(row, layout.left, row, c.cap - 1);
    const avg = d.num(row, c.cap, { unit: 'pct', decimals: capDecimals, expr: meanOf(caps), relation: { check: 'average' }, bold: true });
    if (hasPredikat) d.label(row, c.pred, avg, scale);
    row++;
  }
  if (legend && hasPredikat) writeLegend(d, row + rng.int(1, 2), layout.left + 1, scale, rng);
  return d;
}

export const esakipFamily: Family = { id: 'esakip', title: 'Ekspor capaian e-SAKIP (Sasaran, Indikator, Target, Realisasi, Capaian, Predikat)', build };
