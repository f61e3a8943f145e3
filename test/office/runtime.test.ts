/** excelRun: Excel.run with mergeUndoGroup only where Excel supports it (ExcelApi 1.20, Excel.RunOptions). */
import { excelRun, UNDO_GROUP } from '../../src/office/runtime';

const g = globalThis as unknown as { Office?: unknown; Excel?: unknown };

function fakeOffice(supported: string): unknown[][] {
  const calls: unknown[][] = [];
  g.Office = { context: { requirements: { isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v.split('.')[1]) <= Number(supported.split('.')[1]) } } };
  g.Excel = { run: async (...args: unknown[]) => (calls.push(args.slice(0, -1)), (args[args.length - 1] as () => unknown)()) };
  return calls;
}

afterEach(() => {
  delete g.Office;
  delete g.Excel;
});

test('a change runs as one undo group on ExcelApi 1.20', async () => {
  const calls = fakeOffice('1.20');
  await expect(excelRun(async () => 7, UNDO_GROUP)).resolves.toBe(7);
  await excelRun(async () => 8);
  expect(calls).toEqual([[{ mergeUndoGroup: true }], []]);
});

test('older Excel gets the plain Excel.run (each sync its own undo step)', async () => {
  const calls = fakeOffice('1.19');
  await excelRun(async () => 7, UNDO_GROUP);
  expect(calls).toEqual([[]]);
});

test('outside Office the run is refused with an Indonesian message', async () => {
  await expect(excelRun(async () => 7)).rejects.toThrow('Excel tidak tersedia: Cermat harus dijalankan di dalam Excel.');
});
