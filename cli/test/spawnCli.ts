import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root, where `npx canary-coach` runs. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A fixture file's path. */
export const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI in a child process, as a user would. */
export function cli(...args: string[]): CliResult {
  return cliWithin(120_000, ...args);
}

/** `cli` for a command that takes minutes (calibrating the whole library on 2 busy cores). */
export function cliWithin(timeoutMs: number, ...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ['cli/bin/canary-coach.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
