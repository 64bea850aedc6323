import type { LoadedPack, Scenario } from '../sim-engine/index';
import { builtInLibrary } from '../scenarios/library';
import { InputError } from './inputError';
import { readPackFile } from './inputs';

/** The pack named by `--pack`, or the built-in library. */
export function packFromOption(path: string | undefined): LoadedPack {
  return path === undefined ? builtInLibrary() : readPackFile(path);
}

/** The scenario with this id in the pack, or an error listing the ids there are. */
export function findScenario(pack: LoadedPack, id: string): Scenario {
  const scenario = pack.scenarios.find((candidate) => candidate.id === id);
  if (scenario) return scenario;
  const known = pack.scenarios.map((candidate) => candidate.id).join(', ');
  throw new InputError(`unknown scenario "${id}" in pack "${pack.id}" (it has: ${known})`);
}
