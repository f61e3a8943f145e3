/**
 * The built CLI as a user runs it: `node dist/cli/cermat.js …` (npm test builds before it tests).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/core/report';
import { contractProblems } from './report-contract';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'cermat.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function cermat(args: string[]): Promise<Result> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" before these tests.`);
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('dist/cli/cermat.js', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cermat-spawn-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts with a node shebang', () => {
    expect(existsSync(CLI)).toBe(true);
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints the help', async () => {
    const { code, stdout } = await cermat(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('cermat periksa BERKAS.xlsx');
  });

  it('prints the JSON report of a fixture and exits 1 exactly when it holds an error', async () => {
    const { code, stdout } = await cermat(['periksa', join(FIXTURES, 'tarakan-2024.xlsx'), '--json']);
    const report = JSON.parse(stdout) as Report;
    expect(contractProblems(report)).toEqual([]);
    expect(report.file).toBe('tarakan-2024.xlsx');
    expect(code).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('exits 2 with an Indonesian message for a file that is not a workbook', async () => {
    const text = join(dir, 'catatan.txt');
    writeFileSync(text, 'bukan buku kerja');
    const { code, stdout, stderr } = await cermat(['periksa', text]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Berkas "catatan.txt" bukan buku kerja Excel (.xlsx)');
  });

  it('exits 2 for an unknown command, without colours when stdout is not a terminal', async () => {
    const { code, stdout, stderr } = await cermat(['cek']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('Perintah tidak dikenal: "cek". Perintah yang ada: periksa, bantuan.\n');
  });

  it('of 8 runs started together with one --keluaran path, one saves and 7 refuse, leaving no temporary file', async () => {
    const output = join(dir, 'bersama.xlsx');
    const runs = await Promise.all(Array.from({ length: 8 }, () => cermat(['periksa', join(FIXTURES, 'tanjungpinang-2024.xlsx'), '--keluaran', output])));
    expect(runs.filter((r) => r.stdout.includes(`Salinan bertanda disimpan di "${output}".`))).toHaveLength(1);
    expect(runs.filter((r) => r.code === 2 && r.stderr.includes('sudah ada'))).toHaveLength(7);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
