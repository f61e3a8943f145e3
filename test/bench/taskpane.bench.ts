/**
 * Task pane figures: production bundle sizes (raw and gzip) of dist/taskpane.js, the chunks it
 * loads on demand, and dist/functions.js; and the time from navigation to the first rendered
 * summary (performance mark "cermat:ringkasan-tampil") in headless Chromium on the browser host.
 * Needs a production build in dist/ (`npm run bench` builds first). Reported, never asserted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDirectory } from '../browser/harness.mjs';
import { SUMMARY_MARK } from '../../src/taskpane/components/SummaryPanel';

const DIST = process.env.CERMAT_DIST ?? join(__dirname, '../../dist');
const LOADS = 5;

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function sizeRow(label: string, file: string): string {
  const body = readFileSync(join(DIST, file));
  return `${label.padEnd(44)} ${kib(body.length).padStart(11)} ${kib(gzipSync(body, { level: 9 }).length).padStart(11)}`;
}

function printSizes(): void {
  const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const chunks = scripts.filter((f) => f !== 'taskpane.js' && f !== 'functions.js').sort();
  console.log(`${'bundle'.padEnd(44)} ${'mentah'.padStart(11)} ${'gzip'.padStart(11)}`);
  console.log(sizeRow('taskpane.js (awal)', 'taskpane.js'));
  for (const chunk of chunks) console.log(sizeRow(`  chunk sesuai kebutuhan ${chunk}`, chunk));
  console.log(sizeRow('functions.js', 'functions.js'));
}

async function timeToSummary(): Promise<number[]> {
  const server = await serveDirectory(DIST);
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}browser.html`);
      const handle = await page.waitForFunction(
        (mark) => performance.getEntriesByName(mark)[0]?.startTime,
        SUMMARY_MARK,
        { timeout: 120_000 },
      );
      times.push((await handle.jsonValue()) as number);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

export async function run(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.js'))) {
    console.log('dist/taskpane.js tidak ada: jalankan "npm run build" dulu.');
    return;
  }
  printSizes();
  const times = await timeToSummary();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `muat halaman → ringkasan pertama (contoh tanjungpinang-2024.xlsx, ${LOADS}×): median ${sorted[Math.floor(LOADS / 2)].toFixed(0)} ms ` +
      `(${times.map((t) => t.toFixed(0)).join(', ')} ms; server tanpa cache HTTP)`,
  );
}
