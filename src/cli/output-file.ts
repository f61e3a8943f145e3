/**
 * Saving the marked copy: the bytes go to a temporary file beside the target, and only when it is
 * complete does the target appear, created exclusively — a file that appeared at the target while
 * Cermat was working (another run, the user) is never replaced without --timpa.
 */
import { link, open, rename, rm, writeFile } from 'node:fs/promises';
import { releaseTemporary, trackTemporary } from './temporary-files';

export type SaveResult = 'saved' | 'exists';

function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException).code;
}

/** File systems without hard links (FAT, some network shares) say so with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EINVAL', 'EMLINK']);

/** Creates `path` with the bytes only if it does not exist yet; a partial file is removed on failure or signal. */
async function createExclusively(path: string, bytes: Uint8Array): Promise<SaveResult> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (e) {
    if (codeOf(e) === 'EEXIST') return 'exists';
    throw e;
  }
  trackTemporary(path);
  try {
    await handle.writeFile(bytes);
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw e;
  } finally {
    releaseTemporary(path);
  }
  return 'saved';
}

export async function saveOutput(path: string, bytes: Uint8Array, overwrite: boolean): Promise<SaveResult> {
  const temporary = `${path}.cermat-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`;
  trackTemporary(temporary);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    if (overwrite) {
      await rename(temporary, path);
      return 'saved';
    }
    try {
      // A hard link creates the name atomically, with the complete content, and fails when it exists.
      await link(temporary, path);
      return 'saved';
    } catch (e) {
      if (codeOf(e) === 'EEXIST') return 'exists';
      if (!NO_HARD_LINKS.has(codeOf(e) ?? '')) throw e;
      return await createExclusively(path, bytes);
    }
  } finally {
    await rm(temporary, { force: true });
    releaseTemporary(temporary);
  }
}
