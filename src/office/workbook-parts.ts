/** Whole-workbook parts of a change: the report sheet and the workbook names. */
import type { NameDefinition } from '../host/types';
import type { Content, SheetState } from './journal';
import { previousContent } from './state';

export function queueSheet(context: Excel.RequestContext, name: string, rows: Content[][], at = 'A1', links: { cell: string; target: string }[] = []): void {
  const sheet = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  if (rows.length > 0) {
    const range = sheet.getRange(at).getResizedRange(rows.length - 1, width - 1);
    range.formulas = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
    range.format.autofitColumns();
  }
  for (const link of links) sheet.getRange(link.cell).hyperlink = { documentReference: link.target };
}

export function queueNames(context: Excel.RequestContext, defs: (NameDefinition | null)[], existing: Map<string, Excel.NamedItem>): void {
  for (const def of defs) {
    if (!def) continue;
    const item = existing.get(def.name.toUpperCase());
    if (item && !item.isNullObject) item.delete();
    context.workbook.names.add(def.name, def.formula, def.comment);
  }
}

/** What a replaced report sheet held (its used range, from its top-left cell), to bring it back on undo. */
export function previousSheet(name: string, used: Excel.Range | null): SheetState {
  if (!used || used.isNullObject) return { name, previous: null };
  const { formulas, values, valueTypes } = used;
  return {
    name,
    previous: formulas.map((row, i) => row.map((f, j) => previousContent(f, values[i][j], valueTypes[i][j]))),
    previousAddress: used.address.slice(used.address.lastIndexOf('!') + 1).split(':')[0],
  };
}

export function sameName(item: Excel.NamedItem, def: NameDefinition): boolean {
  return item.formula === def.formula && (item.comment ?? '') === (def.comment ?? '');
}
