/** Cermat's settings in the workbook's document settings (key "cermat"), saved with the workbook. */
import type { CermatSettings } from '../core/options';
import { HostError } from '../host/types';

export const SETTINGS_KEY = 'cermat';

/** The part of Office.Settings we use (tests pass a fake). */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

export function documentSettings(): SettingsStore | null {
  return typeof Office !== 'undefined' && Office.context?.document?.settings ? Office.context.document.settings : null;
}

export function readSettings(store: SettingsStore | null): CermatSettings {
  const value = store?.get(SETTINGS_KEY);
  return value && typeof value === 'object' ? (value as CermatSettings) : {};
}

export function writeSettings(store: SettingsStore | null, settings: CermatSettings): Promise<void> {
  if (!store) return Promise.reject(new HostError('Pengaturan tidak dapat disimpan: Cermat tidak berjalan di dalam Excel.', 'failed'));
  store.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'failed') {
        reject(new HostError(`Pengaturan tidak tersimpan di buku kerja: ${result.error?.message ?? 'alasan tidak diketahui'}.`, 'failed'));
      } else resolve();
    });
  });
}
