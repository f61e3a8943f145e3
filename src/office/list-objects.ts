/** Excel tables (ListObjects) next to the cells a change writes. */
import { HostError } from '../host/types';
import { parseArea } from './addresses';
import { hasContent, listCells } from './runs';
import type { Run } from './runs';

/** The sheet of a sheet-qualified address: `'Realisasi Anggaran'!A1:D9` → `Realisasi Anggaran`. */
function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Content written in the column right of an Excel table (ListObject) or the row below it makes
 * Excel extend the table and may fill a formula down its whole column ("calculated column"),
 * changing cells this change did not record. Such a change is refused before anything is written.
 */
export function refuseNextToListObjects(runs: Run[], tables: { name: string; address: string }[]): void {
  for (const table of tables) {
    const area = parseArea(table.address);
    if (!area) continue;
    const sheet = sheetOfAddress(table.address);
    const cells = runs
      .filter((r) => r.sheet === sheet && hasContent(r.writes[0]))
      .flatMap((r) => r.writes.map((w, i) => ({ cell: w.cell, row: r.top + i, col: r.col })))
      .filter(({ row, col }) => {
        const right = col === area.right + 1 && row >= area.top && row <= area.bottom;
        const below = row === area.bottom + 1 && col >= area.left && col <= area.right;
        return right || below;
      })
      .map((x) => x.cell);
    if (cells.length > 0) {
      throw new HostError(
        `Sel tujuan ${listCells(cells)} bersebelahan dengan tabel Excel "${table.name}" (${table.address}); Excel akan memperluas tabel itu ` +
          'dan dapat mengisi rumus ke seluruh kolomnya. Tidak ada yang diubah. Pilih kolom yang berjarak satu kolom kosong dari tabel.',
        'failed',
        cells,
      );
    }
  }
}
