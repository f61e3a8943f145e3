/**
 * One fuzz run: the bytes go the way `cermat periksa` takes them (reading limits, the XML read directly, model,
 * formula results, recognition, every check). Each run must end in a report or a clear message
 * (WorkbookLoadError); anything else thrown is a crash, and a check that failed inside the run
 * (reported by checkWorkbook as "tidak dapat dijalankan") counts as one too, and so does a message
 * that prints a number the JavaScript way (`1.5e+308`, `NaN`) instead of the Indonesian one.
 */
import { checkWorkbook } from '../../src/core/periksa';
import { loadWorkbookModel, WorkbookLoadError } from '../../src/xlsx/load';

export type FuzzOutcome = { kind: 'report'; findings: number } | { kind: 'message'; code: string } | { kind: 'crash'; error: string };

const CHECK_FAILED = 'tidak dapat dijalankan';
const JAVASCRIPT_NUMBER = /\d[eE][-+]?\d|\bNaN\b/;

export async function fuzzRun(bytes: Uint8Array): Promise<FuzzOutcome> {
  try {
    const model = await loadWorkbookModel(bytes, 'fuzz.xlsx');
    const { report } = checkWorkbook(model);
    const failed = report.findings.find((f) => f.message.includes(CHECK_FAILED));
    if (failed) return { kind: 'crash', error: `check ${failed.check} failed` };
    // Text quoted from the workbook ("1e308" typed as text) is the user's own, and may stay as typed.
    const unreadable = report.findings.find((f) => JAVASCRIPT_NUMBER.test(f.message.replace(/"[^"]*"/g, '')));
    if (unreadable) return { kind: 'crash', error: `number not in Indonesian: ${unreadable.message}` };
    return { kind: 'report', findings: report.findings.length };
  } catch (e) {
    if (e instanceof WorkbookLoadError) return { kind: 'message', code: e.code };
    return { kind: 'crash', error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}
