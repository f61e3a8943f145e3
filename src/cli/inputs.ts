/** The files a `cermat periksa` run covers: files as given, folders as their .xlsx files. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface InputFile {
  path: string;
  /** Why the input cannot be checked (Indonesian), when it cannot. */
  problem?: string;
}

/** Excel's lock files (`~$Buku.xlsx`) sit beside an open workbook; they are not workbooks. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}

async function folderFiles(folder: string): Promise<InputFile[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && isWorkbookName(e.name))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  if (files.length === 0) return [{ path: folder, problem: `Folder "${folder}" tidak berisi berkas .xlsx.` }];
  return files.map((name) => ({ path: join(folder, name) }));
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'tidak ditemukan',
  EACCES: 'tidak boleh dibuka (izin akses ditolak)',
  EPERM: 'tidak boleh dibuka (izin akses ditolak)',
  EISDIR: 'adalah folder',
  ENOTDIR: 'tidak ditemukan (bagian jalurnya bukan folder)',
  ENOSPC: 'tidak dapat ditulis: ruang disk penuh',
  EROFS: 'tidak dapat ditulis: disk hanya-baca',
  EBUSY: 'sedang dipakai program lain',
};

/** Why a file operation failed, in Indonesian: `"a.xlsx" tidak ditemukan.` */
export function fileProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : FS_REASONS[code];
  if (known) return `"${path}" ${known}.`;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return `"${path}" tidak dapat dipakai (rincian teknis: ${detail}).`;
}

async function expand(input: string): Promise<InputFile[]> {
  try {
    const info = await stat(input);
    if (info.isDirectory()) return await folderFiles(input);
    if (!info.isFile()) return [{ path: input, problem: `"${input}" bukan berkas biasa.` }];
    return [{ path: input }];
  } catch (e) {
    return [{ path: input, problem: `Berkas atau folder ${fileProblem(input, e)}` }];
  }
}

/** Every input expanded, in the order given, each file once. */
export async function resolveInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const seen = new Set<string>();
  const out: InputFile[] = [];
  for (const input of inputs) {
    for (const file of await expand(input)) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      out.push(file);
    }
  }
  return out;
}

export function displayName(path: string): string {
  return basename(path);
}

/** True when both paths name the same file, also through a link or another spelling of the path. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
