import { isPastForm, toldInPast } from './commitmentTurns';
import type { Token } from './tokens';
import { isDuration } from './tokens';

/**
 * A pre-mortem (read by commitment.ts as the frame 'imagined'): a failure imagined ahead and told
 * as if it had happened ("It's three weeks from now and the new model has gone badly wrong",
 * "Imagine it's two weeks after launch and the assistant is in trouble", "Pre-mortem:"), and the
 * sentences that stay in that scene until the speaker plans ahead.
 */

/** Words of a failure: "has gone badly wrong", "the launch failed", "it blew up". */
const FAILING = new Set([
  'wrong',
  'fail',
  'failure',
  'backfire',
  'disaster',
  'blow',
  'flop',
  'badly',
  'trouble',
]);

/**
 * "It's three weeks from now and the new model has gone badly wrong", "Pre-mortem:": a failure
 * imagined ahead and told as if it had happened, so what follows in the past is the imagined
 * story, not the speaker's claims.
 */
export function imaginedFailureAt(tokens: readonly Token[]): number {
  // "pre-mortem" reads as two words; a "post-mortem" looks back at a real failure.
  const named = tokens.findIndex(
    (token, i) =>
      token.text === 'premortem' || (token.text === 'mortem' && tokens[i - 1]?.text === 'pre'),
  );
  if (named >= 0) return named;
  const ahead = tokens.findIndex((_, i) => timeAheadAt(tokens, i));
  if (ahead < 0 || !tokens.some((token) => FAILING.has(token.lemma))) return -1;
  // "Imagine it's two weeks after launch and the assistant is in trouble": a scene bid to be
  // pictured may be told in the present.
  const scene = SCENE_VERBS.has(tokens[0]?.text ?? '');
  return scene || toldAsHappened(tokens) ? ahead : -1;
}
const SCENE_VERBS = new Set(['imagine', 'picture', 'suppose', 'say']);

/**
 * "… and the upgrade went badly", "… it has gone wrong": the failure told as done; "If anything
 * goes wrong next week, we roll back" is a condition of the plan, not a scene.
 */
function toldAsHappened(tokens: readonly Token[]): boolean {
  if (tokens.some((token) => SUPPOSED.has(token.text))) return false;
  return tokens.some(
    (token, at) =>
      isPastForm(tokens, at) ||
      (PERFECT.has(token.text) && tokens[at + 1]?.pos === 'VERB' && token.pos === 'AUX'),
  );
}
const SUPPOSED = new Set(['if', 'unless', 'should', 'whenever']);
const PERFECT = new Set(['has', 'have', "'s", "'ve"]);

const PERIODS = new Set(['week', 'month', 'quarter', 'year']);

/** "three weeks from now", "the end of next month": a time ahead of the launch. */
function timeAheadAt(tokens: readonly Token[], at: number): boolean {
  const text = tokens[at]?.text ?? '';
  const next = tokens[at + 1];
  if (text === 'from') return next?.text === 'now';
  // "two weeks after launch", "a month after go-live" (not "an A/B test after rollout").
  if (text === 'after' && LAUNCHES.has(next?.lemma ?? '')) {
    const before = tokens[at - 1];
    return PERIODS.has(before?.lemma ?? '') || isDuration(before?.unit);
  }
  return text === 'next' && PERIODS.has(next?.lemma ?? '');
}
const LAUNCHES = new Set(['launch', 'release', 'rollout', 'go']);

/**
 * Whether a sentence after the scene is still in it: told in the past, or in the present looking
 * back on something done there ("Nobody can say when it started …"), until the speaker plans
 * ahead ("so here's how I'd run it", "So the plan is …"); "Staff go first, then beta." is the plan.
 */
export function staysInScene(tokens: readonly Token[], speaker: boolean): boolean {
  if (toldInPast(tokens)) return true;
  return !plansAhead(tokens, speaker) && looksBack(tokens);
}

/**
 * "… has posted a screenshot", "nobody can say when it started": something done, by a subject
 * (not a participle after a noun, "each stage held a day").
 */
function looksBack(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const perfect = token.pos === 'AUX' && ['has', 'have'].includes(token.text);
    if (perfect) return tokens[at + 1]?.pos === 'VERB';
    return isPastForm(tokens, at) && tokens[at - 1]?.pos === 'PRON';
  });
}

/** Words of the speaker's plan for what comes: "I'd run it", "we will", "the plan is". */
const AHEAD = new Set(['will', 'would', 'shall', "'ll", "'d"]);

function plansAhead(tokens: readonly Token[], speaker: boolean): boolean {
  if (tokens.some((token) => token.lemma === 'plan')) return true;
  return speaker && tokens.some((token) => AHEAD.has(token.text));
}
