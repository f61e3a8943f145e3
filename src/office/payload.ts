/**
 * Excel on the web limits the payload of one request and of one response to 5 MB ("Resource limits
 * and performance optimization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization, section Excel add-ins). Reads and writes are
 * therefore sent in syncs of bounded estimated size: the number of syncs grows with the megabytes
 * moved, never with the number of cells or findings as such.
 */

/** Bytes a sync may carry by our estimate, below the 5 MB limit to leave room for misestimates. */
export const PAYLOAD_BUDGET = 3_500_000;

/**
 * Estimated response bytes per cell read with values, formulas, numberFormat, valueTypes and cell
 * properties (bold, indent): measured at about 140 bytes for typical report sheets, rounded up.
 */
export const READ_BYTES_PER_CELL = 160;

/** Estimated request bytes of one call (an object path or an action) in the JSON Office.js sends. */
export const CALL_BYTES = 120;

export function payloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

export function requestTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'RequestPayloadSizeLimitExceeded';
}

/** Splits items into consecutive groups whose summed size stays within the budget (each group at least one item). */
export function bounded<T>(items: readonly T[], size: (item: T) => number, budget = PAYLOAD_BUDGET): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function jsonBytes(x: unknown): number {
  return x === undefined ? 0 : (JSON.stringify(x)?.length ?? 0);
}

/** One queued piece of a change with its estimated request size: `calls` calls carrying `payload`. */
export interface Step {
  bytes: number;
  queue(): void;
}

export function step(calls: number, payload: unknown, queue: () => void): Step {
  return { bytes: calls * CALL_BYTES + jsonBytes(payload), queue };
}

/**
 * Sends a group in one sync. A request Excel refuses as too large ran none of it (the estimate was
 * low): its steps are queued again in two halves, down to a single step that is too large alone.
 */
async function sendGroup(context: Excel.RequestContext, steps: Step[], sent: { groups: number }): Promise<void> {
  for (const s of steps) s.queue();
  try {
    await context.sync();
    sent.groups++;
  } catch (error) {
    if (!requestTooLarge(error) || steps.length === 1) throw error;
    const half = steps.length >> 1;
    await sendGroup(context, steps.slice(0, half), sent);
    await sendGroup(context, steps.slice(half), sent);
  }
}

/**
 * Sends the steps in bounded groups, one sync each. On failure: the error, and whether anything may
 * have been written (not when nothing had been sent yet and Excel refused the request as too large:
 * Excel then ran none of it).
 */
export async function sendSteps(context: Excel.RequestContext, steps: Step[]): Promise<{ failure?: unknown; written: boolean }> {
  const sent = { groups: 0 };
  for (const group of bounded(steps, (s) => s.bytes)) {
    try {
      await sendGroup(context, group, sent);
    } catch (failure) {
      return { failure, written: sent.groups > 0 || !requestTooLarge(failure) };
    }
  }
  return { written: steps.length > 0 };
}
