/**
 * Messages between the task pane and the check worker. The workbook goes one sheet per message, so
 * no single structured clone on the pane's thread is as large as the whole workbook.
 */
import type { SheetModel } from '../../core/model/workbook';
import type { CheckOptions } from '../../core/options';
import type { CheckResult } from '../../core/periksa';

export type CheckRequest =
  | { kind: 'start'; name?: string; options: CheckOptions; sheets: number }
  | { kind: 'sheet'; sheet: SheetModel };

export type CheckReply = { kind: 'received'; sheets: number } | { kind: 'done'; result: CheckResult } | { kind: 'failed'; message: string };
