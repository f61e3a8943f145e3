/**
 * When the task pane is on screen. In the shared runtime the pane's page also starts hidden, for
 * instance when a KINERJA formula recalculates ("Configure your Office Add-in to use a shared
 * runtime", develop/configure-your-add-in-to-use-a-shared-runtime); the pane must not read the
 * workbook then. Office tells through Office.addin.onVisibilityModeChanged (SharedRuntime 1.1: "Show
 * or hide the task pane of your Office Add-in", develop/show-hide-add-in), the page through
 * document.visibilityState; either saying "visible" is enough.
 */

/** The part of Office.addin used here. */
export interface AddinEvents {
  onVisibilityModeChanged(handler: (args: { visibilityMode: string }) => void): Promise<() => Promise<void>>;
}

/** The "Taskpane" visibility mode (Office.VisibilityMode.taskpane). */
const TASKPANE = 'Taskpane';

/** Office.addin where this Office has it. */
export function officeAddin(): AddinEvents | undefined {
  if (typeof Office === 'undefined') return undefined;
  const addin = (Office as unknown as { addin?: Partial<AddinEvents> }).addin;
  return typeof addin?.onVisibilityModeChanged === 'function' ? (addin as AddinEvents) : undefined;
}

/** Resolves as soon as the pane is visible (at once when it already is). */
export function whenVisible(doc: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> = document, addin = officeAddin()): Promise<void> {
  if (doc.visibilityState === 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    let removeOffice: (() => Promise<void>) | null = null;
    let done = false;
    const shown = (): void => {
      if (done) return;
      done = true;
      doc.removeEventListener('visibilitychange', onPage);
      void removeOffice?.().catch(() => undefined);
      resolve();
    };
    const onPage = (): void => {
      if (doc.visibilityState === 'visible') shown();
    };
    doc.addEventListener('visibilitychange', onPage);
    addin
      ?.onVisibilityModeChanged((args) => {
        if (args.visibilityMode === TASKPANE) shown();
      })
      .then((remove) => {
        removeOffice = remove;
        if (done) void remove().catch(() => undefined);
      })
      .catch(() => undefined);
  });
}
