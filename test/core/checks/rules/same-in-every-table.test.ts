import { crossTableRule } from '../../../../src/core/checks/cross-table';
import { sheet, workbook } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';

const PK = sheet('PK', [
  ['Perjanjian Kinerja Tahun 2024'],
  ['No', 'Program', 'Anggaran (Rp)'],
  [1, 'Program Rehabilitasi Sosial', 36592500],
  [2, 'Program Perlindungan dan Jaminan Sosial', 244970000],
]);
const realisasi = (name: string, pagu2: number) =>
  sheet(name, [
    [`Realisasi Anggaran Tahun 2024`],
    ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'],
    [1, 'PROGRAM REHABILITASI SOSIAL.', 36592500, 36274000, 99.13],
    [2, 'program perlindungan dan jaminan sosial', pagu2, 219899635, Math.round((219899635 / pagu2) * 10000) / 100],
  ]);

// domain.md §7: the PK pagu against the realisation table's pagu.
ruleTester.run(crossTableRule, {
  valid: [{ name: 'the same pagu in the PK and the realisation table', model: workbook([PK, realisasi('Anggaran', 244970000)]) }],
  invalid: [
    {
      // Budget amounts: the realisation table outvotes the plan, which may predate a revision (APBD-P).
      name: 'the PK and the realisation table disagree: a warning on the PK',
      model: workbook([PK, realisasi('Anggaran', 254970000)]),
      errors: [{ sheet: 'PK', cell: 'C4', messageId: 'differsRevision', severity: 'warning' }],
    },
    {
      name: 'two realisation tables against a third: its pagu and its penyerapan',
      model: workbook([realisasi('Anggaran', 244970000), realisasi('Efisiensi', 244970000), realisasi('Lampiran', 254970000)]),
      errors: [
        { sheet: 'Lampiran', cell: 'C4', messageId: 'differs', severity: 'error' },
        { sheet: 'Lampiran', cell: 'E4', messageId: 'differs', severity: 'error' },
      ],
    },
  ],
});
