import { loadPack } from '../../../sim-engine/index';
import type { LoadedPack } from '../../../sim-engine/index';
import examplePack from '../../../scenarios/examples/complete-pack.json';

/**
 * The built-in library: `builtInLibrary()` from `scenarios/library.ts` once the library
 * issue publishes it, the complete example pack until then. The glob is empty while the
 * file does not exist, so the app builds either way.
 */
const libraryModules = import.meta.glob<{ builtInLibrary?: () => LoadedPack }>(
  '../../../scenarios/library.ts',
  { eager: true },
);

export function loadBuiltInLibrary(): LoadedPack {
  for (const module of Object.values(libraryModules)) {
    if (typeof module.builtInLibrary === 'function') return module.builtInLibrary();
  }
  const loaded = loadPack(examplePack);
  if (!loaded.ok) throw new Error('The built-in example pack does not validate.');
  return loaded.value;
}
