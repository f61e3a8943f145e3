/**
 * Adding Cermat's columns to a recognised table, then recognising the workbook again: the table keeps
 * its id (so the user's saved corrections still apply) and nothing is offered twice.
 */
import { planComputedColumns } from '../../../src/core/compute';
import { checkWorkbook } from '../../../src/core/periksa';
import { MemoryHost } from '../../../src/host/memory';
import { loadFixture } from '../../support/fixtures';

it('keeps the table id and plans nothing more once the computed columns are in', async () => {
  const host = new MemoryHost(await loadFixture('tanjungpinang-2024'));
  const before = checkWorkbook(await host.read()).recognition.tables.find((t) => t.id === 'Efisiensi!A5:I6')!;
  expect(before.kind).toBe('kinerja');
  const sheet = (await host.read()).sheets.find((s) => s.name === 'Efisiensi')!;
  const plan = planComputedColumns(sheet, before);
  expect(plan.blocking).toEqual([]);
  await host.apply(plan);

  const after = checkWorkbook(await host.read()).recognition.tables.find((t) => t.id === 'Efisiensi!A5:I6');
  expect(after).toBeDefined();
  expect(after!.columns.filter((c) => c.role === 'capaian').map((c) => c.col)).toEqual(before.columns.filter((c) => c.role === 'capaian').map((c) => c.col));
  const again = planComputedColumns((await host.read()).sheets.find((s) => s.name === 'Efisiensi')!, after!);
  expect(again.columns).toEqual([]);
  expect(again.message).toMatch(/sudah ada/);
});
