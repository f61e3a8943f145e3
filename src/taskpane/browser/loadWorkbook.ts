/**
 * Workbooks for the browser host: the bundled sample or a file the user picks. ExcelJS is loaded
 * on demand (its own chunk), so the task pane inside Excel never downloads it.
 */
import type { WorkbookModel } from '../../core/model/workbook';

export const SAMPLE_NAME = 'tanjungpinang-2024.xlsx';
/** Relative to taskpane.html: webpack copies the sample to dist/assets/contoh/. */
export const SAMPLE_URL = `assets/contoh/${SAMPLE_NAME}`;

/** The file's bytes as a WorkbookModel; throws WorkbookLoadError with an Indonesian message. */
export async function modelFromBytes(data: ArrayBuffer, name: string): Promise<WorkbookModel> {
  const { loadWorkbookModel } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/load');
  return loadWorkbookModel(data, name);
}

export async function loadSample(): Promise<WorkbookModel> {
  let response: Response;
  try {
    response = await fetch(SAMPLE_URL);
  } catch {
    throw new Error(`Contoh workbook ${SAMPLE_NAME} tidak dapat diambil dari server.`);
  }
  if (!response.ok) throw new Error(`Contoh workbook ${SAMPLE_NAME} tidak ditemukan (HTTP ${response.status}).`);
  return modelFromBytes(await response.arrayBuffer(), SAMPLE_NAME);
}

export async function loadFile(file: File): Promise<WorkbookModel> {
  return modelFromBytes(await file.arrayBuffer(), file.name);
}
