/**
 * The pane reads the workbook only once it is on screen: at once when the page is visible, else
 * when the page becomes visible or Office reports the task pane shown (Office.addin
 * onVisibilityModeChanged, "Show or hide the task pane of your Office Add-in", develop/show-hide-add-in).
 */
import { whenVisible, type AddinEvents } from '../../src/taskpane/visibility';

class FakeDocument {
  visibilityState: DocumentVisibilityState = 'hidden';
  private readonly listeners = new Set<() => void>();
  addEventListener(_type: string, listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: string, listener: () => void): void {
    this.listeners.delete(listener);
  }
  show(): void {
    this.visibilityState = 'visible';
    for (const l of [...this.listeners]) l();
  }
  get listening(): number {
    return this.listeners.size;
  }
}

class FakeAddin implements AddinEvents {
  handler: ((args: { visibilityMode: string }) => void) | null = null;
  removed = false;
  async onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void) {
    this.handler = handler;
    return async () => {
      this.removed = true;
    };
  }
}

function settledFlag(promise: Promise<void>): { done: boolean } {
  const flag = { done: false };
  void promise.then(() => (flag.done = true));
  return flag;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenVisible', () => {
  it('resolves at once when the page is visible', async () => {
    const doc = new FakeDocument();
    doc.visibilityState = 'visible';
    await expect(whenVisible(doc as unknown as Document, undefined)).resolves.toBeUndefined();
  });

  it('waits while the runtime runs hidden, and resolves when Office shows the task pane', async () => {
    const doc = new FakeDocument();
    const addin = new FakeAddin();
    const visible = settledFlag(whenVisible(doc as unknown as Document, addin));
    await tick();
    addin.handler!({ visibilityMode: 'Hidden' });
    await tick();
    expect(visible.done).toBe(false);
    addin.handler!({ visibilityMode: 'Taskpane' });
    await tick();
    expect(visible.done).toBe(true);
    expect(addin.removed).toBe(true);
    expect(doc.listening).toBe(0);
  });

  it('resolves when the page becomes visible, without Office', async () => {
    const doc = new FakeDocument();
    const visible = settledFlag(whenVisible(doc as unknown as Document, undefined));
    await tick();
    expect(visible.done).toBe(false);
    doc.show();
    await tick();
    expect(visible.done).toBe(true);
  });
});
