import { yearRule } from '../../../../src/core/checks/year';
import { sheet, workbook } from '../../../support/grid-builder';
import { ruleTester } from './rule-tester';

const PPKS = [1, 'Persentase PPKS yang tertangani', 90, 83.25, 92.5];

ruleTester.run(yearRule, {
  valid: [
    { name: 'target and realisasi of the report year', rows: [['Capaian Kinerja Tahun 2024'], ['No', 'Indikator', 'Target Thn 2024', 'Realisasi Thn 2024', 'Capaian'], PPKS] },
    { name: 'a cumulative "Realisasi s/d 2023"', rows: [['No', 'Indikator', 'Target 2024', 'Realisasi s/d 2023', 'Target Akhir Renstra'], [1, 'Persentase PPKS yang tertangani', 85, 80, 100]] },
  ],
  invalid: [
    {
      // domain.md §7: "Realisasi Thn 2023" in the 2024 table.
      name: '"Realisasi Thn 2023" beside "Target Thn 2024"',
      rows: [['Capaian Kinerja Tahun 2024'], ['No', 'Indikator', 'Target Thn 2024', 'Realisasi Thn 2023', 'Capaian'], PPKS],
      errors: [{ cell: 'D2', messageId: 'header', severity: 'error' }],
    },
    {
      name: 'a caption of 2023 in a 2024 report',
      model: workbook(
        [
          sheet('A', [['Capaian Kinerja Tahun 2023'], ['No', 'Indikator', 'Target', 'Realisasi', 'Capaian'], PPKS]),
          sheet('B', [['Perjanjian Kinerja Tahun 2024'], ['No', 'Indikator', 'Target'], [1, 'Persentase PPKS yang tertangani', 90]]),
        ],
        'lkjip-2024.xlsx',
      ),
      errors: [{ sheet: 'A', cell: 'A1', messageId: 'caption', severity: 'warning' }],
    },
  ],
});
