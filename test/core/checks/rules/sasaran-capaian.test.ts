import { groupCapaianRule } from '../../../../src/core/checks/group-capaian';
import { ruleTester } from './rule-tester';

const table = (sasaranCapaian: number) => [
  ['No', 'Sasaran / Indikator', 'Target', 'Realisasi', 'Capaian (%)'],
  ['1', 'Meningkatnya rehabilitasi sosial PPKS', null, null, sasaranCapaian],
  ['1.a', 'Persentase PPKS yang tertangani', 90, 83.25, 92.5],
  ['1.b', 'Persentase lansia terlantar terlayani', 100, 100, 100],
  ['2', 'Meningkatnya perlindungan sosial', null, null, 101.41],
  ['2.a', 'Persentase fakir miskin yang mendapat bantuan', 66.04, 66.97, 101.41],
];

// domain.md §3: the capaian of a sasaran is the mean of its indicators' capaian, or mean realisasi ÷ mean target.
ruleTester.run(groupCapaianRule, {
  valid: [
    { name: 'the mean of 92,5 and 100 (96,25)', rows: table(96.25) },
    { name: 'mean realisasi ÷ mean target (91,625 ÷ 95 = 96,45)', rows: table(96.45) },
  ],
  invalid: [{ name: '98 matches neither', rows: table(98), errors: [{ cell: 'E2', messageId: 'recomputedDiffers', severity: 'error' }] }],
});
