import { readPackFile } from '../inputs';

/** `validate PACK.json`: exit 0 with a one-line summary, or one line per problem (exit 1). */
export function validateCommand(path: string): void {
  const pack = readPackFile(path, false);
  const count = pack.scenarios.length;
  process.stdout.write(
    `${path}: valid (${pack.id} ${pack.version}, ${count} scenario${count === 1 ? '' : 's'})\n`,
  );
}
