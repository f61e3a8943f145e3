/** Excel tables (ListObjects) next to the cells a change writes. */
import { columnLetter } from '../core/model/address';
import { HostError } from '../host/types';
import { parseArea } from './addresses';
import { hasContent, listCells } from './runs';
import type { Run } from './runs';

/** The sheet of a sheet-qualified address: `'Realisasi Anggaran'!A1:D9` → `Realisasi Anggaran`. */
export function sheetOfAddress(address: string): string {
  const sheet = address.slice(0, address.lastIndexOf('!'));
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * Content written in the column right of an Excel table (ListObject) or the row below it makes
 * Excel extend the table and may fill a formula down its whole column ("calculated column"),
 * changing cells this change did not record. Such a change is refused before anything is written;
 * for columns right of a table the error offers the first column that keeps one empty column
 * between (`startColumn`), where the same columns can be added without touching the table.
 */
export function refuseNextToListObjects(runs: Run[], tables: { name: string; address: string }[]): void {
  for (const table of tables) {
    const area = parseArea(table.address);
    if (!area) continue;
    const sheet = sheetOfAddress(table.address);
    const touching = runs
      .filter((r) => r.sheet === sheet && hasContent(r.writes[0]))
      .flatMap((r) => r.writes.map((w, i) => ({ cell: w.cell, row: r.top + i, col: r.col })))
      .map((x) => ({ ...x, right: x.col === area.right + 1 && x.row >= area.top && x.row <= area.bottom, below: x.row === area.bottom + 1 && x.col >= area.left && x.col <= area.right }))
      .filter((x) => x.right || x.below);
    if (touching.length === 0) continue;
    const cells = touching.map((x) => x.cell);
    const start = area.right + 2;
    const offer = touching.every((x) => x.right)
      ? ` Tidak ada yang diubah. Tambahkan kolom itu mulai kolom ${columnLetter(start)}, satu kolom kosong dari tabel.`
      : ' Tidak ada yang diubah. Pilih sel yang berjarak satu kolom atau satu baris kosong dari tabel.';
    throw new HostError(
      `Sel tujuan ${listCells(cells)} bersebelahan dengan tabel Excel "${table.name}" (${table.address}); Excel akan memperluas tabel itu ` +
        `dan dapat mengisi rumus ke seluruh kolomnya.${offer}`,
      'failed',
      cells,
      touching.every((x) => x.right) ? start : undefined,
    );
  }
}
