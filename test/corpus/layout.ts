/**
 * Layout pieces every family uses: captions, merged header blocks of any depth, the numbering row
 * under a header (with the form's own formulas such as "14 = 13/8x100"), total-row labels and a
 * printed scale legend.
 */
import type { DraftPlan, Scale, SheetDraft } from './draft';
import type { Style } from './numbers';
import type { Rng } from './prng';

/** A header cell: a leaf is one column (`key`), a group spans its children. */
export interface HeaderNode {
  label: string;
  key?: string;
  children?: HeaderNode[];
  /** The label for a report year, when the label names the year (a year-check candidate). */
  yearLabel?: (year: number) => string;
  /** The numbering row gives this node one number over all its columns. */
  numbered?: boolean;
  /** The numbering row's formula for this node, from the numbers of other nodes: n('real') → 13. */
  rule?: (n: (key: string) => number) => string;
}

export const leaf = (label: string, key: string, more: Partial<HeaderNode> = {}): HeaderNode => ({ label, key, ...more });
export const group = (label: string, children: HeaderNode[], more: Partial<HeaderNode> = {}): HeaderNode => ({ label, children, ...more });

function depthOf(n: HeaderNode): number {
  return 1 + Math.max(0, ...(n.children ?? []).map(depthOf));
}

function leavesOf(n: HeaderNode): HeaderNode[] {
  return n.children ? n.children.flatMap(leavesOf) : [n];
}

export interface HeaderLayout {
  /** Column of each leaf key. */
  col: Record<string, number>;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Writes the header with merged group cells; leaves above the bottom row reach down to it. A
 * `repeated` header (after a page break) is printed the same but is no candidate for errors.
 */
export function writeHeader(d: SheetDraft, top: number, left: number, nodes: HeaderNode[], repeated = false): HeaderLayout {
  const depth = Math.max(...nodes.map(depthOf));
  const col: Record<string, number> = {};
  let next = left;
  const place = (n: HeaderNode, row: number): void => {
    const start = next;
    if (n.children) {
      n.children.forEach((c) => place(c, row + 1));
      d.merge(row, start, row, next - 1);
    } else {
      col[n.key!] = next++;
      d.merge(row, start, top + depth - 1, start);
    }
    const text = n.yearLabel ? n.yearLabel(d.year) : n.label;
    const yearLabel = n.yearLabel;
    const wrong = !repeated && yearLabel && { check: 'year' as const, text: (rng: Rng) => yearLabel(d.year + rng.pick([-1, -1, 1])), note: `header names another year than the report year ${d.year}` };
    if (text) d.text(row, start, text, { bold: true, ...(wrong ? { wrong } : {}) });
  };
  nodes.forEach((n) => place(n, top));
  return { col, top, bottom: top + depth - 1, left, right: next - 1 };
}

/** The "1 2 3 …" row under a header, starting at `start`; numbered groups get one merged number. */
export function writeNumbering(d: SheetDraft, row: number, nodes: HeaderNode[], layout: HeaderLayout, start: number, withRules: boolean): void {
  const units: HeaderNode[] = [];
  const collect = (n: HeaderNode) => (n.numbered || !n.children ? units.push(n) : n.children.forEach(collect));
  nodes.forEach(collect);
  const numberOf = new Map<string, number>();
  units.forEach((u, i) => leavesOf(u).forEach((l) => numberOf.set(l.key!, start + i)));
  units.forEach((u, i) => {
    const cols = leavesOf(u).map((l) => layout.col[l.key!]);
    const n = start + i;
    const c = Math.min(...cols);
    if (withRules && u.rule) d.text(row, c, `${n} = ${u.rule((k) => numberOf.get(k) ?? NaN)}`);
    else d.num(row, c, { unit: 'k', decimals: 0, input: n });
    d.merge(row, c, row, Math.max(...cols));
  });
}

/** Caption lines above a table; one of them names the report year. */
export function writeCaption(d: SheetDraft, row: number, col: number, lines: string[]): number {
  lines.forEach((l, i) => d.text(row + i, col, l, { bold: i === 0 }));
  return row + lines.length;
}

export const TOTAL_LABELS = ['Jumlah', 'JUMLAH', 'J U M L A H', 'Total', 'TOTAL', 'Jumlah Total', ''];

/**
 * A printed scale under a table ("≥ 91 : Sangat Tinggi", "76 s.d < 91 : Tinggi", …), gap-free. A
 * middle band can be printed one point short ("76 s.d < 90"), leaving a gap: a scale-check candidate,
 * blamed on that band's row, when no labelled value falls into the gap.
 */
export function writeLegend(d: SheetDraft, row: number, col: number, scale: Scale, rng: Rng): number {
  d.text(row, col, rng.pick(['Skala penilaian:', 'Keterangan:', 'Kriteria Penilaian Capaian', 'Skala Nilai Peringkat Kinerja']), { bold: true });
  const twoColumns = rng.chance(0.5);
  const pct = rng.chance(0.3) ? '%' : '';
  const form = rng.int(0, 2);
  const band = (from: number, upper: number) => [`${from}${pct} s.d < ${upper}${pct}`, `${from} ≤ x < ${upper}`, `${from}${pct} - < ${upper}${pct}`][form];
  scale.bands.forEach((b, i) => {
    const upper = i === 0 ? null : scale.bands[i - 1].from;
    const range = upper === null ? `≥ ${b.from}${pct}` : b.from === -Infinity ? `< ${upper}${pct}` : band(b.from, upper);
    const line = (r: string) => (twoColumns ? r : `${r} : ${b.label}`);
    const inGap = (v: number | null) => v !== null && upper !== null && v >= upper - 1 && v < upper;
    const wrong =
      upper !== null && Number.isFinite(b.from)
        ? {
            check: 'scale' as const,
            text: () => line(band(b.from, upper - 1)),
            applies: () => ![...d.entries.values()].some((e) => e.kind === 'label' && e.scale === scale && inGap(d.value(e.of))),
            note: `band "${b.label}" ends at ${upper - 1}, the next starts at ${upper}: a gap`,
          }
        : undefined;
    d.text(row + 1 + i, col, line(range), wrong ? { wrong } : {});
    if (twoColumns) d.text(row + 1 + i, col + 1, b.label);
  });
  return row + 1 + scale.bands.length;
}

/** A random way of writing the workbook's numbers. */
export function drawPlan(rng: Rng): DraftPlan {
  const formulas = rng.chance(0.5);
  const pct: Style = rng.pick(['typed', 'typed', 'fraction', 'text']);
  const styles = { rp: rng.pick<Style>(['typed', 'typed', 'text']), k: rng.pick<Style>(['typed', 'typed', 'text']), pct };
  return { formulas, styles, mixed: rng.chance(0.25), keepPrecision: !formulas && rng.chance(0.3) };
}
