/**
 * Merged areas of the sheets being read. `Range.getMergedAreasOrNullObject` fails when the range
 * holds more than 512 merged areas ("Range.getMergedAreasOrNullObject", learn.microsoft.com/
 * javascript/api/excel/excel.range), and one failing call fails its whole sync. So: first one call
 * per read area, all in one sync (no block boundary can cut a merge); if that fails, every area in
 * blocks of at most 1.024 cells (a merged area covers at least two cells: a block holds at most
 * 512), in one sync; if that still fails, sheet by sheet, and a sheet that fails again is read
 * without merges, with a notice for the user.
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

/** Queues the merged-area calls of a target: one per area (`blockCells` Infinity) or per block of rows. */
function queueBlocks(target: MergeTarget, blockCells: number): Excel.RangeAreas[] {
  const out: Excel.RangeAreas[] = [];
  for (const a of target.areas) {
    const width = a.right - a.left + 1;
    const rows = Math.max(1, Math.floor(blockCells / width));
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

/** Queues the calls of all targets and syncs once; null when the sync failed. */
async function tryAll(context: Excel.RequestContext, targets: MergeTarget[], blockCells: number): Promise<Map<string, Area[]> | null> {
  const all = targets.map((t) => ({ t, blocks: queueBlocks(t, blockCells) }));
  try {
    await context.sync();
  } catch {
    return null;
  }
  return new Map(all.map(({ t, blocks }) => [t.name, collect(blocks)]));
}

/** Merged areas per sheet name; `failed` lists the sheets read without them. */
export async function readMerges(context: Excel.RequestContext, targets: MergeTarget[]): Promise<{ merges: Map<string, Area[]>; failed: string[] }> {
  const withAreas = targets.filter((t) => t.areas.length > 0);
  if (withAreas.length === 0) return { merges: new Map(), failed: [] };
  const whole = (await tryAll(context, withAreas, Infinity)) ?? (await tryAll(context, withAreas, BLOCK_CELLS));
  if (whole) return { merges: whole, failed: [] };
  const merges = new Map<string, Area[]>();
  const failed: string[] = [];
  for (const t of withAreas) {
    const one = await tryAll(context, [t], BLOCK_CELLS);
    if (one) merges.set(t.name, one.get(t.name) ?? []);
    else failed.push(t.name);
  }
  return { merges, failed };
}
