/** Undo: puts back what a journal entry recorded. */
import type { JournalEntry, RunState } from './journal';
import { findNotes, noteKey, queueNote } from './notes';
import type { NoteTarget } from './notes';
import type { Capabilities } from './runtime';
import { queueRunRestore } from './state';
import { queueNames, queueSheet } from './workbook-parts';

function noteTargets(states: RunState[]): NoteTarget[] {
  return states.flatMap((s) => Object.keys(s.notes ?? {}).map((key) => ({ sheet: s.sheet, cell: key })));
}

/** Restores what the entry recorded: two syncs (find notes, sheets and names; then restore). */
export async function restoreEntry(context: Excel.RequestContext, entry: JournalEntry, caps: Capabilities): Promise<void> {
  const notes = findNotes(context, noteTargets(entry.runs), caps);
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
  const found = await notes();
  for (const s of entry.runs) {
    queueRunRestore(context, s);
    for (const [cell, text] of Object.entries(s.notes ?? {})) {
      queueNote(context, { sheet: s.sheet, cell }, text, found.get(noteKey({ sheet: s.sheet, cell })) ?? null, caps);
    }
  }
  if (entry.sheet && sheet) {
    if (!sheet.isNullObject) sheet.delete();
    if (entry.sheet.previous) queueSheet(context, entry.sheet.name, entry.sheet.previous, entry.sheet.previousAddress);
  }
  for (const n of entry.names) {
    const item = names.get(n.name.toUpperCase());
    if (item && !item.isNullObject) item.delete();
  }
  queueNames(context, entry.names.map((n) => n.previous), new Map());
  await context.sync();
}
