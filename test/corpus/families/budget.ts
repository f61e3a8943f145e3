/**
 * (d) Budget realisation table: Kode, Program/Kegiatan/Sub Kegiatan, Pagu, Realisasi, Sisa, %;
 * parents and the Jumlah row add up their children; sisa = pagu − realisasi; % = realisasi / pagu.
 */
import { SheetDraft } from '../draft';
import { minus, percentOf, ref, sumOf, type Pos } from '../expr';
import { placeTree, rupiah, type BuildContext, type Family } from '../family';
import { drawIdentity, identityHeader, programmeTree, writeIdentity } from '../hierarchy';
import { group, leaf, TOTAL_LABELS, writeCaption, writeHeader, writeNumbering, type HeaderNode } from '../layout';
import type { Rng } from '../prng';
import { AGENCIES, HEADERS, yearWord } from '../vocabulary';

function build({ rng, year, plan, sheetName }: BuildContext): SheetDraft {
  const d = new SheetDraft(sheetName, year, plan, rng.fork('styles'));
  const top = rng.int(0, 3);
  const left = rng.int(0, 2);
  const yv = rng.int(0, 4);
  let row = writeCaption(d, top, left, [
    ...(rng.chance(0.5) ? [`Tabel 3.${rng.int(1, 30)}`] : []),
    `${rng.pick(['Realisasi Anggaran per Program', 'Pagu dan Realisasi Anggaran', 'Realisasi Anggaran Program, Kegiatan dan Sub Kegiatan'])} ${yearWord(year, yv)}`,
    ...(rng.chance(0.5) ? [rng.pick(AGENCIES)] : []),
  ]);
  row += rng.int(1, 2);

  const id = drawIdentity(rng);
  const hasSisa = rng.chance(0.8);
  const hasPct = !hasSisa || rng.chance(0.85);
  const pagu = leaf(rng.pick(HEADERS.pagu), 'pagu');
  const real = leaf(rng.pick(HEADERS.realisasiAnggaran), 'real');
  const sisa = leaf(rng.pick(HEADERS.sisa), 'sisa', { rule: (n) => `${n('pagu')} - ${n('real')}` });
  const pct = leaf(rng.pick(HEADERS.penyerapan), 'pct', { rule: (n) => `${n('real')}/${n('pagu')}x100` });
  const tail = rng.chance(0.5) ? [...(hasSisa ? [sisa] : []), ...(hasPct ? [pct] : [])] : [...(hasPct ? [pct] : []), ...(hasSisa ? [sisa] : [])];
  const shape = rng.int(0, 3);
  let numeric: HeaderNode[];
  if (shape === 0) numeric = [pagu, real, ...tail];
  else if (shape === 1) numeric = [group(rng.pick(['Anggaran (Rp)', 'Anggaran', `Anggaran ${yearWord(year, yv)}`]), [pagu, real, ...(hasSisa ? [sisa] : [])]), ...(hasPct ? [pct] : [])];
  else if (shape === 2 && hasPct) numeric = [pagu, group('Realisasi', [leaf(rng.pick(['Rp', '(Rp)', 'Jumlah (Rp)']), 'real'), leaf('%', 'pct', { rule: pct.rule })]), ...(hasSisa ? [sisa] : [])];
  else numeric = [group(`Tahun Anggaran ${year}`, [pagu, real, ...tail], { yearLabel: (y) => `Tahun Anggaran ${y}` })];
  const nodes = [...identityHeader(id, rng.pick(HEADERS.uraian), rng), ...numeric];
  const layout = writeHeader(d, row, left, nodes);
  row = layout.bottom + 1;
  const numbering = rng.chance(0.6) ? { start: rng.chance(0.2) ? 0 : 1, rules: rng.chance(0.5) } : null;
  if (numbering) writeNumbering(d, row++, nodes, layout, numbering.start, numbering.rules);

  const tree = programmeTree(rng, { programs: [1, 4], kegiatan: [1, 3], sub: [1, 4] });
  // Printed reports repeat the header rows after a page break, inside the table.
  const headerRows = layout.bottom - layout.top + 1 + (numbering ? 1 : 0);
  const { placed, rowOf, next, breakAt } = placeTree(tree, row, rng, 0.3, rng.chance(0.15) ? headerRows : 0);
  if (breakAt !== undefined) {
    writeHeader(d, breakAt, left, nodes, true);
    if (numbering) writeNumbering(d, breakAt + headerRows - 1, nodes, layout, numbering.start, numbering.rules);
  }
  const c = layout.col;
  const at = (r: number, key: string): Pos => ({ row: r, col: c[key] });
  const parentSisaBySum = rng.chance(0.5);
  const pctDecimals = rng.pick([2, 2, 2, 1, 0]);
  const writeMoney = (r: number, childRows: number[] | null, bold: boolean) => {
    if (childRows) {
      d.num(r, c.pagu, { unit: 'rp', decimals: 0, expr: sumOf(childRows.map((x) => at(x, 'pagu'))), relation: { check: 'sum' }, bold });
      d.num(r, c.real, { unit: 'rp', decimals: 0, expr: sumOf(childRows.map((x) => at(x, 'real'))), relation: { check: 'sum' }, bold });
    } else {
      const p = rupiah(rng, 5e6, 2e9);
      d.num(r, c.pagu, { unit: 'rp', decimals: 0, input: p });
      const spent = rng.chance(0.05) ? 0 : Math.round(p * rng.real(0.55, 1));
      d.num(r, c.real, { unit: 'rp', decimals: 0, input: spent, notAbove: at(r, 'pagu') });
    }
    if (hasSisa) {
      if (childRows && parentSisaBySum) d.num(r, c.sisa, { unit: 'rp', decimals: 0, expr: sumOf(childRows.map((x) => at(x, 'sisa'))), relation: { check: 'sum', accept: ['difference'] }, bold });
      else d.num(r, c.sisa, { unit: 'rp', decimals: 0, expr: minus(ref(at(r, 'pagu')), ref(at(r, 'real'))), relation: { check: 'difference', accept: ['sum'] }, bold });
    }
    if (hasPct) d.num(r, c.pct, { unit: 'pct', decimals: pctDecimals, expr: percentOf(at(r, 'real'), at(r, 'pagu')), relation: { check: 'ratio', accept: ['capaian'] }, bold });
  };
  for (const p of placed) {
    writeIdentity(d, p.row, layout, id, p.item, p.path, placed.filter((q) => q.row <= p.row && q.item.children.length === 0).length);
    writeMoney(p.row, p.item.children.length ? p.item.children.map((ch) => rowOf.get(ch)!) : null, id.boldParents && p.item.children.length > 0);
  }
  const totalRow = next + (rng.chance(0.2) ? 1 : 0);
  const label = rng.pick(TOTAL_LABELS);
  if (label) d.text(totalRow, layout.left, label, { bold: true });
  if (rng.chance(0.5)) d.merge(totalRow, layout.left, totalRow, c.name);
  writeMoney(totalRow, tree.map((t) => rowOf.get(t)!), true);
  if (rng.chance(0.35)) writeRecap(d, totalRow + rng.int(2, 4), layout.left, tree.map((t) => ({ name: t.name, row: rowOf.get(t)! })), c, rng);
  return d;
}

/**
 * A second table stacked under the first: the programmes again with their pagu and realisasi
 * (copied from the table above — a cross-table candidate), the absorption and a total.
 */
function writeRecap(d: SheetDraft, top: number, left: number, programs: { name: string; row: number }[], from: Record<string, number>, rng: Rng): void {
  let row = writeCaption(d, top, left, [rng.pick(['Rekapitulasi Realisasi Anggaran per Program', 'Ringkasan per Program'])]) + 1;
  const nodes = [leaf('No', 'no'), leaf('Program', 'name'), leaf(rng.pick(HEADERS.pagu), 'pagu'), leaf(rng.pick(HEADERS.realisasiAnggaran), 'real'), leaf(rng.pick(HEADERS.penyerapan), 'pct')];
  const layout = writeHeader(d, row, left, nodes);
  const c = layout.col;
  row = layout.bottom + 1;
  const first = row;
  programs.forEach((p, i) => {
    d.num(row, c.no, { unit: 'k', decimals: 0, input: i + 1 });
    d.text(row, c.name, p.name);
    for (const key of ['pagu', 'real']) d.num(row, c[key], { unit: 'rp', decimals: 0, expr: ref({ row: p.row, col: from[key] }), relation: { check: 'cross-table' } });
    d.num(row, c.pct, { unit: 'pct', decimals: 2, expr: percentOf({ row, col: c.real }, { row, col: c.pagu }), relation: { check: 'ratio', accept: ['capaian'] } });
    row++;
  });
  d.text(row, c.name, rng.pick(['Jumlah', 'Total']), { bold: true });
  const rows = Array.from({ length: programs.length }, (_, i) => first + i);
  for (const key of ['pagu', 'real']) d.num(row, c[key], { unit: 'rp', decimals: 0, expr: sumOf(rows.map((r) => ({ row: r, col: c[key] }))), relation: { check: 'sum' }, bold: true });
  d.num(row, c.pct, { unit: 'pct', decimals: 2, expr: percentOf({ row, col: c.real }, { row, col: c.pagu }), relation: { check: 'ratio', accept: ['capaian'] }, bold: true });
}

export const budgetFamily: Family = { id: 'anggaran', title: 'Realisasi anggaran (Kode, Program/Kegiatan, Pagu, Realisasi, Sisa, %)', build };
