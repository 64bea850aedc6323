import path from 'node:path';

/**
 * An error whose message is written for the learner: plain words, a file's name at most,
 * never a path. Main passes its message to the page as it is; every other error is first
 * turned into one by `toLearnerError`.
 */
export class LearnerError extends Error {
  override readonly name = 'LearnerError';
}

// What a file-system error code means, in words (the code stays, for a support question).
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission was denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'a folder on the way does not exist',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EMFILE: 'too many files are open',
  EBUSY: 'the file is in use',
  EIO: 'the disk reported an input/output error',
};

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** Why a file operation failed, in words, e.g. "the disk is full (ENOSPC)". */
export function reasonOf(error: unknown): string {
  const code = codeOf(error);
  if (code === null) return 'of an unexpected error';
  return `${REASONS[code] ?? 'the system refused it'} (${code})`;
}

/**
 * The error as the learner may see it: a LearnerError unchanged; a file-system error as
 * "could not <doing> <file name>: <reason>"; anything else as a plain sentence. Absolute
 * paths and stack traces stay in main (its log), never reach the page.
 */
export function toLearnerError(error: unknown, doing: string, file?: string): LearnerError {
  if (error instanceof LearnerError) return error;
  const name = file === undefined ? '' : ` ${path.basename(file)}`;
  return new LearnerError(`Canary Coach could not ${doing}${name}: ${reasonOf(error)}.`);
}
