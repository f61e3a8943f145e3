import { efficiencyRule } from '../../../../src/core/checks/efficiency';
import { ruleTester } from './rule-tester';

const selisih = (second: number) => [
  ['No', 'Indikator', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Tingkat Efisiensi (%)'],
  [1, 'Persentase PPKS yang tertangani', 105.26, 87.11, 18.15],
  [2, 'Persentase lansia terlantar terlayani', 105.26, 87.11, second],
  [3, 'Persentase fakir miskin terlayani', 100, 90, 10],
];
const unspent = (third: number) => [
  ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Efisiensi (%)'],
  [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 0.87],
  [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 10.23],
  [3, 'Program Pemberdayaan Sosial', 100000000, 90000000, third],
];
const labels = (label: string) => [
  ['No', 'Program', 'Capaian Kinerja (%)', 'Penyerapan Anggaran (%)', 'Keterangan'],
  [1, 'Program Rehabilitasi Sosial', 105.26, 87.11, 'Efisien'],
  [2, 'Program Perlindungan Sosial', 92.5, 97.3, label],
];

// domain.md §3: the three meanings of efisiensi.
ruleTester.run(efficiencyRule, {
  valid: [
    { name: 'capaian − penyerapan: 105,26 − 87,11 = 18,15', rows: selisih(18.15) },
    { name: 'the unspent share: (100.000.000 − 90.000.000) ÷ 100.000.000 × 100 = 10', rows: unspent(10) },
    { name: 'labels: capaian 92,5 < 100 and penyerapan 97,3 above it is "Tidak efisien"', rows: labels('Tidak Efisien') },
  ],
  invalid: [
    { name: 'capaian − penyerapan printed 20 for 18,15', rows: selisih(20), errors: [{ cell: 'E3', messageId: 'differs', severity: 'error' }] },
    { name: 'the unspent share printed 15 for 10', rows: unspent(15), errors: [{ cell: 'E4', messageId: 'differs', severity: 'error' }] },
    {
      name: 'a column holding the absorption',
      rows: [
        ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', 'Efisiensi (%)'],
        [1, 'Program Rehabilitasi Sosial', 36592500, 36274000, 99.13],
        [2, 'Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77],
      ],
      errors: [
        { cell: 'E2', messageId: 'absorptionInstead', severity: 'warning' },
        { cell: 'E3', messageId: 'absorptionInstead', severity: 'warning' },
      ],
    },
    { name: '"Efisien" where capaian 92,5 < 100 and penyerapan 97,3', rows: labels('Efisien'), errors: [{ cell: 'E3', messageId: 'labelDiffers', severity: 'warning' }] },
  ],
});
