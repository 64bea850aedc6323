import { readFileSync, statSync } from 'node:fs';
import {
  formatIssue,
  loadPackText,
  parsePlanText,
  type LoadedPack,
  type Plan,
  type ValidationIssue,
} from '../sim-engine/index';
import { InputError } from './inputError';

/** Larger than any pack the loader accepts, so its own size check gives the message. */
const MAX_READ_BYTES = 16 * 1024 * 1024;

/** Reads a text file named on the command line, or explains in one line why it cannot. */
export function readInputFile(path: string, what: string): string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(`${path}: is a directory, not a ${what}`);
    if (stats.size > MAX_READ_BYTES) throw new InputError(`${path}: too large for a ${what}`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}

/** One line per issue; prefixed with the file when a command reads more than one. */
export function issueLines(issues: readonly ValidationIssue[], path?: string): string {
  return issues.map((issue) => (path ? `${path}: ` : '') + formatIssue(issue)).join('\n');
}

/**
 * Reads and validates a pack file; every problem becomes one line of the error. `validate`
 * prints the bare `$.path: message` lines of the contract; other commands name the file.
 */
export function readPackFile(path: string, prefixIssues = true): LoadedPack {
  const loaded = loadPackText(readInputFile(path, 'pack'));
  if (!loaded.ok) throw new InputError(issueLines(loaded.issues, prefixIssues ? path : undefined));
  return loaded.value;
}

/** Reads and validates a plan file (`canary-plan/1`). */
export function readPlanFile(path: string): Plan {
  const parsed = parsePlanText(readInputFile(path, 'plan'));
  if (!parsed.ok) throw new InputError(issueLines(parsed.issues, path));
  return parsed.value;
}
