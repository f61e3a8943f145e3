/**
 * Office.js adapter: round trips (context.sync calls) and payload sizes for reading workbooks and
 * marking findings, measured against the fake Excel API of test/office, which enforces Excel's
 * limits (5 MB per request and per response, 5 million cells per range read, 512 merged areas per
 * getMergedAreasOrNullObject call; see EXCEL_LIMITS there). On Excel on the web every sync is a
 * network round trip. The sync count grows with the megabytes moved (about one sync per 2,5–3,5 MB,
 * the budget of src/office/payload.ts), not with the number of cells or findings as such.
 * Times are of the fake only.
 */
import { OfficeHost } from '../../src/office/host';
import { journal } from '../../src/office/journal';
import type { Capabilities } from '../../src/office/runtime';
import { EXCEL_LIMITS } from '../office/fake-excel';
import type { FakeBook } from '../office/fake-excel';
import { makeBook, marks } from '../office/fake-workbooks';

const CAPS: Capabilities = { cellProperties: true, mergedAreas: true, notes: 'notes' };

const mb = (bytes: number): string => (bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 3 });

interface Measured {
  syncs: number;
  maxRequest: number;
  maxResponse: number;
  sent: number;
  received: number;
  ms: number;
}

async function measure(book: FakeBook, action: (host: OfficeHost) => Promise<unknown>): Promise<Measured> {
  const host = new OfficeHost(book.run, { capabilities: CAPS, settings: null });
  const [syncs, requests, responses] = [book.syncs, book.requestSizes.length, book.responseSizes.length];
  const start = performance.now();
  await action(host);
  const req = book.requestSizes.slice(requests);
  const res = book.responseSizes.slice(responses);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return {
    syncs: book.syncs - syncs,
    maxRequest: Math.max(0, ...req),
    maxResponse: Math.max(0, ...res),
    sent: sum(req),
    received: sum(res),
    ms: Math.round(performance.now() - start),
  };
}

function line(what: string, m: Measured): string {
  return (
    `${what}: ${m.syncs} sync; permintaan terbesar ${mb(m.maxRequest)} MB, jawaban terbesar ${mb(m.maxResponse)} MB ` +
    `(batas ${mb(EXCEL_LIMITS.payloadBytes)} MB); total kirim ${mb(m.sent)} MB, terima ${mb(m.received)} MB; ${m.ms} ms (palsu)`
  );
}

export async function run(): Promise<void> {
  const reads: [number, number][] = [
    [2, 1_000],
    [10, 50_000],
    [4, 200_000],
  ];
  for (const [sheets, cells] of reads) {
    console.log(line(`baca ${sheets} lembar × ${cells.toLocaleString('id-ID')} sel`, await measure(makeBook(sheets, cells), (h) => h.read())));
  }
  for (const findings of [10, 1_000, 5_000]) {
    journal.clear();
    const book = makeBook(1, 200_000);
    console.log(line(`tandai ${findings.toLocaleString('id-ID')} temuan`, await measure(book, (h) => h.apply(marks(findings)))));
    console.log(line(`  batalkan`, await measure(book, (h) => h.undo())));
  }
}
