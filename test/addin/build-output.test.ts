/**
 * What the production build (`npm run build`, run before the tests) emits for the add-in:
 * dist/functions.json describes every KINERJA function in Indonesian, and dist/functions.js registers
 * and computes them when loaded the way Excel's custom-functions runtime loads it — a bare JavaScript
 * context that has only `CustomFunctions` (no window, document or Office).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { runtimeStub } from './custom-functions-mock';

const DIST = join(__dirname, '..', '..', 'dist');

function distFile(name: string): string {
  const file = join(DIST, name);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` before the add-in tests (npm test does).`);
  }
  return readFileSync(file, 'utf8');
}

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: 'scalar' | 'matrix';
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

type Fn = (...args: unknown[]) => unknown;

/** Parameter shapes Excel must use: scalar unless "matrix"; "optional"; "repeating". */
const EXPECTED: Record<string, [string, ...('matrix' | 'optional' | 'repeating')[]][]> = {
  CAPAIAN: [['target'], ['realisasi'], ['arah', 'optional']],
  PREDIKAT: [['nilai'], ['skala', 'matrix', 'optional']],
  PENYERAPAN: [['pagu'], ['realisasi']],
  SISA: [['pagu'], ['realisasi']],
  EFISIENSI: [['capaian'], ['penyerapan']],
  KATEGORIEFISIENSI: [['capaian'], ['penyerapan']],
  ANGKA: [['teks']],
  RATA: [['nilai', 'matrix', 'repeating']],
};

/** Words that would give away an English description. */
const ENGLISH = /\b(the|of|and|returns?|value|number|text|target value)\b/i;

function metadata(): FunctionMetadata[] {
  return (JSON.parse(distFile('functions.json')) as { functions: FunctionMetadata[] }).functions;
}

/** Loads dist/functions.js into a context holding only `globals`; returns what it registered. */
function load(globals: Record<string, unknown>): Map<string, Fn> {
  const registry = new Map<string, Fn>();
  const context = vm.createContext({ ...globals, ...('CustomFunctions' in globals ? { CustomFunctions: runtimeStub(registry) } : {}) });
  vm.runInContext(distFile('functions.js'), context, { filename: 'functions.js', timeout: 5000 });
  return registry;
}

/**
 * Arguments as Excel passes them, following functions.json: a matrix parameter gets a 2-D array, a
 * repeating parameter gets all remaining arguments as one array, an omitted optional gets null, and an
 * invocation object comes last.
 */
function excelArguments(fn: FunctionMetadata, args: unknown[]): unknown[] {
  const out = fn.parameters.map((p, i) => {
    const wrap = (v: unknown): unknown => (p.dimensionality === 'matrix' && !Array.isArray(v) ? [[v]] : v);
    if (p.repeating) return args.slice(i).map(wrap);
    return i < args.length ? wrap(args[i]) : null;
  });
  return [...out, { address: 'Lembar1!A1', functionName: fn.name, parameterAddresses: [], setResult: () => undefined }];
}

describe('dist/functions.json', () => {
  it('lists every KINERJA function with the parameter shapes Excel needs', () => {
    const byName = new Map(metadata().map((f) => [f.name, f]));
    expect([...byName.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, params] of Object.entries(EXPECTED)) {
      const fn = byName.get(name)!;
      expect(fn.id).toBe(name);
      expect(
        fn.parameters.map((p) => [
          p.name,
          ...(p.dimensionality === 'matrix' ? ['matrix'] : []),
          ...(p.optional ? ['optional'] : []),
          ...(p.repeating ? ['repeating'] : []),
        ]),
      ).toEqual(params);
    }
  });

  it('describes every function and parameter in Indonesian', () => {
    for (const fn of metadata()) {
      const texts = [fn.description, ...fn.parameters.map((p) => p.description)];
      for (const text of texts) {
        expect(text).toMatch(/\S{3}/);
        expect(text).not.toMatch(ENGLISH);
      }
    }
  });
});

describe('dist/functions.js in a bare custom-functions context', () => {
  const meta = metadata();

  it('registers every function of functions.json and needs nothing but CustomFunctions', () => {
    const registry = load({ CustomFunctions: true });
    expect([...registry.keys()].sort()).toEqual(meta.map((f) => f.id.toUpperCase()).sort());
  });

  it('loads without error where there is no CustomFunctions (the task pane page outside Excel)', () => {
    expect(load({}).size).toBe(0);
  });

  const registry = load({ CustomFunctions: true });
  function call(name: string, ...args: unknown[]): unknown {
    const fn = meta.find((f) => f.name === name)!;
    return registry.get(fn.id.toUpperCase())!(...excelArguments(fn, args));
  }
  function errorOf(name: string, ...args: unknown[]): { code: string; message: string } {
    try {
      return { code: 'none', message: JSON.stringify(call(name, ...args)) };
    } catch (e) {
      return { code: (e as { code: string }).code, message: (e as Error).message };
    }
  }

  // The cases of the shared functions harness (functions-cases.example.json), with more from the reports.
  it.each<[string, unknown[], number]>([
    ['CAPAIAN', [35.52, 40.65], 114.4426],
    ['CAPAIAN', ['94,75%', '90,67%'], 95.6939],
    ['CAPAIAN', [10, 8, 'turun'], 120],
    ['CAPAIAN', ['72/BB', 60.06], 83.4167],
    ['PENYERAPAN', [1398308000, 1218120563], 87.1139],
    ['PENYERAPAN', ['36.592.500', '36.274.000'], 99.1296],
    ['SISA', [41900000, 35640000], 6260000],
    ['SISA', ['Rp. 244.970.000,-', '219.899.635'], 25070365],
    ['EFISIENSI', [105.26, 87.11], 18.15],
    ['ANGKA', ['11.456.247.211,-'], 11456247211],
    ['RATA', [100, 100, 100, 100, 83.42], 96.684],
    ['RATA', [[[77.59], [100], ['n/a']]], 88.795],
  ])('%s(%j) = %d', (name, args, expected) => {
    expect(call(name, ...args)).toBeCloseTo(expected, 3);
  });

  it.each<[string, unknown[], string]>([
    ['PREDIKAT', [83.42], 'Tinggi'],
    ['PREDIKAT', [101.04, 'TERCAPAI'], 'Melebihi Target'],
    ['PREDIKAT', [70, [['> 85', 'Sangat Berhasil'], ['70 < x ≤ 85', 'Berhasil'], ['55 < x ≤ 70', 'Cukup Berhasil'], ['≤ 55', 'Tidak Berhasil']]], 'Cukup Berhasil'],
    ['KATEGORIEFISIENSI', [100, '79,38%'], 'Efisien'],
  ])('%s(%j) = %s', (name, args, expected) => {
    expect(call(name, ...args)).toBe(expected);
  });

  it('answers bad input with Excel errors', () => {
    expect(errorOf('CAPAIAN', 0, 5).code).toBe('#DIV/0!');
    expect(errorOf('CAPAIAN', 'abc', 5)).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('"abc"') });
    expect(errorOf('CAPAIAN', 90)).toMatchObject({ code: '#N/A', message: expect.stringContaining('belum ada data') });
    expect(errorOf('PENYERAPAN', 0, 100).code).toBe('#DIV/0!');
    expect(errorOf('RATA', 'n/a').code).toBe('#DIV/0!');
    expect(errorOf('PREDIKAT', 80, 'XYZ')).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('"XYZ"') });
  });
});

describe('dist/taskpane.html', () => {
  it('loads the custom functions before the task pane (one shared runtime)', () => {
    const html = distFile('taskpane.html');
    const functions = html.search(/<script[^>]*src="?functions\.js/);
    const taskpane = html.search(/<script[^>]*src="?taskpane\.js/);
    expect(functions).toBeGreaterThan(-1);
    expect(taskpane).toBeGreaterThan(functions);
  });
});
