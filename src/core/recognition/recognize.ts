import { columnIndex, rangeAddress } from '../model/address';
import type { WorkbookModel } from '../model/workbook';
import type { CheckOptions } from '../options';
import { parseIntervalText } from '../scales/parse-interval';
import { resolveColumns } from './columns';
import { gridOf, type Grid } from './grid';
import { tableKind } from './kind';
import { legendScales } from './legends';
import { classifyRows } from './rows';
import { findTableBlocks, headerColumns, isComputedColumn, type RawColumn, type TableBlock } from './tables';
import type { ColumnRole, Recognition, RecognizedTable, TableColumn } from './types';
import { detectReportYear } from './year';

interface Found {
  grid: Grid;
  block: TableBlock;
  raw: RawColumn[];
}

/** A rating-scale table: one column of interval text ("76 s/d <90", "> 85") beside a label column. */
function scaleColumns(grid: Grid, block: TableBlock): { interval: number; label: number } | null {
  const { left, right } = block.header;
  for (let c = left; c <= right; c++) {
    let intervals = 0;
    let rows = 0;
    for (let r = block.bodyTop; r <= block.bodyBottom; r++) {
      const t = grid.text(r, c);
      if (!t) continue;
      rows++;
      if (/[<>≤≥=]|s\/d|\\leq|\\geq/.test(t) && parseIntervalText(t)) intervals++;
    }
    if (intervals >= 3 && intervals * 2 >= rows) {
      for (let l = c + 1; l <= right; l++) {
        if (/[a-z]{3}/i.test(grid.text(block.bodyTop, l))) return { interval: c, label: l };
      }
    }
  }
  return null;
}

function toTable(found: Found, year: number | null, roleOverrides?: Record<string, ColumnRole | ''>): RecognizedTable {
  const { grid, block, raw } = found;
  const scale = scaleColumns(grid, block);
  let columns: TableColumn[] = resolveColumns(grid, raw, block.bodyTop, block.bodyBottom, year);
  if (scale) {
    columns = columns.filter((c) => c.col !== scale.interval && c.col !== scale.label);
    columns.push(
      { col: scale.interval, role: 'interval', header: grid.shown(block.header.bottom, scale.interval) },
      { col: scale.label, role: 'predikat', header: grid.shown(block.header.bottom, scale.label) },
    );
    columns.sort((a, b) => a.col - b.col);
  }
  if (roleOverrides) columns = withRoleOverrides(columns, roleOverrides);
  const roles = new Set<ColumnRole>(columns.map((c) => c.role));
  const skip = new Set([...block.repeatedHeaderRows, ...block.spacerRows]);
  const rows = classifyRows(grid, block.bodyTop, block.bodyBottom, skip, columns);
  const { header } = block;
  const right = Math.max(header.right, ...columns.map((c) => c.col));
  return {
    id: tableId(found),
    sheet: grid.sheet.name,
    kind: tableKind(roles, !!scale),
    area: { top: header.top, left: header.left, bottom: block.bodyBottom, right },
    header: { ...header, bottom: block.numberingRow ?? header.bottom },
    ...(block.numberingRow !== null ? { numberingRow: block.numberingRow } : {}),
    caption: block.caption.map((c) => c.text),
    captionCells: block.caption.map(({ row, col }) => ({ row, col })),
    columns,
    rows,
  };
}

/** Finds every table on every sheet, with its columns, rows and the report year. */
export function recognizeWorkbook(model: WorkbookModel, options: CheckOptions = {}): Recognition {
  const found: Found[] = [];
  for (const sheet of model.sheets) {
    const grid = gridOf(sheet);
    for (const block of findTableBlocks(grid)) found.push({ grid, block, raw: headerColumns(grid, block) });
  }
  const detected = detectReportYear({
    fileName: model.name,
    sheetNames: model.sheets.map((s) => s.name),
    captions: found.flatMap((f) => f.block.caption.map((c) => c.text)),
    headerYears: found.flatMap((f) => f.raw.filter((c) => c.role === 'target' && c.year).map((c) => c.year as number)),
  });
  const year = options.year ?? detected;
  const overrides = new Map((options.overrides ?? []).map((o) => [o.tableId, o]));
  const tables: RecognizedTable[] = [];
  for (const f of found) {
    const o = overrides.get(tableId(f));
    if (o?.ignore) continue;
    tables.push(toTable(f, year, o?.roles));
  }
  // Scales printed as a legend beside or under the tables.
  for (const sheet of model.sheets) {
    const taken = tables.filter((t) => t.sheet === sheet.name).map((t) => t.area);
    for (const legend of legendScales(gridOf(sheet), taken)) if (!overrides.get(legend.id)?.ignore) tables.push(legend);
  }
  return { year, tables };
}

/** `sheet!A5:G6`: the header area without the columns Cermat added, so the id survives adding them. */
function tableId({ grid, block, raw }: Found): string {
  const h = block.header;
  let right = h.right;
  while (right > h.left && isComputedColumn(raw.find((c) => c.col === right)?.leaf ?? '')) right--;
  return `${grid.sheet.name}!${rangeAddress(h.top, h.left, h.bottom, right)}`;
}

/** The user's corrections: column letter → role ('' removes the column's role). */
function withRoleOverrides(columns: TableColumn[], roles: Record<string, ColumnRole | ''>): TableColumn[] {
  const out = [...columns];
  for (const [letter, role] of Object.entries(roles)) {
    const col = columnIndex(letter);
    const i = out.findIndex((c) => c.col === col);
    const header = i >= 0 ? out[i].header : letter;
    if (i >= 0) out.splice(i, 1);
    if (role) out.push({ col, role, header });
  }
  return out.sort((a, b) => a.col - b.col);
}
