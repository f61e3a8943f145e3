import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseTemporary, removeTemporaryFilesOnSignals, trackTemporary } from '../../src/cli/temporary-files';

class FakeProcess extends EventEmitter {
  exits: number[] = [];
  exit(code: number): void {
    this.exits.push(code);
  }
}

describe('removeTemporaryFilesOnSignals', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cermat-signal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes the unfinished temporary file on %s and exits %d', (signal, code) => {
    const fake = new FakeProcess();
    removeTemporaryFilesOnSignals(fake);
    const temporary = join(dir, 'hasil.xlsx.cermat-1.tmp');
    const finished = join(dir, 'selesai.tmp');
    writeFileSync(temporary, 'setengah');
    writeFileSync(finished, 'utuh');
    trackTemporary(temporary);
    trackTemporary(finished);
    releaseTemporary(finished);
    fake.emit(signal);
    expect(existsSync(temporary)).toBe(false);
    expect(existsSync(finished)).toBe(true);
    expect(fake.exits).toEqual([code]);
  });
});

describe('a real process stopped by a signal', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes its temporary file on %s and exits %d', async (signal, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'cermat-signal-'));
    const temporary = join(dir, 'hasil.xlsx.cermat-2.tmp');
    const module = join(__dirname, '..', '..', 'src', 'cli', 'temporary-files.ts');
    const script = [
      `const { writeFileSync } = require('node:fs');`,
      `const t = require(${JSON.stringify(module)});`,
      `t.removeTemporaryFilesOnSignals(process);`,
      `writeFileSync(${JSON.stringify(temporary)}, 'setengah');`,
      `t.trackTemporary(${JSON.stringify(temporary)});`,
      `process.stdout.write('siap\\n');`,
      `setInterval(() => undefined, 1000);`,
    ].join('\n');
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(existsSync(temporary)).toBe(true);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    child.kill(signal);
    expect(await exit).toBe(code);
    expect(existsSync(temporary)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
