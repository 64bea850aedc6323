import * as engine from '../../../sim-engine/index';
import { provisionalScoring } from './provisional/provisionalScoring';
import type { ScoringApi } from './scoringApi';

const NAMES = [
  'scoreAttempt',
  'replayEdited',
  'strongPlanFor',
  'buildReport',
  'renderReport',
] as const;

/**
 * The engine's scoring once it exports every function the app needs; until then the
 * provisional stand-in, so the practice loop works end to end while scoring is built.
 */
function pickScoring(): ScoringApi {
  const published: Record<string, unknown> = { ...engine };
  const complete = NAMES.every((name) => typeof published[name] === 'function');
  // Each name was just checked to be a function exported by the engine.
  return complete ? (published as unknown as ScoringApi) : provisionalScoring;
}

export const scoring: ScoringApi = pickScoring();
