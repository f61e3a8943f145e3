/** Whole-workbook parts of a change: the report sheet and the workbook names. */
import { parseAddress } from '../core/model/address';
import type { NameDefinition } from '../host/types';
import { sameFormula } from './formula-text';
import type { Content, SheetState } from './journal';
import { bounded, jsonBytes, PAYLOAD_BUDGET, step } from './payload';
import type { Step } from './payload';
import { previousContent } from './state';

/**
 * The steps that write a sheet: add it (or, when it `exists`, clear it: `Worksheet.delete` cannot be
 * undone with Ctrl+Z and empties the user's undo stack, "Undo support in Excel add-ins"), then its
 * rows in blocks of bounded size and its links.
 */
export function sheetSteps(
  context: Excel.RequestContext,
  name: string,
  rows: Content[][],
  exists: boolean,
  at = 'A1',
  links: { cell: string; target: string }[] = [],
): Step[] {
  const sheet = (): Excel.Worksheet => context.workbook.worksheets.getItem(name);
  const steps: Step[] = [
    step(4, name, () => {
      if (!exists) {
        context.workbook.worksheets.add(name);
        return;
      }
      // "All" clears contents and formats; hyperlinks are cleared explicitly in case "All" leaves them.
      const all = sheet().getRange();
      all.clear('All');
      all.clear('Hyperlinks');
    }),
  ];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const origin = parseAddress(at) ?? { row: 0, col: 0 };
  const grid = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  let top = 0;
  for (const block of bounded(grid, jsonBytes, PAYLOAD_BUDGET / 4)) {
    const row = origin.row + top;
    steps.push(step(3, block, () => void (sheet().getRangeByIndexes(row, origin.col, block.length, width).formulas = block)));
    top += block.length;
  }
  if (rows.length > 0) steps.push(step(3, null, () => sheet().getRangeByIndexes(origin.row, origin.col, rows.length, width).format.autofitColumns()));
  // "Range.hyperlink" / RangeHyperlink.textToDisplay: without it Excel may show the link's address instead of the cell's text.
  for (const link of links) {
    const at = parseAddress(link.cell);
    const shown = at ? grid[at.row - origin.row]?.[at.col - origin.col] : undefined;
    const textToDisplay = typeof shown === 'string' ? shown.replace(/^'/, '') : String(shown ?? '');
    const hyperlink = { documentReference: link.target, textToDisplay };
    steps.push(step(3, hyperlink, () => void (sheet().getRange(link.cell).hyperlink = hyperlink)));
  }
  return steps;
}

export function nameSteps(context: Excel.RequestContext, defs: (NameDefinition | null)[], existing: Map<string, Excel.NamedItem>): Step[] {
  return defs.flatMap((def) => {
    if (!def) return [];
    return [
      step(3, def, () => {
        const item = existing.get(def.name.toUpperCase());
        if (item && !item.isNullObject) item.delete();
        context.workbook.names.add(def.name, def.formula, def.comment);
      }),
    ];
  });
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

/**
 * Whether an existing name may be replaced without asking: it has the same formula (compared
 * loosely: Excel may return a name's formula rewritten) or it is Cermat's own (the same comment).
 */
export function sameName(item: Excel.NamedItem, def: NameDefinition): boolean {
  const comment = item.comment ?? '';
  if (def.comment && comment === def.comment) return true;
  return sameFormula(item.formula, def.formula) && comment === (def.comment ?? '');
}
