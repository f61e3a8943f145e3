/**
 * The worker's side of a check: collects the sheets the pane sends, then runs the pure core's
 * checkWorkbook and replies with the result, table by table (or the failure's message). No DOM, no Office.
 */
import type { SheetModel } from '../../core/model/workbook';
import { checkWorkbook } from '../../core/periksa';
import type { CheckReply, CheckRequest } from './protocol';

export function createCheckSession(reply: (message: CheckReply) => void): (message: CheckRequest) => void {
  let start: Extract<CheckRequest, { kind: 'start' }> | null = null;
  let sheets: SheetModel[] = [];
  return (message) => {
    if (message.kind === 'start') {
      start = message;
      sheets = [];
    } else if (start) {
      sheets.push(message.sheet);
      reply({ kind: 'received', sheets: sheets.length });
    }
    if (!start || sheets.length < start.sheets) return;
    const { name, options } = start;
    start = null;
    try {
      const { report, recognition } = checkWorkbook({ name, sheets }, options);
      for (const table of recognition.tables) reply({ kind: 'table', table });
      reply({ kind: 'done', report, year: recognition.year });
    } catch (e) {
      reply({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
}
