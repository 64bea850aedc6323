import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { LearnerError } from './learnerError';

/** Suffix of a file being written; a crash may leave one behind, which is never read. */
export const TEMP_SUFFIX = '.tmp';

/** What a file is written from: text, bytes, or bytes in pieces (written without joining). */
export type FileContents = string | Uint8Array | readonly Uint8Array[];

/**
 * `private`: the app's own data (0600). `shared`: a file the learner exports, which keeps
 * the permissions of the file it replaces, or gets the usual ones (0666 less the umask).
 */
export type FileMode = 'private' | 'shared';

/**
 * Replaces `file` with `contents` so that a crash at any moment leaves either the old file or
 * the new one, whole: write a temp file in the same folder (rename is only atomic within a
 * file system), flush it to disk, then rename it over the target. If anything fails, the
 * temp file is removed and the old file is left as it was.
 */
export async function writeFileAtomic(
  file: string,
  contents: FileContents,
  mode: FileMode = 'private',
): Promise<void> {
  const target = mode === 'shared' ? await exportTarget(file) : file;
  const keep = mode === 'shared' ? await existingMode(target) : null;
  const temp = `${target}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await fs.open(temp, 'wx', mode === 'private' ? 0o600 : 0o666);
  try {
    try {
      await writeAll(handle, contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (keep !== null) await fs.chmod(temp, keep);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(target));
}

async function writeAll(handle: FileHandle, contents: FileContents): Promise<void> {
  if (typeof contents === 'string' || contents instanceof Uint8Array) {
    await handle.writeFile(contents);
    return;
  }
  // In batches well under IOV_MAX; a short write (rare on files) finishes piece by piece.
  for (let start = 0; start < contents.length; start += 256) {
    const batch = contents.slice(start, start + 256);
    const wanted = batch.reduce((sum, piece) => sum + piece.byteLength, 0);
    const { bytesWritten } = await handle.writev(batch as Uint8Array[]);
    if (bytesWritten < wanted) await handle.write(Buffer.concat(batch).subarray(bytesWritten));
  }
}

/**
 * Where an export is written: the file itself, or the file a symlink points to (so the
 * link stays a link); never a folder, a FIFO or a device, nor a link that points nowhere.
 */
async function exportTarget(file: string): Promise<string> {
  const name = path.basename(file);
  const link = await fs.lstat(file).catch(() => null);
  if (link === null) return file;
  let target = file;
  if (link.isSymbolicLink()) {
    target = await fs.realpath(file).catch(() => {
      throw new LearnerError(
        `${name} is a link to a file that does not exist, so it was not replaced.`,
      );
    });
  }
  const stats = await fs.stat(target);
  if (!stats.isFile())
    throw new LearnerError(`${name} is not a regular file, so it was not replaced.`);
  return target;
}

async function existingMode(file: string): Promise<number | null> {
  const stats = await fs.stat(file).catch(() => null);
  return stats === null ? null : stats.mode & 0o7777;
}

/** Flushes the folder entry so the rename itself survives a power cut (POSIX only). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the rename has still happened.
  } finally {
    await handle.close();
  }
}

/** Deletes temp files an interrupted write left in `folder` for `baseName`; returns how many. */
export async function removeStaleTempFiles(folder: string, baseName: string): Promise<number> {
  const names = await fs.readdir(folder);
  const stale = names.filter(
    (name) => name.startsWith(`${baseName}.`) && name.endsWith(TEMP_SUFFIX),
  );
  await Promise.all(stale.map((name) => fs.rm(path.join(folder, name), { force: true })));
  return stale.length;
}

/** Reads a file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}
