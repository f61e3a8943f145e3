/**
 * The task pane's state and the operations on the injected host: read and check the workbook,
 * apply and undo change sets, save settings, remember ignored findings for the session.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { findingsSummary } from '../../core/changes/labels';
import type { WorkbookModel } from '../../core/model/workbook';
import type { CermatSettings } from '../../core/options';
import { checkWorkbook, type CheckResult } from '../../core/periksa';
import type { Finding } from '../../core/report';
import { HostError, type AppliedChange, type ChangeSet, type WorkbookHost } from '../../host/types';
import { findingKey, visibleFindings } from '../results/groupFindings';
import { formatNumber } from '../../core/numbers/format';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

export interface CermatState {
  phase: 'loading' | 'ready' | 'failed';
  settings: CermatSettings;
  model: WorkbookModel | null;
  result: CheckResult | null;
  /** True once the user ran Periksa: the findings are shown from then on. */
  checked: boolean;
  /** What is running now, in Indonesian, or null. */
  busy: string | null;
  ignored: string[];
  history: AppliedChange[];
  /** The change that marked the findings on the sheets (for "Hapus tanda"). */
  marksId: string | null;
  notice: Notice | null;
  /** Read out by the live region. */
  announcement: string;
}

export interface CermatActions {
  reload(): Promise<void>;
  check(): Promise<void>;
  /** Applies a change; returns the HostError when the host refused it (the notice says why). */
  apply(change: ChangeSet, options?: { allowOverwrite?: boolean; select?: { sheet: string; cell: string } }): Promise<AppliedChange | HostError>;
  markFindings(change: ChangeSet): Promise<void>;
  clearMarks(): Promise<void>;
  undo(id?: string): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  saveSettings(settings: CermatSettings): Promise<void>;
  ignore(finding: Finding): void;
  restoreIgnored(): void;
  dismissNotice(): void;
}

const INITIAL: CermatState = {
  phase: 'loading',
  settings: {},
  model: null,
  result: null,
  checked: false,
  busy: 'Membaca buku kerja…',
  ignored: [],
  history: [],
  marksId: null,
  notice: null,
  announcement: '',
};

/** Indonesian text for any failure: the host's own message, or a plain explanation. */
export function describeError(e: unknown): string {
  if (e instanceof HostError) return e.message;
  // The technical text of an unexpected error is for the developers: it comes last, clearly labelled.
  const detail = e instanceof Error && e.message ? ` Rincian teknis untuk pengembang: ${e.message}` : '';
  return `Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, simpan buku kerja lalu buka ulang Cermat.${detail}`;
}

/** Lets React paint the progress indicator before a synchronous check runs. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function useCermat(host: WorkbookHost): { state: CermatState; actions: CermatActions } {
  const [state, setState] = useState<CermatState>(INITIAL);
  const current = useRef(state);
  current.current = state;
  const patch = useCallback((p: Partial<CermatState>) => setState((s) => ({ ...s, ...p })), []);

  /** Reads the workbook and runs the recogniser and every check with the given settings. */
  const analyse = useCallback(
    async (settings: CermatSettings) => {
      const model = await host.read({ kind: 'workbook' });
      await nextFrame();
      const result = checkWorkbook(model, settings);
      const history = await host.history();
      return { model, result, history };
    },
    [host],
  );

  const run = useCallback(
    async (busy: string, work: () => Promise<Partial<CermatState>>) => {
      patch({ busy, announcement: busy });
      try {
        patch({ ...(await work()), busy: null });
      } catch (e) {
        const text = describeError(e);
        patch({ busy: null, notice: { intent: 'error', text }, announcement: text });
      }
    },
    [patch],
  );

  const reload = useCallback(async () => {
    patch({ phase: 'loading', busy: 'Membaca buku kerja…', notice: null });
    try {
      const settings = await host.loadSettings();
      const analysed = await analyse(settings);
      const tables = analysed.result.recognition.tables.length;
      patch({ ...analysed, settings, phase: 'ready', busy: null, announcement: `${tables} tabel dikenali.` });
    } catch (e) {
      const text = describeError(e);
      patch({ phase: 'failed', busy: null, notice: { intent: 'error', text }, announcement: text });
    }
  }, [analyse, host, patch]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Re-reads and re-checks after the workbook changed. */
  const refreshed = useCallback(async () => analyse(current.current.settings), [analyse]);

  const check = useCallback(
    () =>
      run('Memeriksa tabel…', async () => {
        const analysed = await refreshed();
        const { ignored, settings } = current.current;
        const visible = visibleFindings(analysed.result.report.findings, ignored, settings.showRoundingNotes);
        const text = `Pemeriksaan selesai: ${findingsSummary(visible, analysed.result.report.tables.length)}.`;
        return { ...analysed, checked: true, notice: null, announcement: text };
      }),
    [refreshed, run],
  );

  const apply = useCallback<CermatActions['apply']>(
    async (change, options = {}) => {
      let outcome: AppliedChange | HostError = new HostError('Perubahan belum diterapkan.', 'failed');
      await run(`${change.label}…`, async () => {
        try {
          outcome = await host.apply(change, { allowOverwrite: options.allowOverwrite });
        } catch (e) {
          if (!(e instanceof HostError)) throw e;
          outcome = e;
          // The workbook changed under the pane (e.g. someone typed in the target column): re-read it
          // so previews show what is there now.
          const now = e.code === 'not-empty' ? await refreshed() : {};
          return { ...now, notice: { intent: 'warning', text: e.message }, announcement: e.message };
        }
        if (options.select) await host.select(options.select.sheet, options.select.cell);
        const text = `${change.label}: selesai (${formatNumber(outcome.cells)} sel).`;
        return { ...(await refreshed()), notice: { intent: 'success', text }, announcement: text };
      });
      return outcome;
    },
    [host, refreshed, run],
  );

  const markFindings = useCallback(
    async (change: ChangeSet) => {
      const outcome = await apply(change);
      if (!(outcome instanceof HostError)) patch({ marksId: outcome.id });
    },
    [apply, patch],
  );

  const undo = useCallback(
    (id?: string) =>
      run('Membatalkan perubahan…', async () => {
        const undone = await host.undo(id);
        const text = undone ? `Dibatalkan: ${undone.label}.` : 'Tidak ada perubahan yang bisa dibatalkan.';
        const marksId = undone && undone.id === current.current.marksId ? null : current.current.marksId;
        return { ...(await refreshed()), marksId, notice: { intent: 'info', text }, announcement: text };
      }),
    [host, refreshed, run],
  );

  const clearMarks = useCallback(async () => {
    if (current.current.marksId) await undo(current.current.marksId);
  }, [undo]);

  const select = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await host.select(sheet, cell);
        patch({ announcement: `Sel '${sheet}'!${cell} dipilih.` });
      } catch (e) {
        const text = describeError(e);
        patch({ notice: { intent: 'error', text }, announcement: text });
      }
    },
    [host, patch],
  );

  const saveSettings = useCallback(
    (settings: CermatSettings) =>
      run('Menyimpan pengaturan…', async () => {
        await host.saveSettings(settings);
        const analysed = await analyse(settings);
        const text = 'Pengaturan disimpan di buku kerja dan dipakai pada pemeriksaan berikutnya.';
        return { ...analysed, settings, notice: { intent: 'success', text }, announcement: text };
      }),
    [analyse, host, run],
  );

  const ignore = useCallback(
    (finding: Finding) =>
      setState((s) => ({
        ...s,
        ignored: [...s.ignored, findingKey(finding)],
        announcement: `Temuan di sel ${finding.cell} diabaikan selama sesi ini.`,
      })),
    [],
  );

  const restoreIgnored = useCallback(() => patch({ ignored: [], announcement: 'Temuan yang diabaikan ditampilkan lagi.' }), [patch]);
  const dismissNotice = useCallback(() => patch({ notice: null }), [patch]);

  const actions = useMemo(
    () => ({ reload, check, apply, markFindings, clearMarks, undo, select, saveSettings, ignore, restoreIgnored, dismissNotice }),
    [reload, check, apply, markFindings, clearMarks, undo, select, saveSettings, ignore, restoreIgnored, dismissNotice],
  );
  return { state, actions };
}
