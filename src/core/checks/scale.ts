/** scale: a printed rating scale with gaps, overlaps or nothing above 100. */
import { validateScale } from '../scales';
import { cellOf } from './context';
import type { Rule } from './rule';

const messages = {
  // validateScale words the issue, with the bounds and labels of the intervals it concerns.
  issue: '{issue}',
};

export const scaleRule: Rule<keyof typeof messages> = {
  meta: {
    id: 'scale',
    name: 'scale-bands',
    label: 'Skala',
    description: 'Memeriksa skala predikat yang tercetak di buku kerja: setiap nilai dari 0 ke atas, juga di atas 100 %, masuk tepat satu rentang.',
    messages,
  },
  create: (ctx) => ({
    workbook() {
      for (const { scale, table } of ctx.workbookScales) {
        if (!table) continue;
        for (const issue of validateScale(scale)) {
          const row = scale.intervals[issue.index]?.row;
          if (row === undefined) continue;
          const severity = issue.kind === 'above-100' ? 'warning' : 'error';
          ctx.report({ table, cell: cellOf(row, table.area.left), severity, messageId: 'issue', data: { issue: issue.message } });
        }
      }
    },
  }),
};
