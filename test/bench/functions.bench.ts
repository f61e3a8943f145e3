/**
 * Calls per second of the CAPAIAN worksheet function (src/functions, as Excel calls it) and of
 * parseNumberText, on a mix of inputs as the reports print them (mostly valid, some Excel errors).
 */
import { parseNumberText } from '../../src/core/numbers/parse';
import { achievement } from '../../src/functions/functions';
import { installRuntimeStub } from '../addin/custom-functions-mock';

const CAPAIAN_ARGUMENTS: [unknown, unknown, string | null][] = [
  [35.52, 40.65, null],
  ['94,75%', '90,67%', null],
  ['66,04%', '66,97%', null],
  [90, '83,25 %', null],
  ['2.000 Orang', '1.954 Orang', null],
  ['72/BB', '60,06', null],
  [10, 8, 'turun'],
  [5, 4, 'turun-rasio'],
  // From here on: Excel errors.
  [0, 5, null], // #DIV/0!
  ['Puas', 'Puas', null], // #VALUE!
  [90, null, null], // #N/A
];

const CAPAIAN_ERRORS_FROM = 8;

const NUMBER_TEXTS = [
  '1.234.567,89',
  '268.160.000,-',
  'Rp. 10.577.358.620,-',
  '35,52%',
  '35,52 %',
  '94,17%%',
  '100,%',
  '114.44%',
  '12,387,484,416',
  '7.429',
  '1.100 %',
  '14.90.000',
  'n/a',
  '-',
];

/** Runs `call` over the inputs for about `ms` milliseconds; calls per second. */
function rate<T>(inputs: readonly T[], call: (input: T) => void, ms = 1000): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const input of inputs) call(input);
    calls += inputs.length;
    elapsed = performance.now() - start;
  }
  return (calls / elapsed) * 1000;
}

function callCapaian([target, realisasi, arah]: [unknown, unknown, string | null]): void {
  try {
    achievement(target, realisasi, arah);
  } catch {
    // The Excel error is the answer for these inputs.
  }
}

export async function run(): Promise<void> {
  installRuntimeStub();
  rate(CAPAIAN_ARGUMENTS, callCapaian, 200); // warm-up
  const mixes: [string, [unknown, unknown, string | null][]][] = [
    ['campuran', CAPAIAN_ARGUMENTS],
    ['hanya nilai', CAPAIAN_ARGUMENTS.slice(0, CAPAIAN_ERRORS_FROM)],
    ['hanya galat', CAPAIAN_ARGUMENTS.slice(CAPAIAN_ERRORS_FROM)],
  ];
  for (const [name, inputs] of mixes) {
    const perSecond = rate(inputs, callCapaian);
    console.log(`CAPAIAN (${name}, ${inputs.length} jenis argumen): ${Math.round(perSecond).toLocaleString('id-ID')} panggilan/detik`);
  }
  rate(NUMBER_TEXTS, (t) => parseNumberText(t), 200);
  const parseRate = rate(NUMBER_TEXTS, (t) => parseNumberText(t));
  console.log(`parseNumberText: ${Math.round(parseRate).toLocaleString('id-ID')} teks/detik (${NUMBER_TEXTS.length} jenis teks)`);
}
