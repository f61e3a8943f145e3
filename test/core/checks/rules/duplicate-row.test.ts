import { duplicateRule } from '../../../../src/core/checks/duplicate';
import { ruleTester } from './rule-tester';

const HEADER = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'];
const REHABILITASI = ['Program Rehabilitasi Sosial', 36592500, 36274000, 99.13];
const PERLINDUNGAN = ['Program Perlindungan dan Jaminan Sosial', 244970000, 219899635, 89.77];

ruleTester.run(duplicateRule, {
  valid: [{ name: 'two different programs', rows: [HEADER, [1, ...REHABILITASI], [2, ...PERLINDUNGAN]] }],
  invalid: [
    {
      name: 'a program copied twice',
      rows: [HEADER, [1, ...REHABILITASI], [2, ...PERLINDUNGAN], [3, ...PERLINDUNGAN]],
      errors: [{ cell: 'A4', messageId: 'duplicate', severity: 'info' }],
    },
  ],
});
