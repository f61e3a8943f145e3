/** The rating scales printed in the workbook, read from its scale tables. */
import type { Recognition } from '../recognition/types';
import type { Grid } from '../recognition/grid';
import { splitIntervalLabel } from '../recognition/legends';
import { scaleFromRows } from '../scales';
import type { WorkbookScale } from './context';

export function workbookScales(recognition: Recognition, grid: (sheet: string) => Grid): WorkbookScale[] {
  return recognition.tables
    .filter((t) => t.kind === 'skala')
    .map((table) => {
      const g = grid(table.sheet);
      const interval = table.columns.find((c) => c.role === 'interval')!;
      const label = table.columns.find((c) => c.role === 'predikat');
      const rows = table.rows.filter((r) => r.type !== 'total' && g.text(r.row, interval.col) !== '');
      // A legend may print interval and label in one cell ("≥ 100 Sangat Berhasil").
      const entry = (row: number) => {
        const text = g.text(row, interval.col);
        if (label) return { text, label: g.shown(row, label.col) };
        return splitIntervalLabel(text) ?? { interval: text, label: '' };
      };
      const scale = scaleFromRows(
        rows.map((r) => {
          const e = entry(r.row);
          return { lower: null, upper: null, text: 'interval' in e ? e.interval : e.text, label: e.label };
        }),
        `${table.sheet} ${table.caption[0] ?? ''}`.trim(),
      );
      // Interval.row indexes `rows`; map it back to sheet rows for the findings.
      scale.intervals.forEach((i) => {
        if (i.row !== undefined) i.row = rows[i.row].row;
      });
      return { scale, table };
    });
}
