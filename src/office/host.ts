/**
 * The Office.js implementation of WorkbookHost: reads the live workbook into the core's model,
 * applies change sets atomically with an undo journal, selects cells, keeps settings.
 */
import type { CermatSettings } from '../core/options';
import { HostError } from '../host/types';
import type { AppliedChange, ChangeSet, ReadResult, ReadScope, WorkbookHost } from '../host/types';
import { applyChange } from './apply';
import { restoreEntry } from './restore';
import { toHostError } from './errors';
import { journal } from './journal';
import { probeLambda } from './lambda';
import { DEFAULT_READ_LIMITS, readModel } from './read';
import type { ReadLimits } from './read';
import { detectCapabilities, excelRun, UNDO_GROUP } from './runtime';
import type { BatchRunner, Capabilities } from './runtime';
import { documentSettings, readSettings, writeSettings } from './settings';
import type { SettingsStore } from './settings';

export interface OfficeHostOptions {
  capabilities?: Capabilities;
  settings?: SettingsStore | null;
  limits?: ReadLimits;
}

export class OfficeHost implements WorkbookHost {
  readonly kind = 'office' as const;
  private readonly caps: Capabilities;
  private readonly settings: SettingsStore | null;
  private readonly limits: ReadLimits;
  private lambda: Promise<boolean | null> | null = null;

  constructor(
    private readonly run: BatchRunner = excelRun,
    options: OfficeHostOptions = {},
  ) {
    this.caps = options.capabilities ?? detectCapabilities();
    this.settings = options.settings === undefined ? documentSettings() : options.settings;
    this.limits = options.limits ?? DEFAULT_READ_LIMITS;
  }

  async read(scope: ReadScope = { kind: 'workbook' }): Promise<ReadResult> {
    try {
      return await this.run((context) => readModel(context, scope, this.caps, this.limits));
    } catch (error) {
      throw toHostError(error, 'Buku kerja tidak dapat dibaca.');
    }
  }

  async apply(change: ChangeSet, options: { allowOverwrite?: boolean } = {}): Promise<AppliedChange> {
    const entry = await applyChange(this.run, change, options.allowOverwrite === true, this.caps);
    return entry.change;
  }

  async undo(id?: string): Promise<AppliedChange | null> {
    const entry = journal.find(id);
    if (!entry) return null;
    if (journal.laterOverlapping(entry).length > 0) {
      throw new HostError(
        `"${entry.change.label}" tidak dapat dibatalkan sendiri karena perubahan sesudahnya mengubah sel yang sama. Batalkan dulu perubahan yang lebih baru.`,
        'failed',
      );
    }
    try {
      await this.run((context) => restoreEntry(context, entry, this.caps, true), UNDO_GROUP);
    } catch (error) {
      throw toHostError(error, `Perubahan "${entry.change.label}" tidak dapat dibatalkan.`);
    }
    journal.remove(entry);
    return entry.change;
  }

  /** Probed once per host (lambda.ts); a failed probe is "unknown" (null), never an error. */
  supportsLambda(): Promise<boolean | null> {
    this.lambda ??= this.run(probeLambda, UNDO_GROUP).catch(() => null);
    return this.lambda;
  }

  async history(): Promise<AppliedChange[]> {
    return journal.list();
  }

  async select(sheet: string, cell: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject) throw new HostError(`Lembar "${sheet}" tidak ditemukan di buku kerja.`, 'not-found');
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    } catch (error) {
      throw toHostError(error, `Sel ${cell} pada lembar "${sheet}" tidak dapat dipilih.`);
    }
  }

  async loadSettings(): Promise<CermatSettings> {
    return readSettings(this.settings);
  }

  saveSettings(settings: CermatSettings): Promise<void> {
    return writeSettings(this.settings, settings);
  }
}
