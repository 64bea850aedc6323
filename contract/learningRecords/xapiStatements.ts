import { BAND_CUTOFFS } from '../../sim-engine/index';
import type { CanaryReport } from '../../sim-engine/index';
import type { AttemptRecord } from '../types';
import { ACTIVITY_TYPES, learningIris, XAPI_VERBS } from './learningIris';
import type { LearningIris, XapiVerb } from './learningIris';
import type { XapiActivity, XapiStatement } from './xapiSchema';

// An attempt as xAPI statements: `attempted` when it began, `completed` when it was scored, then
// `passed` or `failed` with the score. Passing is the rubric's strong band (the same line the
// cmi5 course structure gives as its mastery score), so a platform's "passed" means what
// Canary Coach calls strong.

export interface LearnerIdentity {
  /** Shown as the actor's name. */
  readonly name: string;
  /** The account's unique name on the platform; the learner's name when absent. */
  readonly accountName?: string;
  /** The platform whose account it is; the IRI base when absent. */
  readonly homePage?: string;
}

export interface StatementOptions {
  readonly learner?: LearnerIdentity;
  readonly iriBase?: string;
}

/** The score that passes, on the 0–1 scale (cmi5's masteryScore). */
export const MASTERY_SCALED = BAND_CUTOFFS.strong / 100;
const ANONYMOUS = 'Anonymous learner';

/** Seconds as an ISO 8601 duration with xAPI's 0.01 s precision: 754.5 → `PT12M34.5S`. */
export function isoDuration(seconds: number): string {
  const hundredths = Math.max(0, Math.round(seconds * 100));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const rest = (hundredths % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `PT${parts}${rest || !parts ? `${rest}S` : ''}`;
}

/** How long the learner spent: a mock's clock, or what the practice flow measured. */
export function attemptSeconds(record: AttemptRecord): number | undefined {
  return record.report.mock?.usedSeconds ?? record.activeSeconds;
}

function actorOf(report: CanaryReport, iris: LearningIris, learner?: LearnerIdentity) {
  const name = report.learner?.trim() || learner?.name.trim() || ANONYMOUS;
  const accountName = learner?.accountName?.trim() || name;
  return {
    objectType: 'Agent' as const,
    name,
    account: { homePage: learner?.homePage ?? iris.root, name: accountName },
  };
}

function scenarioActivity(report: CanaryReport, iris: LearningIris): XapiActivity {
  return {
    objectType: 'Activity',
    id: iris.scenario(report.packId, report.scenarioId),
    definition: {
      name: { en: report.scenarioTitle },
      type: ACTIVITY_TYPES.scenario,
      extensions: { [iris.extension('pack-version')]: report.packVersion },
    },
  };
}

function contextOf(record: AttemptRecord, iris: LearningIris) {
  const { report } = record;
  return {
    registration: iris.registration(record.id),
    contextActivities: {
      parent: [
        {
          objectType: 'Activity' as const,
          id: iris.pack(report.packId),
          definition: { type: ACTIVITY_TYPES.pack },
        },
      ],
    },
    ...(report.packVersion ? { revision: report.packVersion } : {}),
    platform: 'Canary Coach',
    language: 'en',
    extensions: {
      [iris.extension('engine-version')]: report.engineVersion,
      [iris.extension('seed')]: report.seed,
      [iris.extension('mode')]: report.mode,
      ...(record.daily ? { [iris.extension('daily-challenge')]: record.daily.date } : {}),
      // The request draws the same set again, so a platform can tell two generated sets apart.
      ...(record.practiceSet
        ? { [iris.extension('practice-set')]: { ...record.practiceSet } }
        : {}),
    },
  };
}

function scoredResult(record: AttemptRecord, iris: LearningIris) {
  const { score } = record.report;
  const seconds = attemptSeconds(record);
  return {
    score: { scaled: score.total / 100, raw: score.total, min: 0, max: 100 },
    success: score.total / 100 >= MASTERY_SCALED,
    completion: true,
    ...(seconds === undefined ? {} : { duration: isoDuration(seconds) }),
    extensions: {
      [iris.extension('band')]: score.band,
      ...Object.fromEntries(
        score.dimensions.map((dimension) => [
          iris.dimension(dimension.id),
          { title: dimension.title, points: dimension.points, max: dimension.max },
        ]),
      ),
    },
  };
}

/** The save time less `seconds`, as ISO 8601 in UTC; undefined when the save time is unreadable. */
function timeBefore(record: AttemptRecord, seconds = 0): string | undefined {
  const saved = Date.parse(record.savedAt);
  return Number.isNaN(saved) ? undefined : new Date(saved - seconds * 1000).toISOString();
}

/** The attempt's three statements, in the order they happened. */
export function attemptStatements(
  record: AttemptRecord,
  options: StatementOptions = {},
): XapiStatement[] {
  const iris = learningIris(options.iriBase);
  const { report } = record;
  const common = {
    actor: actorOf(report, iris, options.learner),
    object: scenarioActivity(report, iris),
    context: contextOf(record, iris),
  };
  const statement = (
    verb: XapiVerb,
    timestamp: string | undefined,
    result?: XapiStatement['result'],
  ) => ({
    id: iris.statementId(record.id, verb),
    ...common,
    verb: { id: XAPI_VERBS[verb], display: { en: verb } },
    ...(result ? { result } : {}),
    // An old record's unreadable save time is left out: the store then stamps its own.
    ...(timestamp === undefined ? {} : { timestamp }),
    version: '1.0.3',
  });
  const scored = scoredResult(record, iris);
  const { duration } = scored;
  return [
    statement('attempted', timeBefore(record, attemptSeconds(record))),
    statement('completed', timeBefore(record), {
      completion: true,
      ...(duration === undefined ? {} : { duration }),
    }),
    statement(scored.success ? 'passed' : 'failed', timeBefore(record), scored),
  ];
}

/** Every attempt's statements, oldest attempt first (ties by id, so the file is the same each time): the JSON a learning record store takes. */
export function historyStatements(
  records: readonly AttemptRecord[],
  options: StatementOptions = {},
): XapiStatement[] {
  return [...records]
    .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id))
    .flatMap((record) => attemptStatements(record, options));
}
