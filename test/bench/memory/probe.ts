/**
 * One measurement in a fresh process (run by memory.bench.ts): reads FILE either with ExcelJS alone
 * ("exceljs"), the way `cermat periksa` does ("cermat": the package's XML read directly within the limits, one sheet at a time, model,
 * check) or as for a marked copy ("whole": the workbook read whole, then checked), then prints the peak
 * resident memory as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { formatNumber } from '../../../src/core/numbers/format';
import { checkWorkbook } from '../../../src/core/periksa';
import { loadWorkbook, loadWorkbookModel } from '../../../src/xlsx/load';

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const bytes = readFileSync(file);
  const start = performance.now();
  let outcome = '';
  if (mode === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    outcome = `${wb.worksheets.length} lembar`;
  } else {
    try {
      // "whole": one read for the check and the marked copy (`--keluaran`), ExcelJS's objects kept.
      const model = mode === 'whole' ? (await loadWorkbook(bytes, basename(file))).model : await loadWorkbookModel(bytes, basename(file));
      outcome = `${formatNumber(checkWorkbook(model).report.findings.length)} temuan`;
    } catch (e) {
      outcome = (e as Error).message;
    }
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ mode, ms, maxRssKb: process.resourceUsage().maxRSS, outcome }) + '\n');
}

void main();
