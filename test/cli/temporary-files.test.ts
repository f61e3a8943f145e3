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
