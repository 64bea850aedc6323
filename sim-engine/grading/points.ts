import type { ChangeKind } from '../domain/scenario';

/** The points of a strong canary answer (from the seed's strong answer), as data the UI can show. */

export type AnswerPointId =
  | 'pm-owns'
  | 'cohort-order'
  | 'thresholds'
  | 'holds'
  | 'sign-off'
  | 'rollback'
  | 'canary-vs-ab'
  | 'model-metrics';

/** One concrete element of a point; the weights of a point's details add up to 0.5. */
export interface PointDetail {
  readonly id: string;
  readonly weight: number;
  /** A number with a unit ("0.5 %", "6 hours"): counts towards the answer's concreteness. */
  readonly numeric: boolean;
  /** What to add when the detail is missing. */
  readonly tip: string;
}

export interface AnswerPoint {
  readonly id: AnswerPointId;
  readonly label: string;
  /** Share of the score, relative to the other applicable points. */
  readonly weight: number;
  /** Only asked of model and prompt changes. */
  readonly modelOnly: boolean;
  /** Without any numeric detail the point stays partial however well it is named. */
  readonly needsNumbers: boolean;
  /** Without this detail the point stays partial: an order of exposure needs the groups in order. */
  readonly needsDetail?: string;
  readonly details: readonly PointDetail[];
  /** Advice when the point is not named at all. */
  readonly missingTip: string;
  /** Advice when the answer states the misconception this point guards against. */
  readonly misconceptionTip: string;
  /** One line of what a strong answer says about the point. */
  readonly strongSays: string;
  /** A short example in our own words. */
  readonly example: string;
}

/** Credit for naming a point in a real sentence without concrete detail. */
export const NAMED_CREDIT = 0.5;
/** Credit for a point that appears only in a list of nouns. */
export const LISTED_CREDIT = 0.15;
/** A point counts as covered from this credit: named and at least one concrete detail. */
export const COVERED_AT = 0.6;

function detail(id: string, weight: number, tip: string, numeric = false): PointDetail {
  return { id, weight, numeric, tip };
}

/** The points, their weights and their details, in the order a strong answer tends to take. */
export const STRONG_ANSWER_POINTS: readonly AnswerPoint[] = [
  {
    id: 'pm-owns',
    label: 'What the PM owns and decides',
    weight: 12,
    modelOnly: false,
    needsNumbers: false,
    // Ownership said of nothing the release decides ("my role is mostly communication") is not it.
    needsDetail: 'decisions',
    details: [
      detail(
        'decisions',
        0.25,
        'List the decisions you own: who goes first, what triggers a rollback, how long to hold.',
      ),
      detail(
        'not-engineering',
        0.25,
        'Say what engineering runs (routing, deploys) so it is clear what you decide.',
      ),
    ],
    missingTip: 'Say what you, as PM, own and decide — not how engineering ships it.',
    misconceptionTip: 'The release decisions are the PM’s, not engineering’s alone.',
    strongSays:
      'A strong answer names the decisions the PM owns and leaves the mechanics to engineering.',
    example:
      '“I decide who goes first, what sends us back and how long we wait; the platform team runs the routing.”',
  },
  {
    id: 'cohort-order',
    label: 'Which users go first, in order, and why',
    weight: 16,
    modelOnly: false,
    needsNumbers: false,
    // Groups named with reasons but none placed in an order ("new customers", "early access to
    // their roadmap" in a business case) are not an order of exposure (cohorts.ts, 'placed').
    needsDetail: 'placed',
    details: [
      detail('kinds', 0.15, 'Name at least two groups, e.g. staff and opted-in beta users.'),
      detail('ordered', 0.15, 'Put the groups in an order: who first, who next, who last.'),
      detail(
        'reason',
        0.2,
        'Say why: who tolerates breakage and reports it; why new and high-value customers go last.',
      ),
    ],
    missingTip:
      'Say which users go first — internal, then opted-in early access — and who goes last.',
    misconceptionTip:
      'A random slice, or the most valuable customers first, is not a segment strategy.',
    strongSays:
      'A strong answer orders the groups by how much a failure would cost them, and says why.',
    example:
      '“Staff first, then customers who opted into the beta, then everyone else; our largest accounts last, because an outage costs them most.”',
  },
  {
    id: 'thresholds',
    label: 'Pre-committed rollback thresholds with numbers',
    weight: 20,
    modelOnly: false,
    needsNumbers: true,
    details: [
      detail(
        'errors',
        0.1,
        'Give an error-rate limit with a number, e.g. +0.5 % vs control.',
        true,
      ),
      detail('latency', 0.1, 'Give a tail-latency limit with a unit, e.g. p99 +200 ms.', true),
      detail(
        'business',
        0.1,
        'Give a business limit, e.g. conversion −2 % vs the baseline cohort.',
        true,
      ),
      detail('precommit', 0.1, 'Say the thresholds are written down before any traffic moves.'),
      detail(
        'baseline',
        0.1,
        'Say what you compare against: control or the same segments’ baseline.',
      ),
    ],
    missingTip:
      'State the rollback thresholds, with numbers and units, agreed before the ramp starts.',
    misconceptionTip:
      'Thresholds chosen while watching the dashboard are guesses: commit them first.',
    strongSays:
      'A strong answer gives each rollback limit a number and a unit, against a comparison, agreed before traffic moves.',
    example:
      '“Before we start we write down: errors 0.5 % above control, p99 200 ms above control, sign-ups 2 % below the baseline.”',
  },
  {
    id: 'holds',
    label: 'Ramp stages and hold durations',
    weight: 12,
    modelOnly: false,
    needsNumbers: true,
    details: [
      detail('ladder', 0.2, 'Give the stages as percentages, e.g. 1 → 5 → 25 → 50 → 100 %.', true),
      detail('duration', 0.2, 'Say how long you hold at a stage, e.g. 6 hours or a day.', true),
      detail(
        'gate-kind',
        0.1,
        'Say whether a gate is time-based or advances only while metrics stay inside thresholds.',
      ),
    ],
    missingTip: 'Describe the ramp: the stages in percent and how long you hold at each.',
    misconceptionTip: 'Holds need a length and a reason to advance.',
    strongSays:
      'A strong answer gives the stages in percent and how long each one holds before it advances.',
    example:
      '“We go 1, 5, 25, 50 and 100 %, staying at least six hours at each stage and moving on only while every limit holds.”',
  },
  {
    id: 'sign-off',
    label: 'Explicit sign-off at each gate',
    weight: 8,
    modelOnly: false,
    needsNumbers: false,
    details: [
      detail('each-gate', 0.25, 'Say a sign-off is needed at every gate, not just at launch.'),
      detail('who', 0.25, 'Say who signs off, e.g. you and the engineering lead.'),
    ],
    missingTip: 'Say that each gate needs an explicit sign-off, and from whom.',
    misconceptionTip: 'Each gate needs an explicit sign-off.',
    strongSays: 'A strong answer says every gate needs an explicit approval, and whose.',
    example: '“No stage opens without a yes from me and the engineering lead.”',
  },
  {
    id: 'rollback',
    label: 'Who rolls back, when, how and how fast',
    weight: 14,
    modelOnly: false,
    needsNumbers: false,
    details: [
      detail('who', 0.1, 'Say who may call a rollback without asking, e.g. the on-call engineer.'),
      detail('hours', 0.1, 'Say at what hours: around the clock, nights and weekends included.'),
      detail('mechanism', 0.15, 'Say the rollback is a routing or config change, not a redeploy.'),
      detail('speed', 0.15, 'Say how fast it completes, e.g. under five minutes.', true),
    ],
    missingTip: 'Say who can roll back at any hour, how (a routing change) and how fast.',
    misconceptionTip:
      'A rollback that needs a redeploy is too slow: switch routing back in minutes.',
    strongSays:
      'A strong answer says who can roll back at any hour, by a routing change rather than a redeploy, and how fast.',
    example:
      '“Whoever is on call can switch traffic back at 3 a.m. without asking; it takes about two minutes.”',
  },
  {
    id: 'canary-vs-ab',
    label: 'Canary says safe; A/B says better',
    weight: 18,
    modelOnly: false,
    needsNumbers: false,
    details: [
      detail(
        'safe-better',
        0.25,
        'Say the canary answers “is it safe?” and an A/B test “is it better?”.',
      ),
      detail(
        'randomised',
        0.15,
        'Say why: the canary cohort is not randomised, so its lift is a segment artifact.',
      ),
      detail(
        'sequence',
        0.1,
        'Say the A/B test follows once the canary shows the release is safe.',
      ),
    ],
    missingTip: 'Contrast the canary (is it safe?) with a randomised A/B test (is it better?).',
    misconceptionTip:
      'A canary cannot show the new version is better: its cohort is not randomised.',
    strongSays:
      'A strong answer keeps the questions apart: the canary asks whether it is safe, a randomised A/B test later asks whether it is better.',
    example:
      '“The canary’s groups are picked on purpose, so any lift there proves nothing; a randomised A/B test afterwards tells us if it is better.”',
  },
  {
    id: 'model-metrics',
    label: 'Quality metrics for a model or prompt change',
    weight: 15,
    modelOnly: true,
    needsNumbers: false,
    details: [
      detail('hallucination', 0.1, 'Watch the hallucination rate.'),
      detail(
        'harness',
        0.05,
        'Say it comes from an automated eval harness grading sampled responses.',
      ),
      detail('feedback', 0.1, 'Watch user feedback: thumbs-down and explicit corrections.'),
      detail('p95', 0.1, 'Watch p95 response latency.'),
      detail('token-cost', 0.1, 'Watch token cost per query.'),
      detail('not-enough', 0.05, 'Say error rate alone cannot see a quality regression.'),
    ],
    missingTip:
      'For a model change, add quality guards: hallucination rate, thumbs-down, p95, token cost.',
    misconceptionTip: 'Error rate alone misses model quality regressions.',
    strongSays:
      'A strong answer guards model quality, not only errors: hallucinations from an eval harness, thumbs-down, p95 latency, token cost.',
    example:
      '“Errors will not show a worse answer, so we also watch the hallucination rate from our evals, thumbs-down, p95 and tokens per query.”',
  },
];

const MODEL_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>(['model', 'prompt']);

/** The points a change of this kind is graded on: model metrics only for model and prompt changes. */
export function applicablePoints(changeKind: ChangeKind): readonly AnswerPoint[] {
  return STRONG_ANSWER_POINTS.filter((point) => !point.modelOnly || MODEL_KINDS.has(changeKind));
}
