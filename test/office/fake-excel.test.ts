/** The fake Excel enforces the documented limits the adapter must respect (EXCEL_LIMITS). */
import { EXCEL_LIMITS, FakeBook } from './fake-excel';

function bookWithSheet(): FakeBook {
  const book = new FakeBook();
  book.addSheet('Data');
  return book;
}

test('a request over 5 MB is refused and none of it runs', async () => {
  const book = bookWithSheet();
  await expect(
    book.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('A1').formulas = [['x'.repeat(EXCEL_LIMITS.payloadBytes)]];
      ws.getRange('A2').formulas = [[1]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(book.sheet('Data')?.cells.size).toBe(0);
});

test('a response over 5 MB fails the sync', async () => {
  const book = bookWithSheet();
  const sheet = book.sheet('Data')!;
  for (let r = 1; r <= 2000; r++) sheet.set(`A${r}`, { value: 'y'.repeat(3000) });
  await expect(
    book.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:A2000').load('values');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('a range read over 5 million cells fails, its address alone does not', async () => {
  const book = bookWithSheet();
  const read = (props: string): Promise<void> =>
    book.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:E1000001').load(props);
      await context.sync();
    });
  await expect(read('values')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  await expect(read('address')).resolves.toBeUndefined();
});

test('getMergedAreasOrNullObject over more than 512 merged areas fails', async () => {
  const book = bookWithSheet();
  const sheet = book.sheet('Data')!;
  for (let r = 0; r < 513; r++) sheet.merges.push({ top: r, left: 0, bottom: r, right: 1 });
  const merges = (a1: string): Promise<string> =>
    book.run(async (context) => {
      const areas = context.workbook.worksheets.getItem('Data').getRange(a1).getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();
      return areas.address;
    });
  await expect(merges('A1:B513')).rejects.toMatchObject({ code: 'GeneralException' });
  await expect(merges('A1:B512')).resolves.toMatch(/^Data!A1:B1, /);
});
