/** scale: a printed rating scale with gaps, overlaps or nothing above 100. */
import { validateScale } from '../scales';
import type { Finding } from '../report';
import { cellOf, finding, type Check } from './context';

export const scaleCheck: Check = (ctx) =>
  ctx.workbookScales.flatMap(({ scale, table }) => {
    if (!table) return [];
    const out: Finding[] = [];
    for (const issue of validateScale(scale)) {
      const row = scale.intervals[issue.index]?.row;
      if (row === undefined) continue;
      const severity = issue.kind === 'above-100' ? 'warning' : 'error';
      out.push(finding(table, cellOf(row, table.area.left), 'scale', severity, issue.message));
    }
    return out;
  });
