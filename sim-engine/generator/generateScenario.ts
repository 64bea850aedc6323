import type { Plan } from '../domain/plan';
import type { ChangeKind, Scenario } from '../domain/scenario';
import { loadPack } from '../pack/loadPack';
import { PACK_FORMAT } from '../pack/limits';
import type { ScenarioInput } from '../pack/scenarioSchema';
import { formatIssue } from '../validation/issues';
import { writeBrief } from './brief';
import { drawsFor, rounded, type Draw } from './draw';
import {
  drawRegression,
  MODEL_FAMILIES,
  type DrawnRegression,
  type RegressionFamily,
} from './families';
import { aimedStrength, LEVEL_PROFILES, type StrengthOf } from './levels';
import { PRODUCTS, type ProductTemplate } from './products';
import { strongReferenceFor, weakReferenceFor } from './references';
import { regressionDetectability } from './detectability';
import { requestProblem, type GenerationRequest } from './request';
import { drawSegments, type DrawnSegment } from './segments';
import { drawTrap, trapNotes, type Trap } from './traps';
import { probesFor, segmentInputs, START_DAYS, startDay } from './scenarioParts';

/**
 * Three days with a regression (the latest onset, a leak's full effect after 48 h, falls well
 * inside); four days for a healthy release, so the strong plan's slowest healthy ramp
 * (1 h + 24 h + 48 h + 12 h = 85 h, then the PM's sign-off the next working morning) still
 * reaches everyone: a healthy release starts on the Monday (`startDay`), so that sign-off falls
 * on Friday at 09:00 (95 h) rather than after the weekend. Short horizons keep calibration quick.
 */
export const GENERATED_HORIZON_MINUTES = { regressed: 4320, healthy: 5760 } as const;

/** Families whose signal is a slow tail: a model's dashboards guard p95, where a 2–4 % tail barely shows. */
const TAIL_FAMILIES: readonly RegressionFamily[] = ['tail-only', 'load-only'];

/** A generated scenario as a pack writes it, with the reference plans it was made with. */
export interface GeneratedScenario {
  readonly request: GenerationRequest;
  readonly input: ScenarioInput;
  readonly scenario: Scenario;
  readonly referencePlans: { readonly strong: Plan; readonly weak: Plan };
  /** The families drawn, and the trap if any: the level's measurable properties. */
  readonly families: readonly RegressionFamily[];
  readonly trap: Trap['kind'] | null;
}

function familiesFor(
  product: ProductTemplate,
  draw: Draw,
  request: GenerationRequest,
): RegressionFamily[] {
  const profile = LEVEL_PROFILES[request.level];
  const allowed = profile.families.filter((family) =>
    product.model ? !TAIL_FAMILIES.includes(family) : !MODEL_FAMILIES.includes(family),
  );
  // A healthy release needs a trap the strong plan's conversion guard meets: service products only.
  if (!product.model && draw.chance(profile.healthy)) return [];
  const count = draw.chance(profile.secondRegression) ? 2 : 1;
  return draw.some(allowed, count);
}

const theChange = (title: string) => title.replace(/^an? /, 'the ');

function regressionsFor(
  families: readonly RegressionFamily[],
  segments: readonly DrawnSegment[],
  draw: (part: string) => Draw,
  product: ProductTemplate,
  changeTitle: string,
  strengthOf: StrengthOf,
): DrawnRegression[] {
  return families.map((family, index) => {
    const familyDraw = draw(`regression-${index}`);
    return drawRegression(family, {
      draw: familyDraw,
      strength: strengthOf(index, familyDraw.between(0, 1)),
      index: index + 1,
      segments,
      changeTitle: theChange(changeTitle),
      timeZone: product.timeZone,
    });
  });
}

/** The changes a product can be drawn with: a model's kinds only on a model product; `kind` only, when asked. */
function changesOffered(product: ProductTemplate, kind: ChangeKind | undefined) {
  return product.changes.filter(
    (candidate) =>
      (product.model || (candidate.kind !== 'model' && candidate.kind !== 'prompt')) &&
      (kind === undefined || candidate.kind === kind),
  );
}

/** Builds the scenario as a pack would hold it. Pure: the same request ⇒ the same input. */
function buildInput(
  request: GenerationRequest,
  strengthOf: StrengthOf,
): {
  input: ScenarioInput;
  families: RegressionFamily[];
  trap: Trap | null;
} {
  // A kind gets streams of its own: the same seed of two kinds are two unrelated scenarios.
  const draw = drawsFor(
    request.seed,
    request.changeKind ? `${request.level}\u0000${request.changeKind}` : request.level,
  );
  // Filters that keep every product and change when no kind is asked for: the same draws as before.
  const product = draw('product').pick(
    PRODUCTS.filter((one) => changesOffered(one, request.changeKind).length > 0),
  );
  const families = familiesFor(product, draw('families'), request);
  const change = draw('change').pick(changesOffered(product, request.changeKind));
  const profile = LEVEL_PROFILES[request.level];
  const trapDraw = draw('trap');
  const wantsTrap = !product.model && (families.length === 0 || trapDraw.chance(profile.trap));
  // A drifting calendar moves the strong plan's conversion guard onto the concurrent control,
  // whose segment mix differs from the canary's: taught on healthy releases only.
  const trap = wantsTrap ? drawTrap(trapDraw, families.length === 0) : null;
  const segments = drawSegments(product, draw('segments'), families.includes('clock-bound'));
  const regressions = regressionsFor(families, segments, draw, product, change.title, strengthOf);
  const numbers = draw('numbers');
  const users = rounded(numbers.between(...product.users), -3);
  const requestsPerMinute = rounded(numbers.between(...product.requestsPerMinute), -2);
  const what = draw('product-name').pick(product.what);
  const brief = writeBrief(
    {
      what,
      people: product.people,
      users,
      requestsPerMinute,
      peakHour: product.peakHour,
      timeZone: product.timeZone,
      segments,
      change: change.text,
      trap,
    },
    draw('prose'),
  );
  const healthyNote =
    families.length === 0
      ? ['The release is healthy: nothing in the new version is worse than the old one.']
      : [];
  const input: ScenarioInput = {
    id: `generated-${request.level}-${request.changeKind ? `${request.changeKind}-` : ''}${request.seed}`,
    title: `${capitalise(change.title)} for ${what}`,
    changeKind: change.kind,
    difficulty: profile.difficulty,
    brief,
    start: `${startDay(numbers.pick(START_DAYS), families.length === 0)}T10:00`,
    timeZone: product.timeZone,
    horizonMinutes: GENERATED_HORIZON_MINUTES[families.length === 0 ? 'healthy' : 'regressed'],
    traffic: {
      requestsPerMinute,
      dailySwing: 0.5,
      peakHour: product.peakHour,
      weekendFactor: product.weekendFactor,
    },
    ...(trap?.kind === 'drift'
      ? { world: { drift: [{ metric: 'conversion' as const, amount: trap.amount }] } }
      : {}),
    users,
    valuePerConversion: rounded(numbers.between(...product.valuePerConversion), 0),
    baseline: {
      errorRate: rounded(numbers.between(...product.errorRate), 4),
      conversionRate: rounded(numbers.between(...product.conversionRate), 4),
      latency: { medianMs: rounded(numbers.between(...product.medianMs), -1), logSpread: 0.5 },
      ...(product.quality
        ? {
            hallucinationRate: rounded(numbers.between(...product.quality.hallucinationRate), 3),
            thumbsDownRate: rounded(numbers.between(...product.quality.thumbsDownRate), 3),
            tokensPerQuery: rounded(numbers.between(...product.quality.tokensPerQuery), -1),
          }
        : {}),
    },
    segments: segmentInputs(segments, product, trap, numbers, users),
    regressions: regressions.map((drawn) => drawn.regression),
    probes: probesFor(regressions, trap),
    debriefNotes: [
      ...healthyNote,
      ...regressions.flatMap((drawn) => drawn.debriefNotes),
      ...(trap ? trapNotes(trap) : []),
    ],
  };
  return { input, families, trap };
}

/** A generated scenario with its pack form and reference plans. Throws only on a bad request or a generator defect. */
export function generateScenarioEntry(request: GenerationRequest): GeneratedScenario {
  const problem = requestProblem(request);
  if (problem) throw new RangeError(`cannot generate a scenario: ${problem}`);
  // Drawn once at strength 1 to measure each regression's detectability, then again at the
  // strength that lands it in the level's band: every other part draws from its own stream,
  // so the second draw differs from the first in the effects' sizes only.
  const unit = buildInput(request, () => 1);
  const unitScenario = loaded(unit.input);
  const unitStrong = strongReferenceFor(unitScenario, unit.trap);
  const unitRatios = unitScenario.regressions.map((regression) =>
    regressionDetectability(unitScenario, unitStrong, regression),
  );
  const profile = LEVEL_PROFILES[request.level];
  const { input, families, trap } = buildInput(request, (index, position) =>
    aimedStrength(profile, position, unitRatios[index] ?? null),
  );
  const scenario = loaded(input);
  const strong = strongReferenceFor(scenario, trap);
  const weak = weakReferenceFor(scenario, strong, trap);
  return {
    request,
    input: { ...input, referencePlans: { strong, weak } },
    scenario,
    referencePlans: { strong, weak },
    families,
    trap: trap?.kind ?? null,
  };
}

/** The scenario of a pack input, through the pack loader. */
function loaded(input: ScenarioInput): Scenario {
  const result = loadPack({
    format: PACK_FORMAT,
    id: 'generated',
    title: 'Generated',
    author: 'Canary Coach',
    version: '1.0.0',
    scenarios: [input],
  });
  // Every draw is inside the schema by construction; a failure here is a generator defect.
  if (!result.ok)
    throw new Error(
      `generated scenario ${input.id} is invalid: ${result.issues.map(formatIssue).join('; ')}`,
    );
  return result.value.scenarios[0]!;
}

/** The scenario of a request: pure and seeded, the same request ⇒ the same scenario. */
export function generateScenario(request: GenerationRequest): Scenario {
  return generateScenarioEntry(request).scenario;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
