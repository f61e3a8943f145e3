/**
 * Findings and a recognised table as the checker reports them for the sample workbook
 * (assets/contoh/tanjungpinang-2024.xlsx, sheet "Realisasi Anggaran"): real cells, real numbers.
 */
import type { RecognizedTable } from '../../src/core/recognition/types';
import type { Finding, TableSummary } from '../../src/core/report';
import { sisaE21 } from '../support/sample-findings';

export const RA = 'Realisasi Anggaran';

export { sisaE21 };

export const sumE30: Finding = {
  sheet: RA,
  cell: 'E30',
  check: 'sum',
  severity: 'error',
  message: 'Jumlah 4.260.000 tidak sama dengan jumlah rincian E31:E35 = 6.260.000',
  expected: 6260000,
  actual: 4260000,
};

export const capaianG9: Finding = {
  sheet: 'Kinerja Sasaran 3',
  cell: 'G9',
  check: 'capaian',
  severity: 'error',
  message: 'Capaian 100 % tidak sama dengan realisasi 83,25 ÷ target 90 × 100 = 92,50 %',
  expected: 92.5,
  actual: 100,
};

export const roundingH7: Finding = {
  sheet: 'Capaian IKU',
  cell: 'H7',
  check: 'capaian',
  severity: 'info',
  message: 'Capaian 114,44 % sesuai dalam pembulatan (114,4426 %)',
  expected: 114.4426,
  actual: 114.44,
};

export const summaries: TableSummary[] = [
  { sheet: RA, range: 'A5:F99', kind: 'anggaran', header: 'A5:F6', columns: { no: 'A', uraian: 'B', pagu: 'C', realisasi_anggaran: 'D', sisa: 'E', penyerapan: 'F' } },
  { sheet: 'Kinerja Sasaran 3', range: 'A5:G9', kind: 'kinerja', header: 'A5:G5', columns: { target: 'E', realisasi: 'F', capaian: 'G' } },
];

export const budgetTable: RecognizedTable = {
  id: `${RA}!A5:F6`,
  sheet: RA,
  kind: 'anggaran',
  area: { top: 4, left: 0, bottom: 98, right: 5 },
  header: { top: 4, left: 0, bottom: 5, right: 5 },
  caption: ['Tabel 3.16', 'Pagu dan Realisasi Anggaran Dinas Sosial'],
  columns: [
    { col: 0, role: 'no', header: 'NO' },
    { col: 1, role: 'uraian', header: 'PROGRAM/KEGIATAN/SUB KEGIATAN' },
    { col: 2, role: 'pagu', header: 'RENCANA', group: 'ANGGARAN BELANJA TAHUN 2024' },
    { col: 3, role: 'realisasi_anggaran', header: 'REALISASI', group: 'ANGGARAN BELANJA TAHUN 2024' },
    { col: 4, role: 'sisa', header: 'SISA PAGU', group: 'ANGGARAN BELANJA TAHUN 2024' },
    { col: 5, role: 'penyerapan', header: '(%)', group: 'ANGGARAN BELANJA TAHUN 2024' },
  ],
  rows: [
    { row: 6, type: 'data', level: 0, parent: null, label: 'Program Penunjang Urusan Pemerintahan Daerah Kab/Kota' },
    { row: 7, type: 'data', level: 1, parent: 6, label: 'Administrasi Keuangan Perangkat Daerah' },
    { row: 8, type: 'data', level: 2, parent: 7, label: 'Penyediaan Gaji dan Tunjangan ASN' },
  ],
};
