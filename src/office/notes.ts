/**
 * Cell notes through whichever API the host has: `worksheet.notes` (ExcelApi 1.18), else
 * `worksheet.comments` (1.10), else none (notes are then skipped).
 */
import { NOTE_PREFIX } from '../core/changes/marks';
import type { NoteState } from './journal';
import { CALL_BYTES, step } from './payload';
import type { Step } from './payload';
import type { Capabilities } from './runtime';
import type { SheetProxies } from './state';

/** What Note and Comment have in common. */
export interface NoteLike {
  content: string;
  delete(): void;
}

export interface NoteTarget {
  sheet: string;
  cell: string;
}

/** Estimated request + response bytes of looking up one note (sheet, note, load; its text). */
export const NOTE_LOOKUP_BYTES = 4 * CALL_BYTES + 200;

export const noteKey = (t: NoteTarget): string => `${t.sheet}!${t.cell}`;

/**
 * Queues the lookups of the notes on `cells`; after the caller's sync, `resolve()` gives the notes
 * found (comments need one more sync, for their locations).
 */
export function findNotes(
  context: Excel.RequestContext,
  sheets: SheetProxies,
  cells: readonly NoteTarget[],
  caps: Capabilities,
): () => Promise<Map<string, NoteLike | null>> {
  const found = new Map<string, NoteLike | null>();
  if (caps.notes === 'none' || cells.length === 0) return async () => found;
  if (caps.notes === 'notes') {
    const items = cells.map((c) => {
      const note = sheets(c.sheet).notes.getItemOrNullObject(c.cell);
      note.load('content');
      return { key: noteKey(c), note };
    });
    return async () => {
      for (const { key, note } of items) found.set(key, note.isNullObject ? null : note);
      return found;
    };
  }
  const names = [...new Set(cells.map((c) => c.sheet))];
  const collections = names.map((name) => {
    const comments = sheets(name).comments;
    comments.load('items/content');
    return { name, comments };
  });
  return async () => {
    const located = collections.flatMap(({ name, comments }) =>
      comments.items.map((comment) => {
        const location = comment.getLocation();
        location.load('address');
        return { name, comment, location };
      }),
    );
    if (located.length > 0) await context.sync();
    const byKey = new Map(located.map((l) => [`${l.name}!${l.location.address.slice(l.location.address.lastIndexOf('!') + 1).replace(/\$/g, '')}`, l.comment]));
    for (const c of cells) found.set(noteKey(c), byKey.get(noteKey(c)) ?? null);
    return found;
  };
}

/** The step that sets (text) or removes (null) the note on a cell, given the note found there. */
export function noteStep(sheets: SheetProxies, target: NoteTarget, text: string | null, existing: NoteLike | null, caps: Capabilities): Step {
  return step(3, text, () => {
    if (caps.notes === 'none') return;
    if (text === null) {
      existing?.delete();
      return;
    }
    if (existing) {
      existing.content = text;
      return;
    }
    const sheet = sheets(target.sheet);
    const range = sheet.getRange(target.cell);
    if (caps.notes === 'notes') sheet.notes.add(range, text);
    else sheet.comments.add(range, text);
  });
}

/** The user's part of a note: everything before Cermat's own text (which starts with NOTE_PREFIX). */
function usersPart(note: string | null): string {
  if (!note) return '';
  const own = note.indexOf(NOTE_PREFIX);
  return (own === -1 ? note : note.slice(0, own)).trimEnd();
}

/**
 * The note a change leaves: the user's text kept, Cermat's text (of an earlier run too) replaced by
 * `own` and appended after a blank line, as the marked xlsx copy does; null when nothing is left.
 */
export function mergedNote(existing: string | null, own: string | null): string | null {
  const users = usersPart(existing);
  if (own === null) return users === '' ? null : users;
  return users === '' ? own : `${users}\n\n${own}`;
}

/**
 * What undo leaves on a cell: the note as before when it is still what Cermat left; when the user
 * edited it since, that note without Cermat's own text; undefined: nothing of Cermat's is left, the
 * note stays as the user made it.
 */
export function undoneNote(state: NoteState, current: string | null): string | null | undefined {
  if (current === state.written) return state.previous;
  if (!state.own || current === null || !current.includes(state.own)) return undefined;
  const rest = current.replace(state.own, '').replace(/\n{3,}/g, '\n\n').trim();
  return rest === '' ? null : rest;
}
