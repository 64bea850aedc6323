import { namesFirstTimers } from './cohortPlaces';
import { namesGroup } from './cohortSequence';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Groups each followed by its place: "Our knitters first; trial-list buyers next; first-time and
 * export buyers last, because …". A strict interviewer hears the same order as "first our
 * knitters, then …", though the place words come after the groups they place, so the sequence
 * reader (cohortSequence.ts), which reads the group after its step word, finds none.
 */

/** Words that give the group before them its place in the order. */
const PLACES = new Set(['first', 'next', 'then', 'second', 'third', 'later', 'last', 'finally']);
/** What may end an item: a separator, or a reason for the place ("last because …"). */
const ITEM_ENDS = new Set([';', ',', '.', ':', '—', 'because', 'since', 'as']);
const ITEM_STARTS = new Set([';', ',', ':', '—', '|']);
/** Words a group's name may take before its place: "first-time and export buyers". */
const ITEM_WORDS = 8;
const MIN_ITEMS = 2;

/**
 * True when a clause gives two or more groups each a place in turn, the first of them "first".
 * As with the sequence reader, a verbless note ("Staff first; beta next.") names the groups but
 * does not state their order.
 */
export function placesGroupsInTurn(sentence: Sentence): boolean {
  if (!sentence.isClause) return false;
  const tokens = sentence.tokens;
  let items = 0;
  for (let at = 0; at < tokens.length; at++) {
    const place = tokens[at] as Token;
    if (!PLACES.has(place.text) || place.negated || namesFirstTimers(tokens, at)) continue;
    if (!ITEM_ENDS.has(tokens[at + 1]?.text ?? '.')) continue;
    const group = groupBefore(tokens, at);
    if (group === undefined) continue;
    if (items === 0 && place.text !== 'first') continue;
    items++;
  }
  return items >= MIN_ITEMS;
}

/** The group's name between the item's start and its place word, if it is one. */
function groupBefore(tokens: readonly Token[], place: number): readonly Token[] | undefined {
  let start = place;
  while (start > 0 && !ITEM_STARTS.has(tokens[start - 1]?.text ?? '')) start--;
  const name = tokens.slice(start, place);
  const words = name.filter((token) => token.kind !== 'mark');
  if (words.length === 0 || words.length > ITEM_WORDS) return undefined;
  // A statement ("we ship it first") or a share ("5 % first") places no named group.
  if (words.some((token) => token.pos === 'VERB' || token.pos === 'AUX')) return undefined;
  return namesGroup(name) || ourPeople(words) ? name : undefined;
}

/** "Our knitters", "our own weavers": the speaker's own people, by a plural noun after "our". */
export function ourPeople(words: readonly Token[]): boolean {
  if (words[0]?.text !== 'our') return false;
  return words.slice(1).some((token) => token.pos === 'NOUN' && token.text !== token.lemma);
}
