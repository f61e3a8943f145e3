/** `cermat`: the headless checker (webpack builds it to dist/cli/cermat.js). */
import { runCli } from './run';
import { terminalText } from './terminal-text';
import { removeTemporaryFilesOnSignals } from './temporary-files';

removeTemporaryFilesOnSignals(process);

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`Kesalahan internal Cermat: ${detail.split('\n').map(terminalText).join('\n')}\n`);
    process.exitCode = 2;
  },
);
