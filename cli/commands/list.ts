import type { LoadedPack } from '../../sim-engine/index';
import { builtInLibrary } from '../../scenarios/library';
import { readPackFile } from '../inputs';

/** One row of `list --json` (DESIGN §6). */
export interface ListEntry {
  readonly pack: string;
  readonly id: string;
  readonly title: string;
  readonly changeKind: string;
}

function entries(pack: LoadedPack): ListEntry[] {
  return pack.scenarios.map((scenario) => ({
    pack: pack.id,
    id: scenario.id,
    title: scenario.title,
    changeKind: scenario.changeKind,
  }));
}

function table(rows: readonly ListEntry[]): string {
  const idWidth = Math.max(2, ...rows.map((row) => row.id.length));
  const kindWidth = Math.max(4, ...rows.map((row) => row.changeKind.length));
  let lastPack = '';
  const lines: string[] = [];
  for (const row of rows) {
    if (row.pack !== lastPack) lines.push(`${lines.length > 0 ? '\n' : ''}${row.pack}`);
    lastPack = row.pack;
    lines.push(`  ${row.id.padEnd(idWidth)}  ${row.changeKind.padEnd(kindWidth)}  ${row.title}`);
  }
  return lines.join('\n');
}

/** `list [--pack FILE] [--json]`: the built-in scenarios, and those of a given pack. */
export function listCommand(options: { pack?: string; json?: boolean }): void {
  const packs = [builtInLibrary(), ...(options.pack ? [readPackFile(options.pack)] : [])];
  const rows = packs.flatMap(entries);
  process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${table(rows)}\n`);
}
