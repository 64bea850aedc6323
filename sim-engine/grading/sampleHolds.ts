import { opensOnLength, throughPeriod } from './holdNotes';
import type { Token } from './tokens';

/** A stage's length counted in events, not hours (read by ramp.ts). */

/** Words that make a count the condition for leaving a stage: "until … at least 2,000 payments". */
const COUNT_CUES = new Set(['until', 'till', 'least', 'enough', 'once', 'after', 'minimum']);
const COUNT_REACH = 12;
const MIN_SAMPLES = 20;

/**
 * A stage held for a count of samples — "nothing advances until each stage has carried at least
 * 2,000 payments", "enough ratings to read (300 thumbs events)": a length counted in events, not
 * hours. The count is a bare number (no unit, no percent) naming things that follow it, and a cue
 * before it makes it the condition to advance.
 */
export function heldForSamples(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (token.kind !== 'number' || token.unit !== undefined || token.negated) return false;
    if ((token.value ?? 0) < MIN_SAMPLES || tokens[i + 1]?.kind !== 'word') return false;
    // "Hold 400 more": more of what the stage before was held for.
    const counted =
      pluralCounted(tokens[i + 1]) ||
      tokens[i + 1]?.text === 'more' ||
      tokens.slice(i + 1, i + 4).some((next) => next.pos === 'NOUN');
    const from = Math.max(0, i - COUNT_REACH);
    const cued = tokens.slice(from, i).some((before, j) => {
      if (COUNT_CUES.has(before.text)) return true;
      if (before.text === 'when' && stageEndsBefore(tokens, from + j)) return true;
      // "The turn: 25 %, held for 1,500 bookings": a stage held for a count, as for a length.
      // "The first bar at 5 % for 4,000 checkouts": a stage's share held for a count.
      const heldBy = tokens[from + j - 1];
      return (
        before.text === 'for' && (HELD_FOR.has(heldBy?.lemma ?? '') || heldBy?.unit === 'percent')
      );
    });
    // "Each run holds 2,000 conversations": the count is what the stage holds, right after it.
    const heldDirectly = HELD_FOR.has(tokens[i - 1]?.lemma ?? '') && tokens[i - 1]?.pos === 'VERB';
    return counted && (cued || heldDirectly || countAtStage(tokens, i));
  });
}

/** Words from a count to the "at" of its stage: "150 graded suggestions at". */
const AT_STAGE_REACH = 4;

/**
 * "We hold by count: 150 graded suggestions at the first twist (5 %), 400 at the plaiting board":
 * a count of things, then the stage it is counted at, by its share or its name. Not people ("3,000
 * users at 5 %" sizes the stage).
 */
function countAtStage(tokens: readonly Token[], count: number): boolean {
  for (let at = count + 1; at <= count + AT_STAGE_REACH && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (POPULATIONS.has(token.lemma) || token.kind === 'mark') return false;
    if (token.text !== 'at') continue;
    const next = tokens[at + 1];
    return next?.unit === 'percent' || (next?.text === 'the' && tokens[at + 2]?.kind === 'word');
  }
  return false;
}

/** Words naming a ramp's stage after "per" or "each": "per stage", "at each step". */
const STAGE_WORDS = new Set(['stage', 'step', 'gate', 'phase']);
const PER_STAGE_REACH = 5;

/**
 * "Fermata: 400 graded suggestions per stage", "1,000 orders at each step": a count of things
 * given to every stage is what each is held for, as "two days per stage" is a length, in a note
 * as in a clause.
 */
export function countedPerStage(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (token.kind !== 'number' || token.unit !== undefined || token.negated) return false;
    if ((token.value ?? 0) < MIN_SAMPLES || tokens[i + 1]?.kind !== 'word') return false;
    const counted =
      pluralCounted(tokens[i + 1]) ||
      tokens.slice(i + 1, i + 4).some((next) => next.pos === 'NOUN');
    return counted && perStage(tokens, i);
  });
}

function perStage(tokens: readonly Token[], count: number): boolean {
  const after = tokens.slice(count + 1, count + 1 + PER_STAGE_REACH);
  return after.some(
    (token, j) =>
      (token.text === 'per' || token.text === 'each' || token.text === 'every') &&
      STAGE_WORDS.has(after[j + 1]?.lemma ?? ''),
  );
}

/** Verbs that end a stage: "a stage only closes when each language has 1,500 suggestions". */
const STAGE_ENDS = new Set(['close', 'end', 'advance', 'widen', 'finish']);
const STAGE_END_REACH = 3;

/** A verb ending a stage just before "when": the count after it is the condition to leave. */
function stageEndsBefore(tokens: readonly Token[], when: number): boolean {
  return tokens
    .slice(Math.max(0, when - STAGE_END_REACH), when)
    .some((token) => STAGE_ENDS.has(token.lemma) && !token.negated);
}

/** "400 chats": a plural right after a count is what it counts, though the tagger reads a verb. */
function pluralCounted(word: Token | undefined): boolean {
  return word?.pos === 'VERB' && word.text !== word.lemma && word.text === `${word.lemma}s`;
}

/** Verbs that hold a stage "for" what follows: "held for 600 conversations", "sits for 300". */
const HELD_FOR = new Set(['hold', 'stay', 'sit', 'soak', 'bake', 'bide', 'remain', 'run', 'wait']);

/** Words a count may stand behind after "until": "until 2,000", "until the harness grades 300". */
const UNTIL_COUNT_REACH = 4;

/** "until 2,000 suggestions", "until the harness grades 300 replies": a count of things, no unit. */
export function untilCount(after: readonly Token[]): boolean {
  return after
    .slice(0, UNTIL_COUNT_REACH)
    .some((token) => token.kind === 'number' && token.unit === undefined && !token.negated);
}

/** Places in a ramp that name its stages by their order: "the first vine", "the next bed". */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'next']);
/** Verbs a stage is held by, in the third person: "the first vine holds …". */
const STAGE_HOLDS = new Set(['holds', 'stays', 'sits', 'waits']);
/** Words of a stage's name after its ordinal: "the first vine", "the first drying rack". */
const STAGE_NAME_WORDS = 2;

/**
 * "The first vine holds until 20,000 suggestions.", "The second bed stays three days.": a stage
 * the answer names by its place, opening the sentence, held for a length or until a count, as a
 * share held for a length is (ramp.ts).
 */
export function stageHeldByPlace(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.text === 'the' ? 1 : 0;
  if (!ORDINALS.has(tokens[start]?.text ?? '') || tokens[start]?.negated) return false;
  const verb = tokens.findIndex((token, at) => at > start && STAGE_HOLDS.has(token.text));
  if (verb < start + 2 || verb > start + 1 + STAGE_NAME_WORDS) return false;
  const name = tokens.slice(start + 1, verb);
  if (name.some((token) => token.kind !== 'word' || token.pos === 'VERB')) return false;
  const after = tokens.slice(verb + 1);
  if (after[0]?.text === 'until') return untilCount(after.slice(1));
  return opensOnLength(after[0]?.text === 'for' ? after.slice(1) : after);
}

/**
 * How many shares under 100 % the sentence holds "for" a length: "25 % for a week". A clause may
 * end on its stage's length ("The drying yard, 25 %, 20,000 checkouts."); a note of one share and
 * its length alone ("1 %, 24 h") is read as a note by ramp.ts.
 */
export function sharesHeldFor(tokens: readonly Token[], clause: boolean): number {
  return tokens.filter((token, i) => {
    if (token.unit !== 'percent' || (token.value ?? 100) >= 100 || token.negated) return false;
    // "5 per cent of teams, held for …": what the share is of stands between.
    const after = tokens[i + 1]?.text === 'of' && tokens[i + 2]?.pos === 'NOUN' ? i + 3 : i + 1;
    // "5 % for two days", "5 % for 4,000 checkouts": held for a length or a count.
    if (tokens[after]?.text === 'for') return opensOnLength(tokens.slice(after + 1));
    // "The first bar at 5 % until 2,000 suggestions": held until a count has passed.
    if (tokens[after]?.text === 'until') return untilCount(tokens.slice(after + 1));
    // "The first line is 5 per cent, held two nights": the share's stage, held that long; "the
    // first blank (2 %) holds two nights" too, its brackets set aside.
    const comma = tokens[after]?.text === ',' ? 1 : 0;
    const held = HELD_FORMS.has(tokens[after + comma]?.text ?? '');
    // "1 %, 5,000 payments; 10 %, one Friday dinner; …": in a list, a share's item gives its length.
    // "The drying yard, 25 %, 20,000 checkouts.": a stage's note ending on its length.
    if (!held) return comma === 1 && itemLength(tokens.slice(after + 1), clause);
    const length = tokens.slice(after + comma + 1);
    // "…, held until 2,000 conversations have passed": held until a count, as above.
    if (length[0]?.text === 'until') return untilCount(length.slice(1));
    return opensOnLength(length[0]?.text === 'for' ? length.slice(1) : length);
  }).length;
}

/**
 * "…, held two nights": the past and the third person only. holdNotes.ts also takes "hold" for a
 * note's opening word; after a share's comma it read a limit's line in ar006 as a held stage.
 */
const HELD_FORMS = new Set(['held', 'holds']);

/**
 * "5,000 payments;", "one Friday dinner;": an item of a list run on with semicolons that is a
 * length and nothing else. A note of one share alone ("1 %, 24 h") is read as a note (ramp.ts).
 */
function itemsLength(item: readonly Token[]): boolean {
  const end = item.findIndex((token) => token.text === ';');
  if (end < 0) return false;
  const words = item.slice(0, end);
  return !words.some((token) => token.text === ',') && opensOnLength(words);
}

/** Who a stage is made of, not how long it runs: "10 %, 3,000 users." sizes the stage. */
const POPULATIONS = new Set([
  'user',
  'customer',
  'people',
  'person',
  'account',
  'merchant',
  'buyer',
  'member',
  'household',
  'store',
  'shop',
  'team',
]);

/**
 * "5,000 payments;" in a list run on with semicolons, or "20,000 checkouts." (or "for 20,000
 * checkouts.") ending the sentence after the share: the item gives the stage's length.
 */
function itemLength(item: readonly Token[], clause: boolean): boolean {
  if (itemsLength(item)) return true;
  if (!clause) return false;
  const words = item.filter((token) => token.kind !== 'mark' || token.text === ',');
  const length = words[0]?.text === 'for' ? words.slice(1) : words;
  if (length.some((token) => token.text === ',' || POPULATIONS.has(token.lemma))) return false;
  const endsSentence = item.every((token) => token.text !== ';');
  return endsSentence && length.length <= SHORT_LENGTH && opensOnLength(length);
}

/** Words a length ending its sentence may take: "20,000 checkouts", "a full week of the fair". */
const SHORT_LENGTH = 8;

/** Items a list of stages run on with semicolons needs before its items are read as stages. */
const MIN_LISTED_ITEMS = 3;

/**
 * "the first pulp is staff phones for 2,000 payments; the drying wall is 5 % of customers for
 * 20,000 payments; half the workshop through a second Friday dinner; then the whole workshop":
 * in a list of stages run on with semicolons, one of them a share, each item held "for" or
 * "through" a length is a held stage, whether or not its own share is a percentage.
 */
export function listedStagesHeld(tokens: readonly Token[]): number {
  const items: Token[][] = [[]];
  for (const token of tokens) {
    if (token.text === ';') items.push([]);
    else items[items.length - 1]?.push(token);
  }
  if (items.length < MIN_LISTED_ITEMS) return 0;
  const shared = items.some((item) =>
    item.some((token) => token.unit === 'percent' && (token.value ?? 100) < 100),
  );
  if (!shared) return 0;
  return items.filter((item) =>
    item.some((token, at) => {
      if (token.negated) return false;
      if (token.text === 'for') return opensOnLength(item.slice(at + 1));
      return throughPeriod(item.slice(at));
    }),
  ).length;
}

/** Words that carry a held stage's length after "holds": "for 2,000 orders", "across a rush". */
const LENGTH_ADPOSITIONS = new Set(['for', 'through', 'thru', 'across', 'over']);
/** One named thing held for a while may be the canary itself; two in one sentence are stages. */
const MIN_NAMED_STAGES = 2;
/** Words back from "holds" to the article that opens the stage's name: "the first drying wall". */
const STAGE_NAME_REACH = 4;
/** Marks and words a bracketed aside after a stage's name may have: "(20 %)", "(staff)". */
const ASIDE_WORDS = 5;

/**
 * "The keel holds for 2,000 paid orders, and the rigging holds across one full Friday dinner rush":
 * stages named by the answer's own nouns in one sentence, each said to hold for a length, are
 * held stages.
 */
export function namedStagesHeld(tokens: readonly Token[]): number {
  const names = new Set<string>();
  tokens.forEach((token, at) => {
    if (token.lemma !== 'hold' || token.negated || token.pos === 'NOUN') return;
    // "holds for 2,000 orders", or the length straight after: "holds three days".
    const from = LENGTH_ADPOSITIONS.has(tokens[at + 1]?.text ?? '') ? at + 2 : at + 1;
    if (!opensOnLength(tokens.slice(from))) return;
    const name = stageNameBefore(tokens, at);
    if (name !== undefined) names.add(name);
  });
  return names.size >= MIN_NAMED_STAGES ? names.size : 0;
}

/**
 * "the keel" before "holds" gives "keel"; a name not opened by "the" gives nothing. A bracketed
 * aside or share after the name ("the first thread (staff) holds …", "the bamboo frame (20 %)
 * holds …") is passed over.
 */
function stageNameBefore(tokens: readonly Token[], holds: number): string | undefined {
  let verb = holds;
  // "the bamboo frame (20 %) holds": the bracketed share reaches here without its brackets.
  if (tokens[verb - 1]?.unit === 'percent') verb--;
  if (tokens[verb - 1]?.text === ')') {
    const opened = tokens
      .slice(0, verb)
      .map((token) => token.text)
      .lastIndexOf('(');
    if (opened < 0 || verb - opened > ASIDE_WORDS) return undefined;
    verb = opened;
  }
  for (let at = verb - 1; at >= Math.max(0, verb - STAGE_NAME_REACH); at--) {
    const token = tokens[at];
    if (token === undefined || token.kind !== 'word') return undefined;
    if (token.text === 'the') return at < verb - 1 ? tokens[verb - 1]?.text : undefined;
  }
  return undefined;
}
