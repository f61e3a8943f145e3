/** `cermat`: the headless checker (webpack builds it to dist/cli/cermat.js). */
import { runCli } from './run';
import { removeTemporaryFilesOnSignals } from './temporary-files';

removeTemporaryFilesOnSignals(process);

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Kesalahan internal Cermat: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
