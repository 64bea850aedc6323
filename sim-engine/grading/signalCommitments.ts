import { fragmentOf, findAll, lexicon } from './match';
import { isRejected } from './rejection';
import type { Sentence } from './sentences';
import { gates } from './signalGates';

/**
 * How an answer commits to a model's signals, or offers them as something else (read by
 * modelMetrics.ts): listed under a heading that calls them the guards, under a label in which the
 * speaker watches, governed by the speaker's own verb of watching, or offered as the verdict on a
 * win.
 */

/** A heading's last word naming what guards a model: "Look number four: the model guards." */
const GUARD_HEADINGS = new Set(['guards', 'signals']);
const HEADING_WORDS = 6;

/**
 * "Look number four: the model guards." then "Click-through on suggested sets, sets dismissed,
 * suggestions the eval harness marks as the wrong size, …": a list under a short heading that
 * calls it the model's guards commits to the signals in it, as a clause watching them would.
 */
export function underGuardHeading(before: Sentence | undefined): boolean {
  const words = (before?.tokens ?? []).filter((token) => token.kind === 'word');
  const last = words.at(-1);
  if (last === undefined || words.length > HEADING_WORDS || last.negated) return false;
  return GUARD_HEADINGS.has(last.text);
}

/** Verbs of watching: "we watch", "we track", "every day we read …", "we review …". */
const WATCHING = new Set(['watch', 'track', 'monitor', 'guard', 'read', 'check', 'review']);
const SPEAKERS = new Set(['we', 'i']);

/** A verb of watching at `at`, unrefused, whose subject is the speaker: "we'd watch", "I read". */
function speakerWatchesAt(tokens: Sentence['tokens'], at: number): boolean {
  const verb = tokens[at];
  if (verb === undefined || !WATCHING.has(verb.lemma) || verb.negated) return false;
  let subject = at - 1;
  while (tokens[subject]?.pos === 'AUX' || tokens[subject]?.pos === 'ADV') subject--;
  return SPEAKERS.has(tokens[subject]?.text ?? '');
}

/**
 * "What we watch at every race: the thumbs-down rate in each language, and the harness's grade
 * …": a label in which the speaker watches, before a colon, commits to what it lists.
 */
export function watchedLabel(tokens: Sentence['tokens']): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 0 || colon > HEADING_WORDS + 2) return false;
  return tokens.slice(0, colon).some((_, at) => speakerWatchesAt(tokens, at));
}

/** Marks that end what the speaker's verb of watching governs. */
const WATCH_ENDS = new Set([';', '—', '–', '.', '!', '?', ':']);

/**
 * "Every day we read the eval harness's grades, the thumbs-down rate and …": what the speaker's
 * own verb of watching governs, unrefused, up to the next dash, semicolon or stop (in "I'd watch
 * what I watch for any service — error rate and latency — and that's it — …" it stops at the
 * dash); empty when no such verb opens a clause of the speaker's.
 */
export function spanWatchedBySpeaker(tokens: Sentence['tokens']): Sentence['tokens'] {
  const verb = tokens.findIndex(
    (token, at) => token.pos === 'VERB' && speakerWatchesAt(tokens, at),
  );
  if (verb < 0) return [];
  const end = tokens.findIndex((token, at) => at > verb && WATCH_ENDS.has(token.text));
  return tokens.slice(verb + 1, end < 0 ? tokens.length : end);
}

/** Words that make a signal the judge of a win: "that is our proof", "our verdict that it wins". */
const VERDICT = lexicon('proof | verdict | winner');
const POINTERS_BACK = new Set(['that', 'this', 'which', "that's"]);

/**
 * "… the thumbs-up tally is our verdict that the warmer prompt wins", "If more thumbs go up on the
 * first line, that's our proof it's the better model": a signal offered as the verdict on
 * whether the change is better guards nothing. Its clause goes, with the fragment before when
 * the verdict points back to it; the rest of the sentence ("we watch the harness, thumbs-down and
 * tokens, and the lift in ratings is our proof …") is read as it was. Not where the sentence
 * also makes the signals a limit.
 */
export function withoutVerdicts(tokens: Sentence['tokens']): Sentence['tokens'] {
  const verdicts = findAll(tokens, VERDICT).filter((match) => !isRejected(tokens, match.start));
  if (verdicts.length === 0 || gates(tokens)) return tokens;
  const fragment = fragmentOf(tokens);
  const judged = new Set<number>();
  for (const verdict of verdicts) {
    const where = fragment[verdict.start] ?? -1;
    const opens = verdictOpens(tokens, fragment, verdict.start);
    for (let at = opens; fragment[at] === where; at++) judged.add(at);
    let first = opens;
    while (tokens[first]?.kind === 'mark') first++;
    if (!POINTERS_BACK.has(tokens[first]?.text ?? '')) continue;
    const before = tokens.flatMap((_, at) => (fragment[at] === where - 1 ? [at] : []));
    // "… and the cost per summary — if the canary clinics give higher ratings, that's our
    // proof": the condition the verdict points back to opens on "if", not at the list before it.
    const conditions = before.filter((at) => CONDITION_OPENS.has(tokens[at]?.text ?? ''));
    const from = conditions.at(-1) ?? 0;
    before.forEach((at) => at >= from && judged.add(at));
  }
  return tokens.filter((_, at) => !judged.has(at));
}

/** Words a verdict's clause reaches back: "the lift in ratings on the canary side is our proof". */
const VERDICT_REACH = 10;
const CLAUSE_LINKS = new Set(['and', 'but', 'so']);
const CONDITION_OPENS = new Set(['if', 'when', 'once']);

/**
 * Where the clause holding the verdict opens: its fragment's start, or, in a run-on sentence
 * without commas ("we watch … tokens per recommendation and the lift in ratings … is our proof"),
 * the last "and" before it, never more than a few words back.
 */
function verdictOpens(
  tokens: Sentence['tokens'],
  fragment: readonly number[],
  verdict: number,
): number {
  let at = verdict;
  const limit = Math.max(0, verdict - VERDICT_REACH);
  while (at > limit && fragment[at - 1] === fragment[verdict]) {
    if (CLAUSE_LINKS.has(tokens[at - 1]?.text ?? '')) break;
    at--;
  }
  return at;
}
