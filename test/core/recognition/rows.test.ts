/** Row hierarchy: Permendagri codes, level words, numbering styles and the sheet's own SUM formulas. */
import { recognizeWorkbook } from '../../../src/core/recognition/recognize';
import { codeStyle, levelFromWords } from '../../../src/core/recognition/codes';
import { normalize } from '../../../src/core/recognition/text';
import type { RecognizedTable } from '../../../src/core/recognition/types';
import { oneSheet } from '../../support/grid-builder';

/** "row: level ← parent" per body row, 1-based rows as in Excel. */
function outline(t: RecognizedTable): string[] {
  return t.rows.map((r) => `${r.row + 1}:${r.type}:${r.level}<-${r.parent === null ? '-' : r.parent + 1}`);
}

describe('codeStyle', () => {
  it.each([
    ['1.06.01.2.07.0005', 'permendagri'],
    ['1.06.01', 'permendagri'],
    ['I', 'roman'],
    ['IV.', 'roman'],
    ['1', 'arabic'],
    ['1.', 'arabic'],
    ['1.1', 'dotted'],
    ['a.', 'letter'],
    ['1)', 'paren'],
    ['', 'none'],
  ])('%s → %s', (code, style) => {
    expect(codeStyle(code || undefined)).toBe(style);
  });
});

describe('levelFromWords', () => {
  it('Urusan −1, Program 0, Kegiatan 1, Sub Kegiatan 2, with numbering in front (of the normalised name)', () => {
    const level = (label: string) => levelFromWords(normalize(label));
    expect(level('Urusan Pemerintahan Bidang Sosial')).toBe(-1);
    expect(level('PROGRAM REHABILITASI SOSIAL')).toBe(0);
    expect(level('1. Kegiatan Rehabilitasi Sosial Dasar')).toBe(1);
    expect(level('Sub Kegiatan Penyediaan Permakanan')).toBe(2);
    expect(level('Persentase PPKS yang tertangani')).toBeNull();
  });
});

const HEADER = ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Pagu', 'Realisasi Anggaran', 'Sisa'];

describe('hierarchy from Permendagri codes', () => {
  const t = recognizeWorkbook(
    oneSheet([
      HEADER,
      ['1.06.01', 'Penunjang Urusan Pemerintahan Daerah', 300, 250, 50],
      ['1.06.01.2.07', 'Administrasi Kepegawaian', 300, 250, 50],
      ['1.06.01.2.07.0005', 'Pendidikan dan Pelatihan Pegawai', 100, 90, 10],
      ['1.06.01.2.07.0006', 'Sosialisasi Peraturan', 200, 160, 40],
      ['1.06.04', 'Rehabilitasi Sosial', 50, 40, 10],
      ['1.06.04.2.02', 'Rehabilitasi Sosial Dasar', 50, 40, 10],
    ]),
  ).tables[0];

  it('program 0, kegiatan 1, sub kegiatan 2, each under the row above its level', () => {
    expect(outline(t)).toEqual(['2:data:0<--', '3:data:1<-2', '4:data:2<-3', '5:data:2<-3', '6:data:0<--', '7:data:1<-6']);
    expect(t.rows[2].code).toBe('1.06.01.2.07.0005');
  });
});

describe('hierarchy from level words', () => {
  it('Program > Kegiatan > Sub Kegiatan without codes', () => {
    const t = recognizeWorkbook(
      oneSheet([
        ['No', 'Uraian', 'Pagu', 'Realisasi'],
        [1, 'Program Rehabilitasi Sosial', 300, 250],
        [null, 'Kegiatan Rehabilitasi Sosial Dasar', 300, 250],
        [null, 'Sub Kegiatan Penyediaan Permakanan', 100, 90],
        [null, 'Sub Kegiatan Penyediaan Sandang', 200, 160],
        [2, 'Program Perlindungan dan Jaminan Sosial', 50, 40],
        [null, 'Kegiatan Penanganan Bencana', 50, 40],
        [null, 'Jumlah', 350, 290],
      ]),
    ).tables[0];
    expect(outline(t)).toEqual(['2:data:0<--', '3:data:1<-2', '4:data:2<-3', '5:data:2<-3', '6:data:0<--', '7:data:1<-6', '8:total:0<--']);
  });
});

describe('hierarchy from numbering styles', () => {
  it('I. above 1. above a.', () => {
    const t = recognizeWorkbook(
      oneSheet([
        ['No', 'Uraian', 'Pagu', 'Realisasi'],
        ['I', 'Belanja Operasi', 300, 250],
        ['1', 'Belanja Pegawai', 100, 90],
        ['a.', 'Gaji dan Tunjangan', 100, 90],
        ['2', 'Belanja Barang dan Jasa', 200, 160],
      ]),
    ).tables[0];
    expect(outline(t)).toEqual(['2:data:0<--', '3:data:1<-2', '4:data:2<-3', '5:data:1<-2']);
  });
});

describe('hierarchy from the sheet\'s own SUM formulas', () => {
  it('a row whose pagu is SUM(C3:C4) is the parent of rows 3–4, whatever its name says', () => {
    const t = recognizeWorkbook(
      oneSheet(
        [
          ['No', 'Uraian', 'Pagu', 'Realisasi'],
          [1, 'Pelayanan Dasar', 300, 250],
          [2, 'Penyediaan Permakanan', 100, 90],
          [3, 'Penyediaan Sandang', 200, 160],
          [4, 'Pelayanan Lanjutan', 60, 50],
          [5, 'Pendampingan', 60, 50],
        ],
        { formulas: { C2: 'SUM(C3:C4)', D2: 'SUM(D3:D4)', C5: 'SUM(C6)' } },
      ),
    ).tables[0];
    expect(outline(t)).toEqual(['2:data:0<--', '3:data:1<-2', '4:data:1<-2', '5:data:0<--', '6:data:1<-5']);
  });
});

describe('indicator tables are flat; sasaran is carried down from a merged cell', () => {
  it('rows under a merged Sasaran get their own indicator as label', () => {
    const t = recognizeWorkbook(
      oneSheet(
        [
          ['No', 'Sasaran', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
          [1, 'Meningkatnya kesejahteraan PPKS', 'Persentase PPKS yang tertangani', 40.65, 35.52, 87.38],
          [2, null, 'Persentase lansia terlantar terlayani', 90, 83.25, 92.5],
        ],
        { merges: ['B2:B3'] },
      ),
    ).tables[0];
    expect(t.rows.map((r) => [r.row + 1, r.level, r.parent, r.label])).toEqual([
      [2, 0, null, 'Persentase PPKS yang tertangani'],
      [3, 0, null, 'Persentase lansia terlantar terlayani'],
    ]);
  });

  it('a row without numbers is a section, not data', () => {
    const t = recognizeWorkbook(
      oneSheet([
        ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'],
        ['A', 'Sasaran: Meningkatnya kesejahteraan PPKS', null, null, null],
        [1, 'Persentase PPKS yang tertangani', 40.65, 35.52, 87.38],
      ]),
    ).tables[0];
    expect(t.rows.map((r) => r.type)).toEqual(['section', 'data']);
  });
});

describe('formula edges never make a row its own ancestor', () => {
  /** The ancestors of each row, stopping at a repeat. */
  function hasCycle(t: RecognizedTable): boolean {
    const parent = new Map(t.rows.map((r) => [r.row, r.parent]));
    return t.rows.some((r) => {
      const seen = new Set<number>([r.row]);
      for (let p = r.parent; p !== null && p !== undefined; p = parent.get(p) ?? null) {
        if (seen.has(p)) return true;
        seen.add(p);
      }
      return false;
    });
  }

  // Found by the property tests: such formulas once made rows each other's ancestors, and sum.ts
  // recursed without end ("Maximum call stack size exceeded").
  it('two rows whose SUMs cover each other', () => {
    const t = recognizeWorkbook(
      oneSheet(
        [
          ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
          ['1.06.01', 'Program Rehabilitasi Sosial', 300, 250],
          ['1.06.01.2.01', 'Kegiatan Rehabilitasi Sosial Dasar', 100, 90],
          ['1.06.01.2.02', 'Kegiatan Rehabilitasi Sosial Lanjut', 200, 160],
        ],
        { formulas: { C2: 'SUM(C3:C4)', C4: 'SUM(C2:C3)' } },
      ),
    ).tables[0];
    expect(hasCycle(t)).toBe(false);
  });

  it('a SUM whose range spans its own row', () => {
    const t = recognizeWorkbook(
      oneSheet(
        [
          ['No', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)'],
          [1, 'Penyediaan Permakanan', 100, 90],
          [2, 'Pelayanan Rehabilitasi', 300, 250],
          [3, 'Penyediaan Sandang', 200, 160],
        ],
        { formulas: { C3: 'SUM(C2:C4)' } },
      ),
    ).tables[0];
    expect(t.rows.map((r) => r.parent === r.row)).toEqual([false, false, false]);
    expect(hasCycle(t)).toBe(false);
  });
});
