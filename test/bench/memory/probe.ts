/**
 * One measurement in a fresh process (run by memory.bench.ts): reads FILE either with ExcelJS alone
 * ("exceljs") or the way `cermat periksa` does ("cermat": `cermat periksa` without a marked copy: limits, ExcelJS sheet by sheet, model, check), then prints the peak
 * resident memory as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/periksa';
import { loadWorkbookModel } from '../../../src/xlsx/load';

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
      const model = await loadWorkbookModel(bytes, basename(file));
      outcome = `${checkWorkbook(model).report.findings.length} temuan`;
    } catch (e) {
      outcome = (e as Error).message;
    }
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ mode, ms, maxRssKb: process.resourceUsage().maxRSS, outcome }) + '\n');
}

void main();
