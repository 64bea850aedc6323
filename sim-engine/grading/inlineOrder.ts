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
const ITEM_WORDS = 8;

/** True when the sentence is an order's heading with three or more groups after it in turn. */
export function ordersInline(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon < 1 || colon > HEADING_REACH || !isOrderAlone(tokens.slice(0, colon))) return false;
  const items = itemsAfter(tokens, colon);
  if (items.length < MIN_ITEMS) return false;
  const words = (item: readonly Token[]) => item.filter((token) => token.kind !== 'mark');
  const named = items.filter((item) => namesGroup(item) || ourPeople(words(item))).length;
  return named >= MIN_NAMED && items.every((item) => isGroupItem(item, words(item)));
}

function isGroupItem(item: readonly Token[], words: readonly Token[]): boolean {
  if (words.length === 0 || words.length > ITEM_WORDS) return false;
  return namesGroup(item) || ourPeople(words) || isGroupPhrase(item);
}

/** The items after the colon, parted by semicolons, up to the sentence's end. */
function itemsAfter(tokens: readonly Token[], colon: number): Token[][] {
  const items: Token[][] = [[]];
  for (const token of tokens.slice(colon + 1)) {
    if (token.text === ';') items.push([]);
    else if (token.text !== '.') items[items.length - 1]?.push(token);
  }
  return items.filter((item) => item.length > 0);
}
