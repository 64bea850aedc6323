import { loadPackText } from '../../../sim-engine/index';
import type { PickResult, StoredPack } from './platform';

/** Validates a pack file's text with the engine's loader; the pack is kept as the text chosen. */
export function toStoredPack(fileName: string, text: string): PickResult<StoredPack> {
  const loaded = loadPackText(text);
  if (!loaded.ok) return { status: 'invalid', fileName, issues: loaded.issues };
  const { id, version, title } = loaded.value;
  return { status: 'ok', fileName, value: { id, version, title, text } };
}
