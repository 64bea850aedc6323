import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Suffix of a file being written; a crash may leave one behind, which is never read. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Replaces `file` with `text` so that a crash at any moment leaves either the old file or
 * the new one, whole: write a temp file in the same folder (rename is only atomic within a
 * file system), flush it to disk, then rename it over the target.
 */
export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(file));
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
