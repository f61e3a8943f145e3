import { registerRibbonActions } from '../../src/office/ribbon';

type Handler = (event: { completed: () => void }) => void;

describe('registerRibbonActions', () => {
  const g = globalThis as unknown as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  test('does nothing outside Office', () => {
    expect(() => registerRibbonActions(async () => undefined)).not.toThrow();
  });

  test('"periksa" shows the task pane, runs the check, then completes the event', async () => {
    const calls: string[] = [];
    let handler: Handler | null = null;
    g.Office = {
      actions: { associate: (id: string, fn: Handler) => (calls.push(`associate ${id}`), (handler = fn)) },
      addin: { showAsTaskpane: async () => void calls.push('taskpane') },
    };
    registerRibbonActions(async () => void calls.push('periksa'));
    expect(calls).toEqual(['associate periksa']);
    await new Promise<void>((resolve) => (handler as unknown as Handler)({ completed: () => (calls.push('completed'), resolve()) }));
    expect(calls).toEqual(['associate periksa', 'taskpane', 'periksa', 'completed']);
  });

  test('the event is completed even when the check fails', async () => {
    let handler: Handler | null = null;
    g.Office = { actions: { associate: (_: string, fn: Handler) => (handler = fn) }, addin: { showAsTaskpane: async () => undefined } };
    registerRibbonActions(async () => {
      throw new Error('gagal');
    });
    await expect(new Promise<void>((resolve) => (handler as unknown as Handler)({ completed: resolve }))).resolves.toBeUndefined();
  });
});
