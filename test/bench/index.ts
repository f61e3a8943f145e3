/**
 * `npm run bench`: runs every benchmark part in this folder (one file per part) and prints its
 * figures. Timings are reported, never asserted.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const parts = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  for (const part of parts) {
    console.log(`\n== ${part.replace('.bench.ts', '')} ==`);
    const mod = (await import(join(__dirname, part))) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
