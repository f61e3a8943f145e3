/**
 * Messages between the task pane and the check worker. The workbook goes one sheet per message and
 * the result comes back one recognised table per message, so no single structured clone on the
 * pane's thread is as large as the whole workbook or the whole result.
 */
import type { SheetModel } from '../../core/model/workbook';
import type { CheckOptions } from '../../core/options';
import type { RecognizedTable } from '../../core/recognition/types';
import type { Report } from '../../core/report';

export type CheckRequest =
  | { kind: 'start'; name?: string; options: CheckOptions; sheets: number }
  | { kind: 'sheet'; sheet: SheetModel };

export type CheckReply =
  | { kind: 'received'; sheets: number }
  | { kind: 'table'; table: RecognizedTable }
  | { kind: 'done'; report: Report; year: number | null }
  | { kind: 'failed'; message: string };
