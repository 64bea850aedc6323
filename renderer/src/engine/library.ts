import type { LoadedPack } from '../../../sim-engine/index';
import { builtInLibrary } from '../../../scenarios/library';

/** The built-in scenario library, validated by the same loader as instructors' packs. */
export function loadBuiltInLibrary(): LoadedPack {
  return builtInLibrary();
}
