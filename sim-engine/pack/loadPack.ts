import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import { parseWithSchema } from '../validation/fromZod';
import type { Parsed } from '../validation/issues';
import { checkPlainData, parseJsonText } from '../validation/safeJson';
import { fillScenario } from './defaults';
import { packSchema } from './packSchema';
import type { PackInput } from './packSchema';
import { upgradePack } from './upgrades';

/** The reference plans of one scenario, as the calibration and the debrief use them. */
export interface ReferencePlans {
  readonly strong?: Plan;
  readonly weak?: Plan;
}

/** A validated pack with every default filled in: what the app and the CLI work with. */
export interface LoadedPack {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly version: string;
  readonly description: string;
  readonly licence: string;
  readonly scenarios: readonly Scenario[];
  /** One entry per scenario id (empty when the pack gives none). */
  readonly referencePlans: Readonly<Record<string, ReferencePlans>>;
}

/** Reads a pack file's text: the whole pack, or every issue found. Never throws. */
export function loadPackText(text: string): Parsed<LoadedPack> {
  const parsed = parseJsonText(text);
  return parsed.ok ? loadPlainData(parsed.value) : parsed;
}

/**
 * Loads a pack that is already a JavaScript value (IPC, tests, built-in data): checked
 * for NaN, cycles, reserved keys and the like first, since it never passed through JSON.
 */
export function loadPack(value: unknown): Parsed<LoadedPack> {
  const unsafe = checkPlainData(value);
  return unsafe.length > 0 ? { ok: false, issues: unsafe } : loadPlainData(value);
}

function loadPlainData(value: unknown): Parsed<LoadedPack> {
  const upgraded = upgradePack(value);
  if (!upgraded.ok) return upgraded;
  const validated = parseWithSchema(packSchema, upgraded.value);
  return validated.ok ? { ok: true, value: toLoadedPack(validated.value) } : validated;
}

/** Builds the loaded pack only from a fully valid input, so nothing is ever half-loaded. */
function toLoadedPack(pack: PackInput): LoadedPack {
  // No prototype: a scenario id such as "constructor" must not find Object's own members.
  const referencePlans: Record<string, ReferencePlans> = Object.create(null) as Record<
    string,
    ReferencePlans
  >;
  for (const scenario of pack.scenarios) {
    const plans = scenario.referencePlans;
    referencePlans[scenario.id] = {
      ...(plans?.strong ? { strong: plans.strong } : {}),
      ...(plans?.weak ? { weak: plans.weak } : {}),
    };
  }
  return {
    id: pack.id,
    title: pack.title,
    author: pack.author,
    version: pack.version,
    description: pack.description ?? '',
    licence: pack.licence ?? '',
    scenarios: pack.scenarios.map((scenario) => fillScenario(scenario, pack.rubricWeights)),
    referencePlans,
  };
}
