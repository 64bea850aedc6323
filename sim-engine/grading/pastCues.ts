import { toldInPast } from './commitmentTurns';
import type { Token } from './tokens';

/**
 * Cues of a time or a place of the past (read by commitment.ts): a job held before ("at my last
 * job"), a time gone ("previously", "two years ago", "last time"), a release told as past ("the
 * last migration like this I was part of"). What is told under them is a story, not this plan.
 */

/** A job or workplace of the past: "at my last job", "my previous company". */
const PAST_MARKS = new Set(['last', 'previous', 'old', 'former', 'first', 'prior']);
const WORKPLACES = new Set([
  'job',
  'company',
  'employer',
  'team',
  'role',
  'gig',
  'startup',
  'place',
  'workplace',
  'org',
  'organisation',
  'organization',
  'position',
]);
/** Releases the speaker may tell of as past: "the last migration", "our previous launch". */
const PAST_RELEASES = new Set([
  'migration',
  'launch',
  'rollout',
  'release',
  'canary',
  'project',
  'cutover',
  'upgrade',
  'incident',
  'outage',
]);

/** "At my last job", "my previous company", "when I was at …": a workplace of the past. */
export function pastWorkplaceAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (
      token.text === 'my' &&
      PAST_MARKS.has(tokens[i + 1]?.text ?? '') &&
      WORKPLACES.has(tokens[i + 2]?.lemma ?? '')
    ) {
      return i;
    }
    if (token.text === 'when' && tokens[i + 1]?.text === 'i' && tokens[i + 2]?.text === 'was') {
      return i;
    }
    // "I've worked at a place where rolling back meant a redeploy": a workplace of the past.
    if (token.text === 'worked' && tokens[i - 1]?.lemma === 'have' && placeWhere(tokens, i)) {
      return i;
    }
  }
  // "Previously we …", "Two years ago I …", "Back then we …": a time of the past, told in the past.
  if (!toldInPast(tokens)) return -1;
  const time = pastTimeAt(tokens);
  return time >= 0 ? time : anotherWorkplaceAt(tokens);
}

const WORKPLACE_REACH = 4;

/** "The last checkout change I shipped was at a ticketing company": a workplace, in the past. */
function anotherWorkplaceAt(tokens: readonly Token[]): number {
  return tokens.findIndex(
    (token, i) =>
      token.text === 'at' &&
      (tokens[i + 1]?.text === 'a' || tokens[i + 1]?.text === 'an') &&
      tokens.slice(i + 2, i + 2 + WORKPLACE_REACH).some((word) => WORKPLACES.has(word.lemma)),
  );
}

/** "worked at a place where …", "worked in teams where …": the place, then what it did. */
const WHERE_REACH = 5;

function placeWhere(tokens: readonly Token[], worked: number): boolean {
  const place = tokens[worked + 1]?.text ?? '';
  if (place !== 'at' && place !== 'in' && place !== 'for') return false;
  return tokens.slice(worked + 2, worked + 2 + WHERE_REACH).some((token) => token.text === 'where');
}

const PAST_TIMES = new Set(['previously', 'formerly']);
const PAST_SPANS = new Set(['year', 'years', 'months', 'quarter']);

function pastTimeAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    const next = tokens[i + 1]?.text ?? '';
    // "Previously, we …", "Previously I owned …" (not "previously agreed limits").
    const opensPast = next === ',' || tokens[i + 1]?.pos === 'PRON';
    if ((PAST_TIMES.has(text) && opensPast) || (text === 'back' && next === 'then')) return i;
    // Not "pours from last year's vat again": a thing of last year, the old version, is no time.
    const lastSpan = tokens[i - 1]?.text === 'last' && next !== "'s";
    if (PAST_SPANS.has(text) && (next === 'ago' || lastSpan)) return i;
    // "Last time we flipped it on for a random 10 %": the team's own last release, told to be
    // corrected. Only as the sentence's opening ("… as we agreed last time" is this plan's).
    if (text === 'last' && next === 'time' && i <= 1) return i;
    // "The last migration like this I was part of went badly": a release of the past, told.
    if (PAST_MARKS.has(text) && PAST_RELEASES.has(tokens[i + 1]?.lemma ?? '') && i <= 1) return i;
  }
  return -1;
}
