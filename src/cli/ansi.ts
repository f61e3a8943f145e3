/** ANSI colours for the text report: only on a terminal, and never when NO_COLOR is set. */
import type { Severity } from '../core/report';

export interface Paint {
  bold(text: string): string;
  severity(severity: Severity, text: string): string;
}

const SEVERITY_CODES: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

function wrap(code: string, text: string): string {
  return `\x1b[${code}m${text}\x1b[0m`;
}

export const PLAIN: Paint = {
  bold: (text) => text,
  severity: (_severity, text) => text,
};

export const COLOURED: Paint = {
  bold: (text) => wrap('1', text),
  severity: (severity, text) => wrap(SEVERITY_CODES[severity], text),
};

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export function paintFor(isTTY: boolean | undefined, env: Record<string, string | undefined>): Paint {
  return isTTY && !env.NO_COLOR ? COLOURED : PLAIN;
}
