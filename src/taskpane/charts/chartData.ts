/** The points the Periksa charts draw, read from the recognised tables of the workbook. */
import type { SheetModel, WorkbookModel } from '../../core/model/workbook';
import { cellAt } from '../../core/model/workbook';
import type { ColumnRole, Recognition, RecognizedTable } from '../../core/recognition/types';
import { numberOf, readCell } from '../../core/recognition/values';
import { classify, type Scale } from '../../core/scales';

export interface CapaianBar {
  key: string;
  label: string;
  /** Percentage points. */
  value: number;
  predikat: string | null;
  /** 0 = the scale's best band; higher = worse; null when no band covers the value. */
  rank: number | null;
}

export interface EfficiencyPoint {
  key: string;
  label: string;
  capaian: number;
  penyerapan: number;
}

function columnOf(table: RecognizedTable, role: ColumnRole): number | undefined {
  return table.columns.find((c) => c.role === role)?.col;
}

function sheetOf(model: WorkbookModel, table: RecognizedTable): SheetModel | undefined {
  return model.sheets.find((s) => s.name === table.sheet);
}

function pointsAt(sheet: SheetModel, row: number, col: number): number | null {
  return numberOf(readCell(cellAt(sheet, row, col)));
}

/** Bands ordered best first: by lower bound, highest first. */
function bandRank(scale: Scale, label: string): number {
  const ordered = [...scale.intervals].sort((a, b) => (b.lower ?? -Infinity) - (a.lower ?? -Infinity));
  return ordered.findIndex((i) => i.label === label);
}

/** Capaian of every indicator row of the performance tables, with its predikat under `scale`. */
export function capaianBars(model: WorkbookModel, recognition: Recognition, scale: Scale): CapaianBar[] {
  const bars: CapaianBar[] = [];
  for (const table of recognition.tables) {
    const col = columnOf(table, 'capaian');
    const sheet = sheetOf(model, table);
    if (table.kind !== 'kinerja' || col === undefined || !sheet) continue;
    for (const row of table.rows) {
      if (row.type !== 'data') continue;
      const value = pointsAt(sheet, row.row, col);
      if (value === null) continue;
      const predikat = classify(scale, value);
      bars.push({
        key: `${table.id}:${row.row}`,
        label: row.label || `${table.sheet} baris ${row.row + 1}`,
        value,
        predikat,
        rank: predikat === null ? null : bandRank(scale, predikat),
      });
    }
  }
  return bars;
}

/** Capaian kinerja against penyerapan anggaran, from tables that hold both. */
export function efficiencyPoints(model: WorkbookModel, recognition: Recognition): EfficiencyPoint[] {
  const points: EfficiencyPoint[] = [];
  for (const table of recognition.tables) {
    const capaianCol = columnOf(table, 'capaian');
    const penyerapanCol = columnOf(table, 'penyerapan');
    const sheet = sheetOf(model, table);
    if (capaianCol === undefined || penyerapanCol === undefined || !sheet) continue;
    for (const row of table.rows) {
      if (row.type !== 'data') continue;
      const capaian = pointsAt(sheet, row.row, capaianCol);
      const penyerapan = pointsAt(sheet, row.row, penyerapanCol);
      if (capaian === null || penyerapan === null) continue;
      points.push({ key: `${table.id}:${row.row}`, label: row.label || `${table.sheet} baris ${row.row + 1}`, capaian, penyerapan });
    }
  }
  return points;
}
