import type { Match } from './match';
import type { Token } from './tokens';

/**
 * Groups told by when people joined, in any product's word for its people: "brand-new households",
 * "first-summer families", "families on their first summer with us", "households under a year
 * ordering", "anyone in their first three months" are the new customers a strong answer puts last; "the early-taste list", "households
 * who signed up to try new things" are the opted-in early access. Read by cohorts.ts beside the
 * shared lexicon, which names only a few nouns for each ("new customers", "users in their first
 * year").
 */

/** The people a product serves, by whatever it calls them. */
const PEOPLE = new Set([
  'customer',
  'user',
  'household',
  'family',
  'renter',
  'rider',
  'member',
  'shopper',
  'buyer',
  'guest',
  'player',
  'patient',
  'student',
  'merchant',
  'seller',
  'tenant',
  'account',
  'subscriber',
  'visitor',
  'diner',
  'traveller',
  'traveler',
  'reader',
  'parent',
  'patron',
  'client',
  'diver',
  'booker',
  'passenger',
  'learner',
  'fan',
]);
/** People named by no product's word: "anyone in their first three months". */
const ANYONE = new Set(['anyone', 'anybody', 'people', 'those', 'folks']);
/** Spans of time someone has been with a product: "their first summer", "a first-year family". */
const PERIODS = new Set([
  'year',
  'month',
  'season',
  'summer',
  'winter',
  'spring',
  'autumn',
  'week',
]);
/** What stands between the people and "their first …": "on", "in", "during", or a verb in -ing. */
const BEFORE_THEIR = new Set(['in', 'on', 'during']);
/** Lists and clubs people join to see things early: "the early-bird list", "the early-taste club". */
const EARLY_LISTS = new Set(['list', 'club', 'group', 'crowd']);
const EARLY_REACH = 3;

/**
 * People in the plural: "a new account" is one being opened, "new accounts" a group. The tagger
 * takes a plural opening a sentence ("Families on their first summer …") for a name, unlemmatised.
 */
function isPeople(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // "Anyone in their first three months", "people on their first summer".
  if (ANYONE.has(token.text)) return true;
  if (!token.text.endsWith('s')) return false;
  if (token.pos === 'NOUN') return PEOPLE.has(token.lemma);
  return token.pos === 'PROPN' && PEOPLE.has(singular(token.text));
}

function singular(plural: string): string {
  return plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
}

/** The new customers, told by a word before them or by how long they have been with us. */
export function newcomerGroups(tokens: readonly Token[]): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    if (!isPeople(token) || token.negated) return;
    const before = tokens[at - 1];
    // "Brand-new households", "new families"; "first-year households", "first-summer families".
    // Not "the new people" (hires): "anyone" and "people" are told only by their first months.
    const named = !ANYONE.has(token.text);
    const newWord = named && before?.text === 'new' && !before.negated;
    const firstPeriod =
      named &&
      before !== undefined &&
      PERIODS.has(before.lemma) &&
      tokens[at - 2]?.text === 'first';
    if (newWord || firstPeriod) {
      found.push({ start: at - (firstPeriod ? 2 : 1), end: at + 1 });
      return;
    }
    const end = joinedLately(tokens, at + 1);
    if (end > 0) found.push({ start: at, end });
  });
  return found;
}

/**
 * After the people: "on their first summer", "floating their first summer", "under a year",
 * "less than a year ordering". The end of the match, or -1.
 */
function joinedLately(tokens: readonly Token[], from: number): number {
  const next = tokens[from];
  if (next === undefined) return -1;
  // ", less than a year ordering": a comma may set the span off from the people.
  const at = next.text === ',' ? from + 1 : from;
  const word = tokens[at];
  const verbing = word?.pos === 'VERB' && word.text.endsWith('ing');
  if ((BEFORE_THEIR.has(word?.text ?? '') || verbing) && tokens[at + 1]?.text === 'their') {
    if (tokens[at + 2]?.text !== 'first') return -1;
    // "in their first three months": a count may stand before the period.
    const period = tokens[at + 3]?.kind === 'number' ? at + 4 : at + 3;
    return PERIODS.has(tokens[period]?.lemma ?? '') ? period + 1 : -1;
  }
  const under = word?.text === 'under' ? at + 1 : lessThan(tokens, at);
  if (under < 0) return -1;
  const a = tokens[under]?.text === 'a' || tokens[under]?.text === 'one';
  return a && PERIODS.has(tokens[under + 1]?.lemma ?? '') ? under + 2 : -1;
}

/** "less than" or "fewer than" at `at`: the index after it, or -1. */
function lessThan(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.text;
  return (word === 'less' || word === 'fewer') && tokens[at + 1]?.text === 'than' ? at + 2 : -1;
}

/** "The early-bird list", "the early-taste club": a list joined to see things early. */
export function earlyListGroups(tokens: readonly Token[]): Match[] {
  const found: Match[] = [];
  tokens.forEach((token, at) => {
    // A list of people is a particular one: "the early-bird list", "our early-taste club", not a
    // term in a string of them ("staff, early-taste list, Ninth Ward").
    const named = ['DET', 'PRON'].includes(tokens[at - 1]?.pos ?? '');
    if (token.text !== 'early' || token.negated || !named) return;
    for (let end = at + 1; end <= at + EARLY_REACH; end++) {
      const word = tokens[end];
      if (word === undefined || word.kind !== 'word') return;
      if (EARLY_LISTS.has(word.text)) {
        found.push({ start: at, end: end + 1 });
        return;
      }
    }
  });
  return found;
}
