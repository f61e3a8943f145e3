/**
 * Header vocabulary → column roles (domain.md §6). A header is read as its own text (the lowest
 * header cell) under its group (the merged cell above), so "Realisasi" under "Anggaran (Rp)" is the
 * budget realisation and "K" under "Target" is the performance target.
 */
import type { ColumnRole } from './types';
import { normalize } from './text';

export interface HeaderText {
  /** Normalised header without years, "tahun", "(%)" and "(Rp)". */
  base: string;
  percent: boolean;
  rupiah: boolean;
  year: number | null;
}

export function readHeader(raw: string): HeaderText {
  let t = normalize(raw).replace(/\s*\/\s*/g, '/');
  if (t.replace(/\s/g, '').length <= 3) t = t.replace(/\s/g, '');
  const years = t.match(/\b20\d{2}\b/g);
  const year = years && new Set(years).size === 1 ? Number(years[0]) : null;
  // "Persentase" alone is a bare "%": its neighbours say what it is.
  const percent = /%/.test(t) || /^(persentase|prosentase)$/.test(t.replace(/[()%]/g, '').trim());
  const rupiah = /\brp\b/.test(t);
  const base = t
    .replace(/\b(tahun|s\/d|sd|saat ini)\b/g, ' ')
    .replace(/\b20\d{2}\b/g, ' ')
    .replace(/%/g, ' ')
    .replace(/\brp\b/g, ' ')
    .replace(/^\s*(persentase|prosentase)\s*$/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { base, percent, rupiah, year };
}

const MONEY_GROUP = /anggaran|keuangan|pagu|\brp\b|rupiah|belanja/;

type Rule = [RegExp, ColumnRole | ((h: HeaderText, group: HeaderText | null) => ColumnRole | null)];

const RULES: Rule[] = [
  [/^(no|nomor|no urut)$/, 'no'],
  [/^kode\b/, 'kode'],
  [/^(satuan|sat)\b/, 'satuan'],
  [/formula|rumus|definisi|difinisi/, 'formula'],
  [/capaian .*renstra|terhadap target akhir|thd target akhir/, 'capaian_renstra'],
  [/target awal|kondisi awal|baseline/, 'lainnya'],
  [/target (akhir )?renstra|target akhir/, 'target_renstra'],
  [/efisiensi/, (h) => (h.rupiah ? 'efisiensi_rp' : 'efisiensi')],
  [/^(selisih|deviasi) (fisik|kinerja|capaian)/, 'lainnya'],
  [/^(sisa|selisih|silpa)\b/, 'sisa'],
  [/penyerapan|serapan|capaian anggaran/, 'penyerapan'],
  [/^(predikat|kategori|interpretasi|keberhasilan|kegagalan)\b/, 'predikat'],
  [/^(ket|keterangan)$/, 'keterangan'],
  [/^(interval|skala|rentang)\b|^nilai$/, 'interval'],
  [/^(rata rata )?(capaian|tingkat capaian|nilai kinerja)\b/, (_h, g) => (g && MONEY_GROUP.test(g.base) ? 'penyerapan' : 'capaian')],
  [/^(pagu|alokasi|dpa|anggaran|target anggaran)\b/, 'pagu'],
  [/^realisasi (anggaran|keuangan)\b/, (h) => (h.percent ? 'penyerapan' : 'realisasi_anggaran')],
  // "Persentase Realisasi" is the capaian; in a budget-only table columns.ts makes it the absorption.
  [/^(persentase|prosentase) (capaian|realisasi kinerja\b|realisasi$)/, 'capaian'],
  [/^(persentase|prosentase) (penyerapan|realisasi anggaran|realisasi keuangan)\b/, 'penyerapan'],
  [/^rencana$/, (_h, g) => (g && MONEY_GROUP.test(g.base) ? 'pagu' : 'target')],
  [/^target\b/, (h, g) => (h.rupiah || (g && MONEY_GROUP.test(g.base) && !/realisasi|capaian/.test(g.base)) ? 'pagu' : 'target')],
  [/^(total |jumlah )?realisasi\b/, (h, g) => {
    if (h.rupiah || (g && MONEY_GROUP.test(g.base))) return h.percent ? 'penyerapan' : 'realisasi_anggaran';
    return 'realisasi';
  }],
  [/^(k|volume|vol|fisik)$/, (_h, g) => {
    if (!g) return null;
    // "Tingkat Capaian (%)" over K | Rp: the performance's capaian (the Rp beside it is the absorption);
    // "Realisasi Capaian Kinerja …" over them: the realisasi. The group's first words decide.
    if (/^realisasi/.test(g.base)) return 'realisasi';
    if (/^(tingkat |persentase )?capaian/.test(g.base) || g.percent) return /renstra|rpjmd|akhir periode/.test(g.base) ? 'capaian_renstra' : 'capaian';
    if (/realisasi/.test(g.base)) return 'realisasi';
    // "Target Kinerja … Renstra … (Akhir Periode)" over K | Rp: the Renstra's end target.
    if (/renstra|rpjmd|akhir periode/.test(g.base) && /target/.test(g.base)) return 'target_renstra';
    return /target|rencana/.test(g.base) ? 'target' : null;
  }],
  [/^(tujuan)\b/, 'tujuan'],
  [/^(sasaran)\b/, 'sasaran'],
  [/^(strategi|arah kebijakan)\b/, 'strategi'],
  [/^(indikator|iku|ikk)\b/, 'indikator'],
  [/^(program|kegiatan|sub kegiatan|uraian|jenis|urusan|anggaran$)/, 'uraian'],
  [/^jumlah\b/, 'jumlah'],
];

/** The role of a header given its group header (null when the header means nothing to us). */
export function roleOf(leaf: HeaderText, group: HeaderText | null): ColumnRole | null {
  // Bare "(Rp)" / "Rp" under a group: the group says what it is.
  // "Efisiensi" over Rp | %: the amount saved and the efficiency rate.
  if (leaf.base === '' && group && /efisiensi/.test(group.base) && (leaf.rupiah || leaf.percent)) return leaf.rupiah ? 'efisiensi_rp' : 'efisiensi';
  if (leaf.base === '' && leaf.rupiah && group) {
    if (/^realisasi/.test(group.base)) return 'realisasi_anggaran';
    if (/^(tingkat |persentase )?capaian/.test(group.base) || group.percent) return /renstra|rpjmd|akhir periode/.test(group.base) ? 'lainnya' : 'penyerapan';
    if (/realisasi/.test(group.base)) return 'realisasi_anggaran';
    if (/renstra|rpjmd|akhir periode/.test(group.base)) return 'lainnya';
    if (/target|pagu|anggaran|rencana/.test(group.base)) return 'pagu';
  }
  if (leaf.base === '' && leaf.percent) return null; // decided by position (see columns.ts)
  if (leaf.base === '' && leaf.year && group) {
    const g = roleOf(group, null);
    return g === 'realisasi' || g === 'target' || g === 'capaian' || g === 'pagu' ? g : null;
  }
  for (const [re, role] of RULES) {
    if (re.test(leaf.base)) {
      const r = typeof role === 'function' ? role(leaf, group) : role;
      if (r) return r;
    }
  }
  return null;
}

/** True when the text reads like a header cell: a known header word, a bare "%", "(Rp)" or a year. */
export function isHeaderLike(raw: string): boolean {
  if (raw.length > 140) return false;
  const h = readHeader(raw);
  if (h.base === '' && (h.percent || h.rupiah || h.year)) return true;
  // Also the words of periods and of monitoring exports: TW I, Triwulan II, Total, Fisik, Bobot, Deviasi, Progres.
  return roleOf(h, null) !== null || /^(k|rp|volume|vol)$/.test(h.base) || /^(tw|trw|triwulan|semester|total|fisik|keuangan|bobot|deviasi|progres)\b/.test(h.base);
}
