import { isGroupPhrase, isOrderAlone, namesGroup } from './cohortSequence';
import { ourPeople } from './placesInTurn';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * "Order: our tailors paying for their own cloth; early-access clients; iPhone and web regulars
 * of Gombe; Android last.": a heading of the order alone, then its groups in turn after the
 * colon, parted by semicolons, in one line. The layout states the order, as the same items on
 * lines of their own under "Order" do (cohortSequence.ts, listedInOrder).
 */

/** Words before the heading's colon: "Order", "Rollout order", "Order of exposure". */
const HEADING_REACH = 4;
const MIN_ITEMS = 3;
/** Items that must name people by a group's noun or as "our …", not only as a phrase. */
const MIN_NAMED = 2;
const ITEM_WORDS = 10;

/**
 * True when the sentence is an order's heading with three or more groups after it in turn, or
 * holds only those groups under a heading of the order alone on the line before ("Order:").
 */
export function ordersInline(sentence: Sentence, before?: Sentence): boolean {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((token) => token.text === ':');
  const headed = colon >= 1 && colon <= HEADING_REACH && isOrderAlone(tokens.slice(0, colon));
  if (!headed && !headsOrderAlone(before)) return false;
  const items = itemsAfter(tokens, headed ? colon : -1);
  if (items.length < MIN_ITEMS) return false;
  const words = (item: readonly Token[]) => item.filter((token) => token.kind !== 'mark');
  const named = items.filter((item) => namesPeople(item) || ourPeople(words(item))).length;
  return named >= MIN_NAMED && items.every((item) => isGroupItem(item, words(item)));
}

function isGroupItem(item: readonly Token[], words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > ITEM_WORDS) return false;
  return namesPeople(item) || ourPeople(words) || isGroupPhrase(withoutCounts(item));
}

/** A group's noun, however long its buyers have bought ("buyers, three years and more"). */
function namesPeople(item: readonly Token[]): boolean {
  return namesGroup(withoutCounts(item));
}

/** The item without its counts of years or orders; a share of traffic ("5 %") stays. */
function withoutCounts(item: readonly Token[]): Token[] {
  return item.filter((token) => token.kind !== 'number' || token.unit === 'percent');
}

/** "Order:" on a line of its own. */
function headsOrderAlone(before: Sentence | undefined): boolean {
  const tokens = before?.tokens ?? [];
  return tokens.at(-1)?.text === ':' && isOrderAlone(tokens.slice(0, -1));
}

/**
 * The items after the colon, parted by semicolons, up to the sentence's end; a reason after an
 * item's own colon ("… buyers last: they do not forgive") is not part of its name.
 */
function itemsAfter(tokens: readonly Token[], colon: number): Token[][] {
  const items: Token[][] = [[]];
  let reason = false;
  for (const token of tokens.slice(colon + 1)) {
    if (token.text === ';') {
      items.push([]);
      reason = false;
    } else if (token.text === ':') reason = true;
    else if (token.text !== '.' && !reason) items[items.length - 1]?.push(token);
  }
  return items.filter((item) => item.length > 0);
}
