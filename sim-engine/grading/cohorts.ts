import type { SegmentKind } from '../domain/plan';
import { SEGMENT_KINDS } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteLaidOut, noteMisconception, noteNamed } from './findings';
import { mostlyTermStrings } from './lists';
import type { Lexicon, Match } from './match';
import { BOUNDARIES, findAll, has, hasAny, localLexicon } from './match';
import {
  comparedAgainst,
  groupsNamed,
  headsOrder,
  labelsStageAlone,
  ORDERING,
  ordersItsGroups,
  placedKinds,
  POSITION,
  studied,
  judgedFor,
} from './cohortPlaces';
import { listedInOrder, sequencesGroups } from './cohortSequence';
import { placesGroupsInTurn } from './placesInTurn';
import { ordersInline } from './inlineOrder';
import { endorsesRandom } from './randomSlice';
import { findUnrejected, statesUnrejected } from './rejection';
import { LAST, LAST_KINDS, valuableFirst, valuableLast } from './valuableFirst';
import { largeBySize, largeByWord } from './sizeBands';
import { ownPeople, SHARED_KINDS } from './cohortKinds';
import { earlyListGroups, newcomerGroups } from './joiningGroups';
import { ownStageEntries, ownStageWords } from './ownStages';
import type { Sentence } from './sentences';
import { COHORTS, ORDER, RANDOM, REASON } from './vocabulary';

/** Cohort order: which users go first, in an order, and why. */

/** Per-scenario vocabulary: the built-in synonyms plus the scenario's own segment names and ids. */
export interface KindLexicons {
  /** All of the scenario's own names in one lexicon, so a sentence is scanned once for them. */
  readonly own: Lexicon;
  /** Normalised name → its segment kind. */
  readonly kindOf: ReadonlyMap<string, SegmentKind>;
}

/** Builds the segment-kind vocabulary, adding this scenario's segment names and ids. */
export function kindLexicons(segments: Pick<Scenario, 'segments'>['segments']): KindLexicons {
  const kindOf = new Map<string, SegmentKind>();
  for (const segment of segments) {
    for (const name of [segment.name, segment.id].map((text) => phrase(String(text)))) {
      if (name.length >= 4 && !kindOf.has(name)) kindOf.set(name, segment.kind);
    }
  }
  return { own: localLexicon([...kindOf.keys()].join(' | ')), kindOf };
}

/** A segment name as the grader's tokens spell it: lower case, hyphens and marks as spaces. */
function phrase(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/** Finds the cohorts named, their order, the reasons and a random-slice or valuable-first plan. */
export function detectCohortOrder(sentences: readonly Sentence[], kinds: KindLexicons): Findings {
  const findings = emptyFindings();
  const named = new Set<SegmentKind>();
  const ordered = new Set<SegmentKind>();
  let looseReason: Sentence | undefined;
  let underOrder = false;
  // In an answer that is mostly strings of terms, a bare run of group names states no order.
  let share: boolean | undefined;
  const termStrings = () => (share ??= mostlyTermStrings(sentences));
  const groups = new Set<string>();
  const misled: { sentence: Sentence; led?: SegmentKind }[] = [];
  const placedLast = new Set<SegmentKind>();
  // "Ground floor: our own staff." then "First floor: the opted-in beta.": entries of the answer's
  // own stages place their groups, as "Stage 1 %: staff" does.
  const stageEntries = ownStageEntries(sentences, ownStageWords(sentences));
  // "Leg 1, the first blossom." then "Our own workshop crew, 2 %.": a stage's label standing
  // alone places the groups of the note under it.
  let labelAbove = false;
  for (const [position, sentence] of sentences.entries()) {
    const previous = sentences[position - 1];
    // "I wouldn't bother with a staged order of staff, beta and then everyone": the groups of an
    // order turned down are not offered, though the negation's reach ends at the first comma.
    let found = rejectsOrder(sentence.tokens) ? new Map() : kindsIn(sentence, kinds);
    if (found.size > 0 && bare(sentence) && termStrings()) found = new Map();
    // A note that places its group with a word of place ("First our employees.") states the
    // step as a clause would, unless the answer is mostly strings of terms.
    const staged = stageEntries.has(sentence.index) || labelAbove;
    labelAbove = found.size === 0 && labelsStageAlone(sentence.tokens);
    const clause =
      sentence.isClause ||
      (found.size > 0 && (staged || ordersItsGroups(sentence.tokens)) && !termStrings());
    if (statesUnrejected(sentence.tokens, COHORTS) || names(found)) {
      noteNamed(findings, sentence);
    }
    if (clause) found.forEach((_, kind) => named.add(kind));
    underOrder = headsOrder(sentence.tokens) || (underOrder && sentence.tokens[0]?.text !== '#');
    const placed = underOrder || staged ? [...found.keys()] : placedKinds(sentence.tokens, found);
    // A clause orders its groups with a word of place ("first", "then", "last") or an order word
    // placing one of them; "I'd brief all three before launch" orders none.
    if (clause && found.size > 0 && (placed.length > 0 || ordersItsGroups(sentence.tokens))) {
      found.forEach((_, kind) => ordered.add(kind));
    }
    // Only a sentence that names a group itself is marked as earning the point.
    if (named.size >= 2 && found.size > 0) noteDetail(findings, 'kinds', sentence);
    if (ordered.size >= 2 && found.size > 0) noteDetail(findings, 'ordered', sentence);
    if (
      sequencesGroups(sentence) ||
      (placesGroupsInTurn(sentence) && !rejectsOrder(sentence.tokens))
    ) {
      noteDetail(findings, 'kinds', sentence);
      noteDetail(findings, 'ordered', sentence);
    } else if (ordersInline(sentence, previous) && !termStrings()) {
      // "Order: our tailors; early-access clients; …; Android last.": laid out, as under a heading.
      noteLaidOut(findings, 'kinds', sentence);
      noteLaidOut(findings, 'ordered', sentence);
    }
    groupsNamed(sentence.tokens, found, groups);
    // A mark of the order, not a detail that names the point: set without naming it.
    if (!findings.details.has('placed') && placed.length > 0) {
      findings.details.set('placed', sentence.index);
    }
    // A reason is for a place in an order: "employees ask about tax codes because …" alone is
    // none; a reason without an order word counts once the answer orders two groups somewhere.
    if (givesReason(sentence, found)) {
      if (has(sentence.tokens, ORDER)) noteDetail(findings, 'reason', sentence);
      else if (sentence.isClause) looseReason ??= sentence;
    }
    // Only a sentence naming a valuable group can put one first or last.
    const led = valuableFirst(sentence, found);
    if (endorsesRandom(sentence.tokens)) misled.push({ sentence });
    else if (led !== undefined) misled.push({ sentence, led });
    valuableLast(sentence, found, led, placedLast);
  }
  // A valuable group the answer also puts at the end is read as placed, not as the misconception.
  for (const { sentence, led } of misled) {
    if (led === undefined || !placedLast.has(led)) noteMisconception(findings, sentence);
  }
  const list = listedInOrder(sentences);
  // A heading over notes states the order by its layout, unless the answer is a string of terms.
  if (list !== undefined && (list.isClause || !mostlyTermStrings(sentences))) {
    noteLaidOut(findings, 'kinds', list);
    noteLaidOut(findings, 'ordered', list);
  }
  // Groups in an order, however found (a sentence, a heading over notes), are placed.
  const inOrder = findings.details.get('ordered');
  if (inOrder !== undefined && !findings.details.has('placed')) {
    findings.details.set('placed', inOrder);
  }
  // One group placed first ("starting with staff since …") is not yet an order of groups.
  const twoGroups = groups.size >= 2 || findings.details.has('kinds');
  if (!twoGroups && !findings.details.has('ordered')) findings.details.delete('placed');
  const hasOrder = findings.details.has('kinds') || findings.details.has('ordered');
  if (looseReason !== undefined && hasOrder) noteDetail(findings, 'reason', looseReason);
  return findings;
}

/** No verb of its own: "Staff → beta → general → enterprise." */
function bare(sentence: Sentence): boolean {
  return !sentence.tokens.some((token) => token.pos === 'VERB' || token.pos === 'AUX');
}

function kindsIn(sentence: Sentence, kinds: KindLexicons): Map<SegmentKind, Match[]> {
  const tokens = sentence.tokens;
  const found = new Map<SegmentKind, Match[]>();
  // "Then maybe the preview", "against regular users", "talk to our largest German customers":
  // a group hedged, compared against or studied is not given a place.
  // "Then a random half of the customers": a group drawn at random is not chosen for its place.
  const placeable = (match: Match) =>
    !hedged(tokens, match) &&
    !drawnAtRandom(tokens, match) &&
    !comparedAgainst(tokens, match) &&
    !studied(tokens, match) &&
    !judgedFor(tokens, match);
  for (const kind of SEGMENT_KINDS) {
    for (const match of findUnrejected(tokens, SHARED_KINDS[kind])) {
      if (placeable(match)) addKind(found, kind, match);
    }
  }
  for (const match of [...largeBySize(tokens), ...largeByWord(tokens)]) {
    if (placeable(match)) addKind(found, 'high-value', match);
  }
  for (const match of ownPeople(tokens)) if (placeable(match)) addKind(found, 'internal', match);
  for (const match of newcomerGroups(tokens)) {
    if (placeable(match)) addKind(found, 'new-customer', match);
  }
  for (const match of earlyListGroups(tokens)) {
    if (placeable(match)) addKind(found, 'early-access', match);
  }
  for (const match of findUnrejected(tokens, kinds.own)) {
    const name = tokens
      .slice(match.start, match.end)
      .map((token) => token.text)
      .join(' ');
    const kind = kinds.kindOf.get(name);
    if (
      kind !== undefined &&
      !comparedAgainst(tokens, match) &&
      !judgedFor(tokens, match) &&
      !drawnAtRandom(tokens, match)
    ) {
      addKind(found, kind, match);
    }
  }
  return found;
}

function addKind(found: Map<SegmentKind, Match[]>, kind: SegmentKind, match: Match): void {
  found.set(kind, [...(found.get(kind) ?? []), match]);
}

/** Words between "random" and the group it draws from: "a random half of the customers". */
const DRAWN_REACH = 4;

function drawnAtRandom(tokens: Sentence['tokens'], match: Match): boolean {
  for (let i = match.start - 1; i >= Math.max(0, match.start - DRAWN_REACH); i--) {
    const text = tokens[i]?.text ?? '';
    if (BOUNDARIES.has(text)) return false;
    if (text === 'random') return true;
  }
  return false;
}

/** The order itself is negated and never affirmed in the sentence. */
function rejectsOrder(tokens: Sentence['tokens']): boolean {
  return hasAny(tokens, ORDERING) && !has(tokens, ORDERING);
}

/** Hedges that leave a group out of a deliberate order: "then maybe the preview programme". */
const HEDGES = new Set(['maybe', 'perhaps', 'possibly']);
const HEDGE_REACH = 3;

function hedged(tokens: Sentence['tokens'], match: Match): boolean {
  for (let i = match.start - 1; i >= Math.max(0, match.start - HEDGE_REACH); i--) {
    const text = tokens[i]?.text ?? '';
    if (BOUNDARIES.has(text)) return false;
    if (HEDGES.has(text)) return true;
  }
  return false;
}

/** A deliberate group: "everyone else" alone is not a cohort choice. */
function names(found: ReadonlyMap<SegmentKind, Match[]>): boolean {
  return [...found.keys()].some((kind) => kind !== 'general');
}

function givesReason(sentence: Sentence, found: ReadonlyMap<SegmentKind, Match[]>): boolean {
  const tokens = sentence.tokens;
  const aboutCohorts = names(found) || statesUnrejected(tokens, COHORTS);
  if ((aboutCohorts || has(tokens, POSITION)) && has(tokens, REASON)) return true;
  // Turning down random exposure argues for an order, unless the order is turned down as well
  // ("we would not pick a random 1 %, but we would not carefully order staff … either").
  const rejectsRandom = hasAny(tokens, RANDOM) && !has(tokens, RANDOM) && !rejectsGroups(tokens);
  const valuableLast = [...found.keys()].some((kind) => LAST_KINDS.has(kind)) && has(tokens, LAST);
  return rejectsRandom || valuableLast;
}

/** A group of users named under a negation: "we would not carefully order staff, beta users". */
function rejectsGroups(tokens: Sentence['tokens']): boolean {
  return SEGMENT_KINDS.some((kind) =>
    findAll(tokens, SHARED_KINDS[kind]).some((match) => tokens[match.start]?.negated === true),
  );
}
