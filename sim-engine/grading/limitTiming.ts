import type { Match } from './match';
import {
  findAffirmed,
  findAll,
  fragmentOf,
  hasAny,
  isNegated,
  lexicon,
  localLexicon,
} from './match';
import { findUnrejected } from './rejection';
import type { Token } from './tokens';
import { knowingDenied, refusesWritingDown, saidUnknowableFirst } from './limitsRefused';
import { PRECOMMIT, THRESHOLD_MISCONCEPTION } from './vocabulary';

/**
 * When the limits are set, read from the clause: refused before the start ("I would not fix the
 * rollback limits in advance", "No pre-agreed limits"), or set after exposure has begun ("we'll
 * set the limits once we've seen a few days of traffic", "we tune them as the rollout runs").
 * Either is the thresholds misconception: limits chosen while watching are guesses.
 */

/** True when the sentence sets its limits late or refuses to set them first. */
export function limitsSetLate(tokens: readonly Token[]): boolean {
  // Cheap looks first (the pre-commitment is in the shared scan): a pre-commitment or a verb of
  // setting, and only then the limits' own words.
  // "We never write the limits down after launch": refused late, so written first.
  const writingRefused = refusesWritingDown(tokens) && findAll(tokens, AFTER_START).length === 0;
  const setting = writingRefused || tokens.some(isSettingVerb) || tokens.some(isRefusedSetting);
  const precommitted = findAll(tokens, PRECOMMIT);
  if (precommitted.length === 0 && !setting && !knowingDenied(tokens)) return false;
  if (!hasAny(tokens, LIMIT_WORDS)) return false;
  return (
    writingRefused ||
    saidUnknowableFirst(tokens, findAll(tokens, LIMIT_WORDS), precommitted) ||
    refusesSettingFirst(tokens) ||
    refusesSettingBefore(tokens) ||
    refusesPrecommitted(tokens) ||
    setAfterStart(tokens) ||
    decidedWhileWatching(tokens)
  );
}

/**
 * Learning what normal looks like, or deciding where the lines go: before launch, the ground for
 * limits set in advance ("Before launch we decide where the lines go: …").
 */
const DONE_BEFOREHAND_TOO = localLexicon(
  'see what normal looks like | see what normal variation looks like | ' +
    'learn what normal looks like | decide where the line is | decide where the lines are | ' +
    'decide where the lines go | decide where the line goes',
);

/**
 * A way of deciding the limits by watching ("as we go", "while watching", "see what normal looks
 * like"), stated and not turned down. "Before launch we study last month's data to see what
 * normal looks like" learns normal before the first user moves, and "before launch we decide
 * where the lines go" decides them then: the time said before it in the same fragment sets the
 * limits in advance.
 */
export function decidesByWatching(tokens: readonly Token[]): boolean {
  const watching = findUnrejected(tokens, THRESHOLD_MISCONCEPTION);
  if (watching.length === 0) return false;
  const fragment = fragmentOf(tokens);
  const beforehand = findAffirmed(tokens, PRECOMMIT);
  const learnedFirst = (match: Match) =>
    hasAny(tokens.slice(match.start, match.end), DONE_BEFOREHAND_TOO) &&
    beforehand.some(
      (time) => time.start < match.start && fragment[time.start] === fragment[match.start],
    );
  return watching.some((match) => !learnedFirst(match));
}

/** The limits named, affirmed or refused ("I wouldn't define any limits up front"). */
// In the shared index: its words are rare, so they cost the shared scan next to nothing, and a
// scan of its own (first letters cut per token) cost a long answer about 0.3 ms. Its readers ask
// whether and where it occurs, never in which order its matches come.
const LIMIT_WORDS = lexicon(
  'threshold* | limit* | guardrail* | rollback criteria | red line* | cut off* | cutoff* | ' +
    // "I'll decide what size of drop counts as a problem once I've seen day one".
    'counts as a problem | count as a problem | counts as a failure | counts as failure | ' +
    // "… and decide there what counts as too low".
    'counts as too | count as too | counts as bad | count as bad | ' +
    // "… and decide what looks too bad once I see it".
    'looks too | look too | ' +
    // "… and decide then what is too much": where the line is, said as what is too much.
    'is too much | is too many | is too high | is too low | is too slow | is too far | ' +
    // "… and decide there what is bad enough to roll back".
    'is bad enough | are bad enough | ' +
    // "I do not think it makes sense to fix rollback numbers in advance".
    'rollback number* | stop number* | rollback value* | rollback level* | ' +
    // "I shall not fix any numbers in advance": the numbers a stop is set at; "you can't know the
    // right number before you see the traffic".
    'any numbers | any number | the right number | the right numbers | ' +
    // "… and decide then where the line goes": the line a metric may not cross.
    'where the line goes | where the line is | where the lines go | where the lines are | ' +
    'where the line sits | where to draw the line | where we draw the line | ' +
    // "Writing numbers down before kick-off is a waste": the numbers written down are the limits.
    'numbers down',
);

/** Verbs of setting limits: "fix", "set", "define", "agree", "write", "commit", "pick", "lock". */
const SETTING = new Set([
  'set',
  'fix',
  'define',
  'agree',
  'write',
  'commit',
  'pick',
  'lock',
  'choose',
]);
/** Verbs of setting limits late as well: "decide", "calibrate", "tune", "work out", "figure out". */
const LATE_SETTING = new Set([...SETTING, 'decide', 'calibrate', 'tune', 'work', 'figure', 'find']);

/**
 * The speaker refusing to set the limits first: a negated verb of setting outside a negated
 * pre-commitment ("I would not fix the rollback limits in advance", "we won't define any up
 * front"). Keeping limits set first is not this ("we never change limits agreed in advance").
 */
function refusesSettingFirst(tokens: readonly Token[]): boolean {
  const refused = findAll(tokens, PRECOMMIT).filter((match) => isNegated(tokens, match.start));
  if (refused.length === 0) return false;
  const inside = (at: number) => refused.some((match) => at >= match.start && at < match.end);
  return tokens.some(
    (token, at) => token.negated && SETTING.has(token.lemma) && token.pos === 'VERB' && !inside(at),
  );
}

/**
 * "Don't fix the limits before.": a negated verb of setting, the limits its object, and "before"
 * ending the clause, with no event after it: set beforehand, refused.
 */
function refusesSettingBefore(tokens: readonly Token[]): boolean {
  const limits = findAll(tokens, LIMIT_WORDS);
  return tokens.some((token, at) => {
    if (!isRefusedSetting(token)) return false;
    return limits.some((match) => {
      if (match.start <= at || match.start > at + OBJECT_REACH) return false;
      const after = tokens[match.end + 1];
      return tokens[match.end]?.text === 'before' && (after === undefined || after.kind === 'mark');
    });
  });
}

/** "No pre-agreed limits": a quantifying "no" just before the pre-commitment. */
function refusesPrecommitted(tokens: readonly Token[]): boolean {
  return findAll(tokens, PRECOMMIT).some((match) => {
    const before = tokens[match.start - 1]?.text;
    if (before === 'no' || (before !== undefined && tokens[match.start - 2]?.text === 'no')) {
      return true;
    }
    // "I don't pre-commit thresholds": the pre-commitment is the verb, negated, the limits after it.
    const verb = tokens[match.start];
    if (verb?.text !== 'pre' || !verb.negated) return false;
    return findAll(tokens, LIMIT_WORDS).some(
      (m) => m.start >= match.end && m.start <= match.end + 2,
    );
  });
}

/** Times after exposure has begun: once data is seen, during the first stage, as the rollout runs. */
// Scanned only in sentences naming limits (kept out of the shared per-sentence index).
const AFTER_START = localLexicon(
  'once we have seen | once we see | once we have | after we see | after we have seen | ' +
    'once i have seen | once i see | after i see | after i have seen | ' +
    'after seeing | after the first | during the first | during the rollout | during the canary | ' +
    'as the rollout | as the canary | as it runs | on the day | once traffic | once it is live | ' +
    'after launch | after we launch | after go live',
);
const OBJECT_REACH = 4;
const CLAUSE_OBJECT_REACH = 7;
const QUESTION_OBJECTS = new Set(['what', 'which', 'how']);
const LATE_REACH = 3;

/**
 * A verb of setting whose object (or passive subject) is the limits, with a time after exposure
 * has begun later in the clause: "we'll set the limits once we've seen a few days of traffic",
 * "thresholds get decided after the first day". A decision about promotion is not this.
 */
function setAfterStart(tokens: readonly Token[]): boolean {
  // A verb of setting first (a cheap look), then the times, scanned only then.
  if (!tokens.some(isSettingVerb)) return false;
  const late = findAffirmed(tokens, AFTER_START);
  // "With the limits set in advance, we decide after the first day whether to promote."
  const precommitted = findAffirmed(tokens, PRECOMMIT).filter((m) => !saidHard(tokens, m.start));
  if (late.length === 0 || precommitted.length > 0) return false;
  const limits = findAll(tokens, LIMIT_WORDS);
  return tokens.some((token, at) => {
    if (!isSettingVerb(token)) return false;
    // "decide what size of drop counts as a problem": a question word opens a longer object.
    const reach = QUESTION_OBJECTS.has(tokens[at + 1]?.text ?? '')
      ? CLAUSE_OBJECT_REACH
      : OBJECT_REACH;
    const object = limits.some((m: Match) => m.start > at && m.start <= at + reach);
    const subject = limits.some((m: Match) => m.end <= at && m.end >= at - 3);
    const objectOrPronoun =
      object || ['them', 'these', 'those'].includes(tokens[at + 1]?.text ?? '');
    // The time belongs to the setting: right after its object ("set the limits once we've seen"),
    // not to a later verb ("set them before launch and review them after the first day").
    const near = (m: Match) => m.start > at && m.start <= at + reach + LATE_REACH;
    return (objectOrPronoun || subject) && late.some(near);
  });
}

/**
 * "We'll watch the conversion dashboard together and decide there what counts as too low": the
 * limits decided by a verb of setting that follows the watching, with nothing fixed first.
 */
function decidedWhileWatching(tokens: readonly Token[]): boolean {
  const watching = tokens.findIndex(
    (token, at) =>
      !token.negated &&
      token.pos === 'VERB' &&
      (WATCHING.has(token.lemma) || opensDashboard(tokens, at)),
  );
  if (watching < 0 || findAffirmed(tokens, PRECOMMIT).length > 0) return false;
  const limits = findAll(tokens, LIMIT_WORDS);
  // A dashboard looked at, then limits decided: "writes the limits down" after a look is a plan.
  const looked = !WATCHING.has(tokens[watching]?.lemma ?? '');
  return tokens.some((token, at) => {
    if (at <= watching || !isSettingVerb(token)) return false;
    if (looked && SETTING.has(token.lemma)) return false;
    // "… and decide whether the 200 ms limit held": judged against limits already there.
    if (JUDGED_AGAINST.has(tokens[at + 1]?.text ?? '')) return false;
    const reach = questionObjectReach(tokens, at);
    // The limits are this verb's object, with no verb of another clause between them ("decides
    // what seems wrong mine writes the limits").
    const ownObject = (m: Match) => !tokens.slice(at + 1, m.start).some((t) => t.pos === 'VERB');
    return limits.some((m: Match) => m.start > at && m.start <= at + reach && ownObject(m));
  });
}

/**
 * How far a setting verb's object reaches: "decide what counts as bad" opens a longer object,
 * also after a time said between them ("decide at the time what counts as bad").
 */
function questionObjectReach(tokens: readonly Token[], at: number): number {
  // "decide there on the pitch what is too much": a place of four words before the question.
  const asked = tokens
    .slice(at + 1, at + 2 + OBJECT_REACH)
    .findIndex((token) => QUESTION_OBJECTS.has(token.text));
  return asked < 0 ? OBJECT_REACH : asked + CLAUSE_OBJECT_REACH;
}

const WATCHING = new Set(['watch', 'monitor', 'eyeball']);
/** What is watched: "we open the dashboard", "pull up the graphs". */
const DASHBOARDS = new Set(['dashboard', 'dashboards', 'graph', 'graphs', 'charts']);
const DASHBOARD_REACH = 3;

/** Verbs of looking that watch when their object is a dashboard; not "build the dashboards". */
const LOOKING = new Set(['open', 'look', 'check', 'pull', 'follow', 'stare', 'study', 'read']);

/** A verb of looking whose object is a dashboard: "we open the dashboard at kick-off". */
function opensDashboard(tokens: readonly Token[], verb: number): boolean {
  if (!LOOKING.has(tokens[verb]?.lemma ?? '')) return false;
  return tokens
    .slice(verb + 1, verb + 1 + DASHBOARD_REACH)
    .some((token) => DASHBOARDS.has(token.text));
}
const JUDGED_AGAINST = new Set(['whether', 'if']);

/** "since it's hard to guess in advance": setting the limits first, said to be too hard. */
const HARD = new Set(['hard', 'difficult', 'impossible', 'tough', 'tricky']);
const HARD_REACH = 4;

function saidHard(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - HARD_REACH), at).some((token) => HARD.has(token.text));
}

function isRefusedSetting(token: Token): boolean {
  return token.negated && token.pos === 'VERB' && SETTING.has(token.lemma);
}

function isSettingVerb(token: Token): boolean {
  return !token.negated && token.pos === 'VERB' && LATE_SETTING.has(token.lemma);
}
