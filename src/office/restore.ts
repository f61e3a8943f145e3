/** Undo: puts back what a journal entry recorded, in syncs of bounded size (payload.ts). */
import type { JournalEntry, RunState } from './journal';
import { findNotes, noteKey, noteStep, undoneNote } from './notes';
import type { NoteLike, NoteTarget } from './notes';
import { bounded, CALL_BYTES, sendSteps } from './payload';
import type { Step } from './payload';
import type { Capabilities } from './runtime';
import { runRestoreStep, sheetProxies } from './state';
import type { SheetProxies } from './state';
import { nameSteps, sheetSteps } from './workbook-parts';

function noteTargets(states: RunState[]): NoteTarget[] {
  return states.flatMap((s) => Object.keys(s.notes ?? {}).map((key) => ({ sheet: s.sheet, cell: key })));
}

/** The notes now on the cells whose note the entry changed, looked up in bounded syncs. */
async function currentNotes(context: Excel.RequestContext, sheets: SheetProxies, targets: NoteTarget[], caps: Capabilities): Promise<Map<string, NoteLike | null>> {
  const found = new Map<string, NoteLike | null>();
  for (const group of bounded(targets, () => 4 * CALL_BYTES)) {
    const notes = findNotes(context, sheets, group, caps);
    await context.sync();
    for (const [k, v] of await notes()) found.set(k, v);
  }
  return found;
}

/** Restores what the entry recorded; throws the Excel error if a restoring sync fails. */
export async function restoreEntry(context: Excel.RequestContext, entry: JournalEntry, caps: Capabilities): Promise<void> {
  const proxies = sheetProxies(context);
  const sheet = entry.sheet ? context.workbook.worksheets.getItemOrNullObject(entry.sheet.name) : null;
  sheet?.load('name');
  const names = new Map(
    entry.names.map((n) => {
      const item = context.workbook.names.getItemOrNullObject(n.name);
      item.load('name');
      return [n.name.toUpperCase(), item] as const;
    }),
  );
  await context.sync();
  const found = await currentNotes(context, proxies, noteTargets(entry.runs), caps);
  const steps: Step[] = [];
  for (const s of entry.runs) {
    steps.push(runRestoreStep(proxies, s));
    for (const [cell, state] of Object.entries(s.notes ?? {})) {
      const current = found.get(noteKey({ sheet: s.sheet, cell })) ?? null;
      const text = undoneNote(state, current?.content ?? null);
      if (text !== undefined) steps.push(noteStep(proxies, { sheet: s.sheet, cell }, text, current, caps));
    }
  }
  if (entry.sheet && sheet) {
    if (!sheet.isNullObject) steps.push({ bytes: CALL_BYTES, queue: () => sheet.delete() });
    if (entry.sheet.previous) steps.push(...sheetSteps(context, entry.sheet.name, entry.sheet.previous, entry.sheet.previousAddress));
  }
  steps.push({
    bytes: CALL_BYTES * entry.names.length,
    queue: () => {
      for (const n of entry.names) {
        const item = names.get(n.name.toUpperCase());
        if (item && !item.isNullObject) item.delete();
      }
    },
  });
  steps.push(...nameSteps(context, entry.names.map((n) => n.previous), new Map()));
  const { failure } = await sendSteps(context, steps);
  if (failure !== undefined) throw failure;
}
