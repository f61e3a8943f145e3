/** Undo: puts back what a journal entry recorded, in syncs of bounded size (payload.ts). */
import type { JournalEntry, RunState } from './journal';
import { findNotes, NOTE_LOOKUP_BYTES, noteKey, noteStep, undoneNote } from './notes';
import type { NoteLike, NoteTarget } from './notes';
import { bounded, CALL_BYTES, sendSteps } from './payload';
import type { Step } from './payload';
import type { Capabilities } from './runtime';
import { HostError } from '../host/types';
import { listCells } from './runs';
import { editedCells, queueCurrentState, runRestoreStep, sheetProxies, stateBytes } from './state';
import type { SheetProxies } from './state';
import { nameSteps, sheetSteps } from './workbook-parts';

function noteTargets(states: RunState[]): NoteTarget[] {
  return states.flatMap((s) => Object.keys(s.notes ?? {}).map((key) => ({ sheet: s.sheet, cell: key })));
}

/** The notes now on the cells whose note the entry changed, looked up in bounded syncs. */
async function currentNotes(context: Excel.RequestContext, sheets: SheetProxies, targets: NoteTarget[], caps: Capabilities): Promise<Map<string, NoteLike | null>> {
  const found = new Map<string, NoteLike | null>();
  for (const group of bounded(targets, () => NOTE_LOOKUP_BYTES)) {
    const notes = findNotes(context, sheets, group, caps);
    await context.sync();
    for (const [k, v] of await notes()) found.set(k, v);
  }
  return found;
}

/**
 * Refuses the undo when a cell the entry wrote no longer holds what it wrote: restoring it would
 * throw away the user's later edit (as a fix refuses a cell edited since the check).
 */
async function refuseEdited(context: Excel.RequestContext, sheets: SheetProxies, entry: JournalEntry): Promise<void> {
  const edited: string[] = [];
  for (const group of bounded(entry.runs, (s) => stateBytes(s.content?.length ?? s.fill?.length ?? s.bold?.length ?? s.numberFormat?.length ?? 1))) {
    const pending = group.map((s) => ({ s, p: queueCurrentState(sheets, s) }));
    await context.sync();
    for (const { s, p } of pending) edited.push(...editedCells(s, p).map((cell) => `'${s.sheet}'!${cell}`));
  }
  if (edited.length > 0) {
    throw new HostError(
      `"${entry.change.label}" tidak dibatalkan: sel ${listCells(edited)} sudah diubah sesudah Cermat menulisnya. ` +
        'Tidak ada yang diubah; kembalikan isi sel itu dulu atau biarkan perubahan ini.',
      'changed',
      edited,
    );
  }
}

/**
 * Restores what the entry recorded; throws the Excel error if a restoring sync fails. `verify`
 * (the user's Batalkan) first refuses when the user edited the written cells since.
 */
export async function restoreEntry(context: Excel.RequestContext, entry: JournalEntry, caps: Capabilities, verify = false): Promise<void> {
  const proxies = sheetProxies(context);
  if (verify) await refuseEdited(context, proxies, entry);
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
    // A replaced report sheet gets its previous content back; one the change created is removed.
    if (entry.sheet.previous) steps.push(...sheetSteps(context, entry.sheet.name, entry.sheet.previous, !sheet.isNullObject, entry.sheet.previousAddress));
    else if (!sheet.isNullObject) steps.push({ bytes: CALL_BYTES, queue: () => sheet.delete() });
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
