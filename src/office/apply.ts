/**
 * Applies a ChangeSet atomically with a number of syncs that does not grow with the number of cells:
 * (1) sheet list, names and Excel tables, (2) the previous state of every target and the tables'
 * ranges, (3) the writes. Steps 2 and 3 are sent in syncs of bounded size, because Excel on the web
 * refuses a request over 5 MB (payload.ts): their number grows with the megabytes sent (about one
 * per 3,5 MB), not with the findings. A refused change writes nothing; a failed write sync is rolled
 * back with the recorded state.
 */
import { formatNumber } from '../core/numbers/format';
import { HostError } from '../host/types';
import type { ChangeSet } from '../host/types';
import { toHostError } from './errors';
import type { JournalEntry, NameState, SheetState } from './journal';
import { journal } from './journal';
import { refuseNextToListObjects } from './list-objects';
import { findNotes, mergedNote, NOTE_LOOKUP_BYTES, noteKey, noteStep } from './notes';
import type { NoteLike, NoteTarget } from './notes';
import { bounded, sendSteps } from './payload';
import type { Step } from './payload';
import { restoreEntry } from './restore';
import { contentOf, groupRuns, listCells } from './runs';
import type { Run } from './runs';
import { UNDO_GROUP } from './runtime';
import type { BatchRunner, Capabilities } from './runtime';
import { changedCells, overwrittenCells, queuePreviousState, runState, runWriteSteps, sheetProxies, stateBytes } from './state';
import type { PendingRun, SheetProxies } from './state';
import { nameSteps, previousSheet, sameName, sheetSteps } from './workbook-parts';

type Outcome = { entry: JournalEntry; failure?: unknown; written?: boolean };

const noteTargetsOf = (runs: Run[]): NoteTarget[] =>
  runs.flatMap((r) => r.writes.filter((w) => w.note !== undefined).map((w) => ({ sheet: w.sheet, cell: w.cell })));

/** Step 2 for the runs: previous states and notes, in syncs of bounded size (at least one sync). */
async function readPrevious(
  context: Excel.RequestContext,
  sheets: SheetProxies,
  runs: Run[],
  caps: Capabilities,
): Promise<{ pending: PendingRun[]; found: Map<string, NoteLike | null> }> {
  const pending: PendingRun[] = [];
  const found = new Map<string, NoteLike | null>();
  const groups = bounded(runs, (r) => stateBytes(r.writes.length) + noteTargetsOf([r]).length * NOTE_LOOKUP_BYTES);
  for (const group of groups.length > 0 ? groups : [[]]) {
    pending.push(...group.map((r) => queuePreviousState(sheets, r, caps)));
    const notes = findNotes(context, sheets, noteTargetsOf(group), caps);
    await context.sync();
    for (const [k, v] of await notes()) found.set(k, v);
  }
  return { pending, found };
}

/** Runs the apply inside one batch; returns the journal entry and, if the writes failed, the error. */
async function applyInBatch(
  context: Excel.RequestContext,
  change: ChangeSet,
  runs: Run[],
  allowOverwrite: boolean,
  caps: Capabilities,
): Promise<Outcome> {
  const proxies = sheetProxies(context);
  // 1: which sheets and names exist.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  const nameItems = new Map(
    (change.names ?? []).map((def) => {
      const item = context.workbook.names.getItemOrNullObject(def.name);
      item.load('formula,comment');
      return [def.name.toUpperCase(), item] as const;
    }),
  );
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  const existing = new Set(sheets.items.map((s) => s.name));
  for (const run of runs) {
    if (!existing.has(run.sheet)) throw new HostError(`Lembar "${run.sheet}" tidak ditemukan di buku kerja.`, 'not-found');
  }

  // 2: protection and the previous state of every target (queued with the first group of runs).
  const targetSheets = [...new Set(runs.map((r) => r.sheet))];
  const protections = targetSheets.map((name) => {
    const p = proxies(name).protection;
    p.load('protected');
    return { name, p };
  });
  const tableRanges = tables.items.map((t) => {
    const range = t.getRange();
    range.load('address');
    return { name: t.name, range };
  });
  const addSheet = change.addSheet;
  let reportUsed: Excel.Range | null = null;
  let reportA1: Excel.Range | null = null;
  if (addSheet && existing.has(addSheet.name)) {
    reportUsed = sheets.getItem(addSheet.name).getUsedRangeOrNullObject();
    reportUsed.load('address,formulas,values,valueTypes');
    reportA1 = sheets.getItem(addSheet.name).getRange('A1');
    reportA1.load('values');
  }
  const { pending, found } = await readPrevious(context, proxies, runs, caps);

  const locked = protections.filter((x) => x.p.protected).map((x) => x.name);
  if (locked.length > 0) {
    throw new HostError(
      `Lembar ${locked.map((n) => `"${n}"`).join(', ')} diproteksi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.`,
      'protected',
    );
  }
  refuseNextToListObjects(
    runs,
    tableRanges.map((t) => ({ name: t.name, address: t.range.address })),
  );
  const states = pending.map(runState);
  const changed = changedCells(states, runs);
  if (changed.length > 0) {
    throw new HostError(`Sel ${listCells(changed)} sudah berubah sejak diperiksa. Tidak ada yang diubah; periksa ulang dulu.`, 'changed', changed);
  }
  const overwritten = overwrittenCells(states, runs);
  if (overwritten.length > 0 && !allowOverwrite) {
    throw new HostError(
      `${formatNumber(overwritten.length)} sel tujuan sudah berisi data (${listCells(overwritten)}). ` +
        'Tidak ada yang diubah. Pilih kolom lain, atau izinkan penimpaan secara tegas.',
      'not-empty',
      overwritten,
    );
  }
  const clashing = (change.names ?? []).filter((def) => {
    const item = nameItems.get(def.name.toUpperCase());
    return item && !item.isNullObject && !sameName(item, def);
  });
  if (clashing.length > 0 && !allowOverwrite) {
    throw new HostError(
      `Nama ${clashing.map((d) => d.name).join(', ')} sudah dipakai di buku kerja dengan rumus lain. Tidak ada yang diubah.`,
      'not-empty',
    );
  }
  let sheetState: SheetState | undefined;
  if (addSheet) {
    const madeByCermat = journal.createdByCermat(addSheet.name) || (reportA1 !== null && reportA1.values[0][0] === addSheet.rows[0]?.[0]);
    if (reportUsed && !madeByCermat && !allowOverwrite) {
      throw new HostError(`Lembar "${addSheet.name}" sudah ada dan bukan buatan Cermat. Tidak ada yang diubah.`, 'not-empty');
    }
    sheetState = previousSheet(addSheet.name, reportUsed);
  }
  runs.forEach((run, i) => {
    const withNotes = run.writes.filter((w) => w.note !== undefined);
    if (withNotes.length > 0 && caps.notes !== 'none') {
      states[i].notes = Object.fromEntries(
        withNotes.map((w) => {
          const previous = found.get(noteKey(w))?.content ?? null;
          const own = w.note ?? null;
          return [w.cell, { previous, written: mergedNote(previous, own), own }];
        }),
      );
    }
  });
  const names: NameState[] = (change.names ?? []).map((def) => {
    const item = nameItems.get(def.name.toUpperCase());
    return { name: def.name, previous: item && !item.isNullObject ? { name: def.name, formula: item.formula, comment: item.comment || undefined } : null };
  });
  const sheetCells = addSheet ? addSheet.rows.reduce((n, r) => n + r.length, 0) : 0;
  const entry: JournalEntry = {
    change: { id: journal.nextId(), label: change.label, cells: change.writes.length + sheetCells, at: Date.now() },
    runs: states,
    sheet: sheetState,
    names,
  };

  // 3: the writes, in syncs of bounded size.
  const steps: Step[] = [...nameSteps(context, change.names ?? [], nameItems)];
  if (addSheet) {
    steps.push(...sheetSteps(context, addSheet.name, addSheet.rows.map((r) => r.map(contentOf)), reportUsed !== null, 'A1', addSheet.links));
  }
  for (const run of runs) {
    steps.push(...runWriteSteps(proxies, run));
    for (const w of run.writes) {
      if (w.note === undefined) continue;
      const existing = found.get(noteKey(w)) ?? null;
      steps.push(noteStep(proxies, w, mergedNote(existing?.content ?? null, w.note), existing, caps));
    }
  }
  const { failure, written } = await sendSteps(context, steps);
  return failure === undefined ? { entry } : { entry, failure, written };
}

/** Applies the change; see the module comment. */
export async function applyChange(
  run: BatchRunner,
  change: ChangeSet,
  allowOverwrite: boolean,
  caps: Capabilities,
): Promise<JournalEntry> {
  const runs = groupRuns(change.writes);
  let outcome: Outcome;
  try {
    outcome = await run((context) => applyInBatch(context, change, runs, allowOverwrite, caps), UNDO_GROUP);
  } catch (error) {
    throw toHostError(error, 'Perubahan tidak diterapkan.');
  }
  if (outcome.failure === undefined) {
    journal.record(outcome.entry);
    return outcome.entry;
  }
  const reason = toHostError(outcome.failure, '').message.trim();
  if (!outcome.written) throw new HostError(`Tidak ada yang diubah. ${reason} Coba lagi dengan perubahan yang lebih kecil, misalnya satu lembar saja.`, 'too-large');
  try {
    await run((context) => restoreEntry(context, outcome.entry, caps), UNDO_GROUP);
  } catch {
    throw new HostError(
      `Perubahan gagal diterapkan dan tidak dapat dipulihkan sepenuhnya: ${reason} Periksa sel ${listCells(change.writes.map((w) => w.cell))}.`,
      'failed',
    );
  }
  throw new HostError(`Perubahan gagal diterapkan; buku kerja dikembalikan seperti semula. ${reason}`, 'failed');
}
