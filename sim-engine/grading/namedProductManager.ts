import { pastApposition } from './match';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * An answer written as an announcement about its own product manager, named and in the third
 * person ("Product manager Fraser Thom, who ran bookings at an escape-room site, is running the
 * canary …", "Product manager Kirsty Duguid owns the order of cohorts, the limits and the holds"):
 * the candidate presents the plan as the PM's for this change, as a press release would, and the
 * plan is theirs to be judged on. Only in the present: "Product manager Dana Kerr ran it like
 * this last year" tells of someone else's past, and stays told.
 */
export function presentsItsProductManager(sentences: readonly Sentence[]): boolean {
  return sentences.some(({ tokens }) => namedPmActsNow(tokens));
}

const APPOSITION_REACH = 16;

function namedPmActsNow(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'product' || tokens[at + 1]?.text !== 'manager') return false;
    let name = at + 2;
    while (tokens[name]?.pos === 'PROPN') name++;
    if (name === at + 2) return false;
    return actsInPresent(tokens, pastApposition(tokens, name, APPOSITION_REACH));
  });
}

const PRESENT_AUXILIARIES = new Set(['is', 'are', 'will', 'has', 'shall']);

/** "owns", "decides", "is running", "will hold": the name's verb in the present or the future. */
function actsInPresent(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at];
  if (verb === undefined || verb.negated) return false;
  if (verb.pos === 'AUX') return PRESENT_AUXILIARIES.has(verb.text);
  return verb.pos === 'VERB' && verb.text !== verb.lemma && verb.text.endsWith('s');
}
