/**
 * Office.js adapter: round trips (context.sync calls) for reading workbooks and marking findings,
 * measured against the fake Excel API of test/office. On Excel on the web every sync is a network
 * round trip, so these counts must stay the same whatever the size. Times are of the fake only.
 */
import { OfficeHost } from '../../src/office/host';
import { journal } from '../../src/office/journal';
import type { Capabilities } from '../../src/office/runtime';
import type { FakeBook } from '../office/fake-excel';
import { makeBook, marks } from '../office/fake-workbooks';

const CAPS: Capabilities = { cellProperties: true, mergedAreas: true, notes: 'notes' };

async function measure(book: FakeBook, action: (host: OfficeHost) => Promise<unknown>): Promise<{ syncs: number; loads: number; ms: number }> {
  const host = new OfficeHost(book.run, { capabilities: CAPS, settings: null });
  const [syncs, loads] = [book.syncs, book.loads];
  const start = performance.now();
  await action(host);
  return { syncs: book.syncs - syncs, loads: book.loads - loads, ms: Math.round(performance.now() - start) };
}

export async function run(): Promise<void> {
  const reads: [number, number][] = [
    [2, 1_000],
    [10, 50_000],
    [4, 200_000],
  ];
  for (const [sheets, cells] of reads) {
    const r = await measure(makeBook(sheets, cells), (h) => h.read());
    console.log(`baca ${sheets} lembar × ${cells} sel: ${r.syncs} sync, ${r.loads} permintaan muat, ${r.ms} ms (palsu)`);
  }
  for (const findings of [10, 1_000, 5_000]) {
    journal.clear();
    const book = makeBook(1, 200_000);
    const r = await measure(book, (h) => h.apply(marks(findings)));
    const u = await measure(book, (h) => h.undo());
    console.log(`tandai ${findings} temuan: ${r.syncs} sync (${r.ms} ms); batal: ${u.syncs} sync (${u.ms} ms)`);
  }
}
