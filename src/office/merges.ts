/**
 * Merged areas of the sheets being read. `Range.getMergedAreasOrNullObject` fails when the range
 * holds more than 512 merged areas ("Range.getMergedAreasOrNullObject", learn.microsoft.com/
 * javascript/api/excel/excel.range), so each sheet is asked in blocks of at most 1.024 cells (a
 * merged area covers at least two cells: a block can hold at most 512), all in one sync of their
 * own. If that sync still fails, each sheet is asked in its own sync and a sheet that fails again is
 * read without merges, with a notice for the user.
 */
import type { Area } from '../core/model/workbook';
import { parseAreas } from './addresses';

const BLOCK_CELLS = 1024;

export interface MergeTarget {
  name: string;
  sheet: Excel.Worksheet;
  /** The areas of the sheet that are read (0-based, inclusive). */
  areas: Area[];
}

function queueBlocks(target: MergeTarget): Excel.RangeAreas[] {
  const out: Excel.RangeAreas[] = [];
  for (const a of target.areas) {
    const width = a.right - a.left + 1;
    const rows = Math.max(1, Math.floor(BLOCK_CELLS / width));
    for (let top = a.top; top <= a.bottom; top += rows) {
      const merges = target.sheet.getRangeByIndexes(top, a.left, Math.min(rows, a.bottom - top + 1), width).getMergedAreasOrNullObject();
      merges.load('address');
      out.push(merges);
    }
  }
  return out;
}

/** The distinct merged areas the blocks returned (a merge across two blocks comes back from both). */
function collect(blocks: Excel.RangeAreas[]): Area[] {
  const seen = new Map<string, Area>();
  for (const b of blocks) {
    if (b.isNullObject) continue;
    for (const a of parseAreas(b.address)) seen.set(`${a.top},${a.left},${a.bottom},${a.right}`, a);
  }
  return [...seen.values()].sort((x, y) => x.top - y.top || x.left - y.left);
}

/** Merged areas per sheet name; `failed` lists the sheets read without them. */
export async function readMerges(context: Excel.RequestContext, targets: MergeTarget[]): Promise<{ merges: Map<string, Area[]>; failed: string[] }> {
  const merges = new Map<string, Area[]>();
  const withAreas = targets.filter((t) => t.areas.length > 0);
  const all = withAreas.map((t) => ({ t, blocks: queueBlocks(t) }));
  if (all.length === 0) return { merges, failed: [] };
  try {
    await context.sync();
    for (const { t, blocks } of all) merges.set(t.name, collect(blocks));
    return { merges, failed: [] };
  } catch {
    // One sheet's failure failed them all: ask sheet by sheet.
  }
  const failed: string[] = [];
  for (const t of withAreas) {
    const blocks = queueBlocks(t);
    try {
      await context.sync();
      merges.set(t.name, collect(blocks));
    } catch {
      failed.push(t.name);
    }
  }
  return { merges, failed };
}
