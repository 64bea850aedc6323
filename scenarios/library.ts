import { formatIssue, loadPack, type LoadedPack } from '../sim-engine/index';
import library from './builtin/library.json';

let cached: LoadedPack | undefined;

/**
 * The built-in scenario library, loaded through the same validator as instructors' packs.
 * No Node APIs here: the renderer imports it too.
 */
export function builtInLibrary(): LoadedPack {
  if (cached) return cached;
  const loaded = loadPack(library);
  // The library ships with the app and its test proves it loads, so this is a build defect.
  if (!loaded.ok) {
    throw new Error(`built-in library is invalid: ${loaded.issues.map(formatIssue).join('; ')}`);
  }
  cached = loaded.value;
  return cached;
}
