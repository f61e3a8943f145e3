/** `cermat` command-line arguments → a command, or a UsageError with an Indonesian message. */

export interface PeriksaCommand {
  kind: 'periksa';
  /** Files and folders, as typed. */
  inputs: string[];
  json: boolean;
  /** --timpa: the user's explicit choice to replace an existing --keluaran file. */
  overwrite?: boolean;
  /** --keluaran: where to write the marked copy. */
  output?: string;
  /** --skala: a built-in scale profile name. */
  scale?: string;
  /** --tahun: the report year. */
  year?: number;
}

export type Command = { kind: 'help' } | { kind: 'version' } | PeriksaCommand;

/** The command line cannot be understood; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const HELP_WORDS = new Set(['bantuan', '--bantuan', '--help', '-h']);
const VERSION_WORDS = new Set(['--versi', '--version', '-v']);
const VALUE_OPTIONS = new Set(['--keluaran', '--skala', '--tahun']);
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function parseYear(text: string): number {
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new UsageError(`--tahun harus berupa tahun empat angka antara ${MIN_YEAR} dan ${MAX_YEAR}, bukan "${text}".`);
  }
  return year;
}

/** Splits `--opsi=nilai` and takes the value of `--opsi nilai` from the following word. */
function takeValue(name: string, inline: string | undefined, rest: string[]): string {
  const value = inline ?? rest.shift();
  if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
    throw new UsageError(`Opsi ${name} memerlukan nilai.`);
  }
  return value;
}

function parsePeriksa(args: string[]): Command {
  const command: PeriksaCommand = { kind: 'periksa', inputs: [], json: false };
  const rest = [...args];
  let optionsEnded = false;
  while (rest.length > 0) {
    const word = rest.shift() as string;
    if (optionsEnded || !word.startsWith('-') || word === '-') {
      command.inputs.push(word);
      continue;
    }
    if (word === '--') {
      optionsEnded = true;
      continue;
    }
    if (HELP_WORDS.has(word)) return { kind: 'help' };
    const eq = word.indexOf('=');
    const name = eq === -1 ? word : word.slice(0, eq);
    const inline = eq === -1 ? undefined : word.slice(eq + 1);
    if (name === '--json' && inline === undefined) {
      command.json = true;
    } else if (name === '--timpa' && inline === undefined) {
      command.overwrite = true;
    } else if (VALUE_OPTIONS.has(name)) {
      const value = takeValue(name, inline, rest);
      if (name === '--keluaran') command.output = value;
      else if (name === '--skala') command.scale = value;
      else command.year = parseYear(value);
    } else {
      throw new UsageError(`Opsi tidak dikenal: ${word}. Lihat "cermat bantuan".`);
    }
  }
  if (command.inputs.length === 0) {
    throw new UsageError('Sebutkan berkas .xlsx atau folder yang akan diperiksa: cermat periksa BERKAS.xlsx');
  }
  return command;
}

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('Perintah belum diberikan. Lihat "cermat bantuan".');
  if (HELP_WORDS.has(first)) return { kind: 'help' };
  if (VERSION_WORDS.has(first)) return { kind: 'version' };
  if (first === 'periksa') return parsePeriksa(rest);
  throw new UsageError(`Perintah tidak dikenal: "${first}". Perintah yang ada: periksa, bantuan.`);
}
