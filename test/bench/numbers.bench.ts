/** Throughput of the calculation core: number parsing, capaian from raw cells, scale classification. */
import { formatNumber } from '../../src/core/numbers/format';
import { parseNumberText } from '../../src/core/numbers/parse';
import { capaianOf } from '../../src/core/formulas/capaian';
import { PROFILES } from '../../src/core/scales/profiles';
import { classify } from '../../src/core/scales/scale';
import { validateScale } from '../../src/core/scales/validate';
import { scaleFromRows } from '../../src/core/scales/parse-interval';

const SAMPLES = ['1.234.567,89', 'Rp. 10.577.358.620,-', '35,52 %', '94,17%%', '114.44%', '12,387,484,416', '14.90.000', 'Puas', '-', '335 Orang'];

function timeIt(label: string, n: number, fn: (i: number) => void): void {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const ms = performance.now() - start;
  console.log(`${label}: ${formatNumber(n)} kali dalam ${formatNumber(ms, 1)} ms (${formatNumber((n / ms) * 1000, 0)} per detik)`);
}

export async function run(): Promise<void> {
  timeIt('parseNumberText', 200_000, (i) => parseNumberText(SAMPLES[i % SAMPLES.length]));
  timeIt('capaianOf (teks)', 200_000, (i) => capaianOf('35,52%', SAMPLES[i % SAMPLES.length]));
  timeIt('classify PERMENDAGRI86', 1_000_000, (i) => classify(PROFILES.PERMENDAGRI86, (i % 3000) / 10));
  const rows = ['90 ≤ 100', '76 s/d <90', '66 s/d <75', '51 s/d <65', '0 s/d <50'].map((text, k) => ({ lower: null, upper: null, text, label: `L${k}` }));
  timeIt('scaleFromRows + validateScale', 20_000, () => validateScale(scaleFromRows(rows, 'Skala')));
}
