import { formatRule } from '../../../../src/core/checks/format';
import { ruleTester } from './rule-tester';

const HEADER = ['No', 'Program', 'Pagu (Rp)', 'Realisasi (Rp)', '%'];

ruleTester.run(formatRule, {
  valid: [
    {
      name: 'typed numbers and Indonesian text mixed in a column',
      rows: [HEADER, [1, 'Program Rehabilitasi Sosial', '1.500.000', 1300000, 86.67], [2, 'Program Perlindungan Sosial', 2000000, 1900000, 95]],
    },
  ],
  invalid: [
    {
      // domain.md §5 and §7: "14.90.000" is malformed, "1.100 %" ambiguous.
      name: '"14.90.000" and "1.100 %"',
      rows: [
        HEADER,
        [1, 'Program Rehabilitasi Sosial', '14.90.000', 1300000, 87.25],
        [2, 'Program Perlindungan Sosial', 2000000, 1900000, '1.100 %'],
        [3, 'Program Pemberdayaan Sosial', 3000000, 2700000, 90],
      ],
      errors: [
        { cell: 'C2', messageId: 'malformed', severity: 'error' },
        { cell: 'E3', messageId: 'ambiguous', severity: 'warning' },
      ],
    },
    {
      name: 'a column whose numbers are all stored as text',
      rows: [HEADER, [1, 'Program Rehabilitasi Sosial', '1.500.000', 1300000, 86.67], [2, 'Program Perlindungan Sosial', '2.000.000', 1900000, 95]],
      errors: [{ cell: 'C2', messageId: 'storedAsText', severity: 'info' }],
    },
  ],
});
