/**
 * Programme trees (Urusan > Program > Kegiatan > Sub Kegiatan) with Permendagri 90/2019 codes, and
 * the ways real exports mark the level of a row (domain.md §2): a code in one column or split over
 * several, dotted numbering, letters, level words in the name, bold and indent.
 */
import type { SheetDraft } from './draft';
import { leaf, group, type HeaderLayout, type HeaderNode } from './layout';
import type { Rng } from './prng';

export interface Item {
  /** 0 program, 1 kegiatan, 2 sub kegiatan. */
  level: number;
  name: string;
  /** Code parts: urusan, bidang, program, kegiatan, sub kegiatan. */
  parts: string[];
  children: Item[];
}

const PROGRAMS = [
  'Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
  'Pemberdayaan Sosial',
  'Rehabilitasi Sosial',
  'Perlindungan dan Jaminan Sosial',
  'Penanganan Bencana',
  'Pemberdayaan Masyarakat Desa',
  'Pengelolaan Taman Makam Pahlawan',
];
const KEGIATAN = [
  'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
  'Administrasi Keuangan Perangkat Daerah',
  'Administrasi Umum Perangkat Daerah',
  'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
  'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar',
  'Pemberdayaan Sosial Komunitas Adat Terpencil',
  'Perlindungan Sosial Korban Bencana Alam dan Sosial',
  'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
];
const SUB = [
  'Penyusunan Dokumen Perencanaan Perangkat Daerah',
  'Koordinasi dan Penyusunan Laporan Capaian Kinerja',
  'Penyediaan Gaji dan Tunjangan ASN',
  'Penyediaan Alat Tulis Kantor',
  'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
  'Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial',
  'Penyediaan Makanan',
  'Pemberian Pelayanan Reunifikasi Keluarga',
  'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga',
  'Pendataan dan Pengelolaan Data Fakir Miskin',
  'Penyediaan Permakanan',
  'Pemeliharaan Peralatan dan Mesin Lainnya',
];

const LEVEL_WORDS = ['Program', 'Kegiatan', 'Sub Kegiatan'];

/** A tree of 1–3 programmes (sometimes 5), each with kegiatan and sub kegiatan. */
export function programmeTree(rng: Rng, size: { programs: [number, number]; kegiatan: [number, number]; sub: [number, number] }): Item[] {
  const urusan = rng.pick([['1', '06'], ['1', '02'], ['2', '07'], ['1', '01']]);
  const programs = rng.shuffle(PROGRAMS).slice(0, rng.int(...size.programs));
  let sub = 0;
  return programs.map((p, i) => {
    const programPart = String(i + 1).padStart(2, '0');
    const kegiatan = rng.shuffle(KEGIATAN).slice(0, rng.int(...size.kegiatan));
    return {
      level: 0,
      name: p,
      parts: [...urusan, programPart],
      children: kegiatan.map((k, j) => ({
        level: 1,
        name: k,
        parts: [...urusan, programPart, `${rng.int(1, 2)}.${String(j + 1).padStart(2, '0')}`],
        children: rng
          .shuffle(SUB)
          .slice(0, rng.int(...size.sub))
          .map((s, n) => ({ level: 2, name: s, parts: [...urusan, programPart, `2.${String(j + 1).padStart(2, '0')}`, String(n + 1 + (sub++ % 3)).padStart(4, '0')], children: [] })),
      })),
    };
  });
}

export type Marking = 'code' | 'split' | 'dotted' | 'letters' | 'words' | 'format';
const MARKINGS: Marking[] = ['code', 'split', 'dotted', 'letters', 'words', 'format'];

export interface Identity {
  marking: Marking;
  levelWords: boolean;
  boldParents: boolean;
  indent: boolean;
}

export function drawIdentity(rng: Rng, markings: readonly Marking[] = MARKINGS): Identity {
  const marking = rng.pick(markings);
  return { marking, levelWords: marking === 'words' || rng.chance(0.4), boldParents: marking === 'format' || rng.chance(0.5), indent: marking === 'format' || rng.chance(0.3) };
}

/** The identifying header columns: No / Kode (one or split) / the name column labelled `nameLabel`. */
export function identityHeader(id: Identity, nameLabel: string, rng: Rng): HeaderNode[] {
  const no = leaf(rng.pick(['No', 'No.', 'NO']), 'no');
  const name = leaf(nameLabel, 'name');
  if (id.marking === 'code') return rng.chance(0.5) ? [no, leaf(rng.pick(['Kode', 'Kode Rekening', 'KODE']), 'code'), name] : [leaf('Kode', 'code'), name];
  if (id.marking === 'split') return [group('Kode', ['u', 'b', 'p', 'k', 's'].map((k) => leaf('', `code_${k}`))), name];
  return [no, name];
}

const letter = (n: number, upper: boolean) => String.fromCharCode((upper ? 65 : 97) + n);

/** Writes the identity cells of one row; `path` is the item's 0-based position at each level. */
export function writeIdentity(d: SheetDraft, row: number, layout: HeaderLayout, id: Identity, item: Item, path: number[], leafNumber: number): void {
  const c = layout.col;
  const name = id.levelWords ? `${LEVEL_WORDS[item.level]} ${item.name}` : item.name;
  const parent = item.children.length > 0;
  d.text(row, c.name, name, { bold: id.boldParents && parent, indent: id.indent ? item.level : 0 });
  if (id.marking === 'code') d.text(row, c.code, item.parts.join('.'), { bold: id.boldParents && parent });
  if (id.marking === 'split') item.parts.forEach((p, i) => d.text(row, c[`code_${['u', 'b', 'p', 'k', 's'][i]}`], p));
  if (c.no === undefined) return;
  if (id.marking === 'dotted') d.text(row, c.no, path.map((n) => n + 1).join('.'));
  else if (id.marking === 'letters') d.text(row, c.no, [letter(path[0], true), String(path[1] + 1), letter(path[2] ?? 0, false)][item.level] + '.');
  else if (!parent || id.marking === 'code') d.num(row, c.no, { unit: 'k', decimals: 0, input: leafNumber });
}
