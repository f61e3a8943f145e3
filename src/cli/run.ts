/**
 * `cermat` without the process around it: arguments and streams in, exit code out, so the whole
 * run is testable in-process. Only src/cli touches the file system.
 */
import { access, readFile } from 'node:fs/promises';
import packageJson from '../../package.json';
import { findingsSummary } from '../core/changes/labels';
import type { CheckOptions } from '../core/options';
import { checkWorkbook } from '../core/periksa';
import type { Report } from '../core/report';
import { getProfile, PROFILES } from '../core/scales/profiles';
import { loadWorkbookModel, WorkbookLoadError } from '../xlsx/load';
import { MarkedCopyError, writeMarkedCopy } from '../xlsx/write-marked';
import { paintFor } from './ansi';
import { parseArgs, UsageError, type PeriksaCommand } from './args';
import { HELP_TEXT } from './help';
import { displayName, fileProblem, resolveInputs, sameFile, type InputFile } from './inputs';
import { createProgress, type ProgressStream } from './progress';
import { saveOutput } from './output-file';
import { terminalJson, terminalText } from './terminal-text';
import { formatTextReport } from './text-report';

export interface CliIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
  env: Record<string, string | undefined>;
}

export interface Outcome {
  path: string;
  report?: Report;
  /** Why the file (or its marked copy) could not be handled, in Indonesian. */
  problems: string[];
  /** What was done besides checking ("Salinan bertanda disimpan …"). */
  notices: string[];
}

export type ExitCode = 0 | 1 | 2;

/** 2 when any input was unusable (it wins: the run is incomplete), 1 when any error was found, else 0. */
export function exitCode(outcomes: readonly Outcome[]): ExitCode {
  if (outcomes.some((o) => o.problems.length > 0)) return 2;
  if (outcomes.some((o) => o.report?.findings.some((f) => f.severity === 'error'))) return 1;
  return 0;
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function unknownScaleMessage(name: string): string {
  const profiles = Object.values(PROFILES).map((p) => `  ${p.id.padEnd(20)}${p.name}`);
  return [`Skala "${terminalText(name)}" tidak dikenal. Profil skala yang tersedia:`, ...profiles].join('\n');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function existsProblem(output: string): string {
  return `"${output}" sudah ada. Pilih nama lain, atau tambahkan --timpa untuk menggantinya.`;
}

/** Why the copy was not saved (Indonesian), or null when it was. Never an unexplained error code. */
async function saveMarkedCopy(bytes: Uint8Array, report: Report, output: string, overwrite: boolean): Promise<string | null> {
  // Checked before the slow part to answer early, and again (exclusively) when the file is created.
  if (!overwrite && (await exists(output))) return existsProblem(output);
  let copy: Uint8Array;
  try {
    copy = await writeMarkedCopy(bytes, report);
  } catch (e) {
    if (e instanceof MarkedCopyError) return e.message;
    return `pembuatannya gagal karena kesalahan di Cermat (rincian teknis: ${messageOf(e)}).`;
  }
  try {
    return (await saveOutput(output, copy, overwrite)) === 'exists' ? existsProblem(output) : null;
  } catch (e) {
    return fileProblem(output, e);
  }
}

async function checkFile(file: InputFile, options: CheckOptions, output: string | undefined, overwrite: boolean): Promise<Outcome> {
  const outcome: Outcome = { path: file.path, problems: [], notices: [] };
  if (file.problem) return { ...outcome, problems: [file.problem] };
  const name = displayName(file.path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (e) {
    return { ...outcome, problems: [`Berkas ${fileProblem(file.path, e)}`] };
  }
  try {
    const model = await loadWorkbookModel(bytes, name);
    outcome.report = checkWorkbook(model, options).report;
  } catch (e) {
    const problem =
      e instanceof WorkbookLoadError
        ? e.message
        : `Pemeriksaan "${name}" gagal karena kesalahan di Cermat (rincian teknis: ${messageOf(e)}).`;
    return { ...outcome, problems: [problem] };
  }
  if (output) {
    const problem = await saveMarkedCopy(bytes, outcome.report, output, overwrite);
    if (problem) outcome.problems.push(`Salinan bertanda tidak disimpan: ${problem}`);
    else outcome.notices.push(`Salinan bertanda disimpan di "${output}".`);
  }
  return outcome;
}

function totalLine(outcomes: readonly Outcome[]): string {
  const reports = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  const findings = reports.flatMap((r) => r.findings);
  const tables = reports.reduce((n, r) => n + r.tables.length, 0);
  const unusable = outcomes.length - reports.length;
  const skipped = unusable > 0 ? `; ${unusable} berkas tidak dapat diperiksa` : '';
  return `Seluruhnya ${reports.length} berkas diperiksa: ${findingsSummary(findings, tables)}${skipped}.`;
}

/** One file's JSON: its report, or `{ "file", "error" }` when it could not be checked. */
function jsonOutcome(outcome: Outcome, file: string): Report | { file: string; error: string } {
  return outcome.report ?? { file, error: outcome.problems.join(' ') };
}

/** Checks the inputs one by one; a file that cannot be used is reported and the others go on. */
async function runPeriksa(command: PeriksaCommand, io: CliIo): Promise<ExitCode> {
  const options: CheckOptions = {};
  if (command.scale !== undefined) {
    const profile = getProfile(command.scale);
    if (!profile) {
      io.stderr.write(unknownScaleMessage(command.scale) + '\n');
      return 2;
    }
    options.scale = profile.id;
  }
  if (command.year !== undefined) options.year = command.year;

  const files = await resolveInputs(command.inputs);
  if (command.output !== undefined) {
    if (files.length !== 1) {
      io.stderr.write(`--keluaran hanya dapat dipakai untuk satu berkas masukan; yang diberikan ${files.length} berkas.\n`);
      return 2;
    }
    if (await sameFile(command.output, files[0].path)) {
      io.stderr.write('Berkas --keluaran tidak boleh sama dengan berkas masukan: berkas asli tidak pernah diubah.\n');
      return 2;
    }
  }

  const paint = paintFor(io.stdout.isTTY, io.env);
  const progress = createProgress(io.stderr, files.length);
  const outcomes: Outcome[] = [];
  for (const [i, file] of files.entries()) {
    progress.step(i, terminalText(displayName(file.path)));
    const outcome = await checkFile(file, options, command.output, command.overwrite === true);
    progress.clear();
    outcomes.push(outcome);
    for (const problem of outcome.problems) io.stderr.write(terminalText(problem) + '\n');
    if (command.json) continue;
    if (outcome.report) io.stdout.write((outcomes.length > 1 ? '\n' : '') + formatTextReport(outcome.report, paint));
    for (const notice of outcome.notices) io.stdout.write(terminalText(notice) + '\n');
  }

  if (command.json) {
    const single = command.inputs.length === 1 && files.length === 1 && files[0].path === command.inputs[0];
    if (single) io.stdout.write(terminalJson(jsonOutcome(outcomes[0], displayName(files[0].path))) + '\n');
    else io.stdout.write(terminalJson(outcomes.flatMap((o) => (o.report ? [o.report] : []))) + '\n');
    for (const notice of outcomes.flatMap((o) => o.notices)) io.stderr.write(terminalText(notice) + '\n');
  } else if (files.length > 1) {
    io.stdout.write('\n' + paint.bold(totalLine(outcomes)) + '\n');
  }
  return exitCode(outcomes);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout.write(HELP_TEXT);
      return 0;
    }
    if (command.kind === 'version') {
      io.stdout.write(`cermat ${packageJson.version}\n`);
      return 0;
    }
    return await runPeriksa(command, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`${terminalText(e.message)}\n`);
    return 2;
  }
}
