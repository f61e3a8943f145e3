/**
 * The task pane's state and the operations on the injected host: read and check the workbook (the
 * whole of it, the active sheet or the selection; the check itself runs in a worker and can be
 * stopped), apply and undo change sets, save settings, remember ignored findings for the session.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { findingsSummary } from '../../core/changes/labels';
import type { CermatSettings } from '../../core/options';
import type { CheckResult } from '../../core/periksa';
import type { Finding } from '../../core/report';
import { HostError, type AppliedChange, type ChangeSet, type ReadResult, type ReadScope, type WorkbookHost } from '../../host/types';
import { CheckCancelled, defaultChecker, type Checker } from '../check/checker';
import { findingKey, visibleFindings } from '../results/groupFindings';
import { formatNumber } from '../../core/numbers/format';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
}

export interface CermatState {
  phase: 'loading' | 'ready' | 'failed';
  settings: CermatSettings;
  /** What "Periksa" reads: the whole workbook, the active sheet or the selection. */
  scope: ReadScope['kind'];
  /** The workbook as read, with what could not be read (ReadResult.notices). */
  model: ReadResult | null;
  result: CheckResult | null;
  /** True once the user ran Periksa: the findings are shown from then on. */
  checked: boolean;
  /** What is running now, in Indonesian, or null. */
  busy: string | null;
  /** A check is running (it can be stopped). */
  checking: boolean;
  ignored: string[];
  history: AppliedChange[];
  /** The change that marked the findings on the sheets (for "Hapus tanda"). */
  marksId: string | null;
  notice: Notice | null;
  /** Read out by the live region. */
  announcement: string;
}

export interface CermatActions {
  /** Reads and checks again; `showFindings` also shows the findings (as after "Periksa"). */
  reload(options?: { showFindings?: boolean }): Promise<void>;
  check(): Promise<void>;
  /** Stops a running check; the pane keeps what it showed before. */
  cancelCheck(): void;
  setScope(scope: ReadScope['kind']): void;
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
  scope: 'workbook',
  model: null,
  result: null,
  checked: false,
  busy: 'Membaca buku kerja…',
  checking: false,
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

const CANCELLED = 'Pemeriksaan dihentikan; hasil sebelumnya tetap ditampilkan.';

export function useCermat(host: WorkbookHost, checker: Checker = defaultChecker()): { state: CermatState; actions: CermatActions } {
  const [state, setState] = useState<CermatState>(INITIAL);
  const current = useRef(state);
  current.current = state;
  const patch = useCallback((p: Partial<CermatState>) => setState((s) => ({ ...s, ...p })), []);
  const checkerRef = useRef(checker);
  const running = useRef<AbortController | null>(null);

  /** Reads the chosen scope and runs the recogniser and every check (in the worker) with the given settings. */
  const analyse = useCallback(
    async (settings: CermatSettings) => {
      const model = await host.read({ kind: current.current.scope });
      const controller = new AbortController();
      running.current?.abort();
      running.current = controller;
      patch({ checking: true });
      try {
        const result = await checkerRef.current(model, settings, {
          signal: controller.signal,
          onProgress: (busy) => patch({ busy }),
        });
        const history = await host.history();
        return { model, result, history };
      } finally {
        if (running.current === controller) {
          running.current = null;
          patch({ checking: false });
        }
      }
    },
    [host, patch],
  );

  const cancelCheck = useCallback(() => running.current?.abort(), []);
  const setScope = useCallback((scope: ReadScope['kind']) => patch({ scope }), [patch]);

  const run = useCallback(
    async (busy: string, work: () => Promise<Partial<CermatState>>) => {
      patch({ busy, announcement: busy });
      try {
        patch({ ...(await work()), busy: null });
      } catch (e) {
        if (e instanceof CheckCancelled) {
          patch({ busy: null, notice: { intent: 'info', text: CANCELLED }, announcement: CANCELLED });
          return;
        }
        const text = describeError(e);
        patch({ busy: null, notice: { intent: 'error', text }, announcement: text });
      }
    },
    [patch],
  );

  const reload = useCallback<CermatActions['reload']>(
    async (options = {}) => {
      patch({ phase: 'loading', busy: 'Membaca buku kerja…', notice: null });
      try {
        const settings = await host.loadSettings();
        const analysed = await analyse(settings);
        const tables = analysed.result.recognition.tables.length;
        const checked = options.showFindings === true || current.current.checked;
        patch({ ...analysed, settings, checked, phase: 'ready', busy: null, announcement: `${tables} tabel dikenali.` });
      } catch (e) {
        const text = e instanceof CheckCancelled ? CANCELLED : describeError(e);
        patch({ phase: 'failed', busy: null, notice: { intent: e instanceof CheckCancelled ? 'info' : 'error', text }, announcement: text });
      }
    },
    [analyse, host, patch],
  );

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
    () => ({ reload, check, cancelCheck, setScope, apply, markFindings, clearMarks, undo, select, saveSettings, ignore, restoreIgnored, dismissNotice }),
    [reload, check, cancelCheck, setScope, apply, markFindings, clearMarks, undo, select, saveSettings, ignore, restoreIgnored, dismissNotice],
  );
  return { state, actions };
}
