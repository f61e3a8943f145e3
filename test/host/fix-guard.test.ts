/**
 * "Perbaiki" replaces what the check read and nothing the user typed since: a fix carries the value
 * it expects, and the host refuses the whole change when the cell holds something else now.
 */
import { fixForFinding } from '../../src/core/changes/fix';
import { MemoryHost } from '../../src/host/memory';
import { loadFixture } from '../support/fixtures';
import { sisaE21 } from '../support/sample-findings';

it('writes the expected sisa when E21 still holds the printed 11.809.165, and refuses once the user changed it', async () => {
  const model = await loadFixture('tanjungpinang-2024');
  const sheet = model.sheets.find((s) => s.name === 'Realisasi Anggaran')!;
  // E21 holds a formula in the fixture; as typed values (a pasted table) it can be fixed.
  sheet.cells[20][4] = { v: 11809165, fmt: '#,##0' };
  const host = new MemoryHost(model);
  const fix = fixForFinding(sisaE21, sheet.cells[20][4])!;
  expect(fix).toMatchObject({ cell: 'E21', value: 25070365, expect: 11809165 });

  const edited = new MemoryHost(await host.read());
  await edited.apply({ label: 'Pengguna mengetik', writes: [{ sheet: 'Realisasi Anggaran', cell: 'E21', value: 25000000 }] }, { allowOverwrite: true });
  await expect(edited.apply({ label: 'Perbaiki E21', writes: [fix] }, { allowOverwrite: true })).rejects.toMatchObject({ code: 'changed', cells: ["'Realisasi Anggaran'!E21"] });
  expect((await edited.read()).sheets.find((s) => s.name === 'Realisasi Anggaran')!.cells[20][4]!.v).toBe(25000000);

  await host.apply({ label: 'Perbaiki E21', writes: [fix] }, { allowOverwrite: true });
  expect((await host.read()).sheets.find((s) => s.name === 'Realisasi Anggaran')!.cells[20][4]!.v).toBe(25070365);
});
