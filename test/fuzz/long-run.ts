/**
 * The fuzz harness's long run: `npx tsx test/fuzz/long-run.ts [workbooks=10000] [seed=20261130]`.
 * Prints how the runs ended (report, clear message by code, crash), the slowest run and the
 * process's peak memory; exits 1 when any run crashed, printing the first crashes.
 */
import fc from 'fast-check';
import { formatNumber } from '../../src/core/numbers/format';
import { fuzzRun } from './harness';
import { fuzzBytes, fuzzWorkbook } from './workbooks';

const BATCH = 250;

async function main(): Promise<void> {
  const total = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 20261130);
  const endings = new Map<string, number>();
  const crashes: string[] = [];
  let slowest = 0;
  const start = performance.now();
  for (let done = 0; done < total; done += BATCH) {
    const batch = fc.sample(fuzzWorkbook, { numRuns: Math.min(BATCH, total - done), seed: seed + done });
    for (const workbook of batch) {
      const t = performance.now();
      const outcome = await fuzzRun(await fuzzBytes(workbook));
      slowest = Math.max(slowest, performance.now() - t);
      const ending = outcome.kind === 'message' ? `pesan (${outcome.code})` : outcome.kind === 'report' ? 'laporan' : 'crash';
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
      if (outcome.kind === 'crash' && crashes.length < 5) crashes.push(outcome.error);
    }
    process.stderr.write(`\r${formatNumber(Math.min(done + BATCH, total))} / ${formatNumber(total)}`);
  }
  process.stderr.write('\n');
  const seconds = (performance.now() - start) / 1000;
  console.log(`Fuzz: ${formatNumber(total)} buku kerja, benih ${seed}, ${formatNumber(seconds, 0)} s`);
  for (const [ending, n] of [...endings].filter(([e]) => e !== 'crash').sort()) console.log(`  ${ending.padEnd(22)} ${formatNumber(n).padStart(7)}`);
  console.log(`  crash                  ${formatNumber(endings.get('crash') ?? 0).padStart(7)}`);
  console.log(`Terlama satu berkas: ${formatNumber(slowest, 0)} ms; memori puncak proses: ${formatNumber(process.resourceUsage().maxRSS / 1024, 0)} MB`);
  for (const c of crashes) console.log(`\n${c}`);
  process.exitCode = crashes.length > 0 ? 1 : 0;
}

void main();
