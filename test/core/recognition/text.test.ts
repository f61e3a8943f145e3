import { buildMergeIndex, cellText, nameKey, normalize, singleYear } from '../../../src/core/recognition/text';
import { sheet } from '../../support/grid-builder';

describe('normalize', () => {
  it('lower-cases, drops punctuation (keeping % and /) and spells out abbreviations', () => {
    expect(normalize('  Realisasi  Thn. 2023 ')).toBe('realisasi tahun 2023');
    expect(normalize('Capaian thd Target (%)')).toBe('capaian terhadap target %');
    expect(normalize('J U M L A H')).toBe('jumlah');
    expect(normalize('Percentase')).toBe('persentase');
    expect(normalize('Program/Kegiatan')).toBe('program/kegiatan');
    expect(normalize('Uraian\u00a0Kegiatan')).toBe('uraian kegiatan');
  });
});

describe('nameKey: names matched across tables', () => {
  it('ignores case, punctuation, numbering and the level word', () => {
    const a = nameKey('1. Program Perlindungan dan Jaminan Sosial');
    expect(nameKey('PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL')).toBe(a);
    expect(nameKey('Perlindungan dan Jaminan Sosial.')).toBe(a);
    expect(nameKey('Program Rehabilitasi Sosial')).not.toBe(a);
  });

  it('treats "Kota" / "Kabupaten" as noise', () => {
    expect(nameKey('Rehabilitasi Sosial Kota')).toBe(nameKey('Rehabilitasi Sosial Kabupaten'));
  });
});

describe('singleYear', () => {
  it('reads one year, none for a range or two different years', () => {
    expect(singleYear('Perjanjian Kinerja Tahun 2024')).toBe(2024);
    expect(singleYear('Target 2024 dan realisasi 2024')).toBe(2024);
    expect(singleYear('Perbandingan Realisasi 2022 - 2024')).toBeNull();
    expect(singleYear('Realisasi 2022 s/d 2024')).toBeNull();
    expect(singleYear('Target 2023, realisasi 2024')).toBeNull();
    expect(singleYear('Tabel 3.1')).toBeNull();
  });
});

describe('cellText and merges', () => {
  it('gives blank for missing cells, the code for an error', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText({ v: null })).toBe('');
    expect(cellText({ v: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellText({ v: 12.5 })).toBe('12.5');
  });

  it('indexes every cell a merge covers', () => {
    const s = sheet('S', [['Anggaran (Rp)']], { merges: ['A1:C2'] });
    const idx = buildMergeIndex(s);
    expect(idx.get(1, 2)).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(idx.get(2, 0)).toBeUndefined();
  });
});
