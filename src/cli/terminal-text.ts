/**
 * Text from outside Cermat (file names, sheet names, workbook text inside messages) printed on a
 * terminal: control characters are shown as `\x1B`-style escapes, never sent raw, so a name cannot
 * move the cursor, recolour or rewrite the CLI's own lines. Also the bidirectional overrides that
 * make a line read differently from what it contains.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw inside strings (it escapes U+0000–U+001F itself; its own line breaks stay). */
const CONTROL_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOf(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** One line of outside text, printable as it is: every control character escaped (line breaks too). */
export function terminalText(text: string): string {
  return text.replace(CONTROL, escapeOf);
}

/**
 * JSON for stdout: JSON.stringify already escapes U+0000–U+001F; DEL, the C1 controls (U+009B is
 * a one-character CSI on some terminals) and the bidirectional overrides are escaped as \uXXXX too,
 * which leaves the same JSON value.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
