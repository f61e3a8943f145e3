/**
 * Entry of dist/check-worker.js: the check runs here, off the task pane's thread, so a large
 * workbook never blocks the pane (a long synchronous block in Excel desktop gets the add-in
 * restarted: "Runtimes in Office Add-ins", testing/runtimes). Web Workers are available in every
 * webview Office uses for add-ins ("Browsers and webview controls used by Office Add-ins",
 * concepts/browsers-used-by-office-web-add-ins).
 */
import type { CheckReply, CheckRequest } from './protocol';
import { createCheckSession } from './checkSession';

/** The part of DedicatedWorkerGlobalScope used here (the DOM typings describe the page, not a worker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckReply): void;
}

const scope = self as unknown as WorkerScope;
const session = createCheckSession((reply) => scope.postMessage(reply));
scope.onmessage = (event) => session(event.data);
