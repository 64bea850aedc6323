import type { SegmentKind } from '../domain/plan';
import { GROUP_NOUNS } from './cohortSequence';
import type { Match } from './match';
import { BOUNDARIES, findAll, has, isNegated, lexicon, localLexicon } from './match';
import type { Sentence } from './sentences';
import { opensOnTime } from './timeline';
import { ORDER } from './vocabulary';

/**
 * Where a group is placed in an order of exposure (fourteenth round): an order word near it, a
 * note it opens, a stage note, a heading that names an order — and which groups an answer
 * names at all, so that one group placed first is not yet an order, and a group read against
 * as a comparison's baseline is not a step.
 */

/** A place in the order: "first-time buyers go last of all, because …" gives the order a reason. */
export const POSITION = lexicon(
  'go first | goes first | go last | goes last | come last | comes last | last of all | at the very end | until the very end',
);

/** An order named as a thing: "a staged order", "the sequence", "rings of users". */
export const ORDERING = lexicon(
  'order | ordering | sequence | sequencing | staged | staging | rings | waves',
);

/** How near an order word must be to a group to place it: "then small free-tier teams". */
const PLACE_REACH = 6;

/** A group that opens its sentence is what the sentence is about: "Large accounts …, last." */
const OPENS_WITHIN = 3;

/** Words that give a place by themselves, for a group opening its note ("Large accounts, last"). */
const PLACE_WORDS = localLexicon(
  'first | last | then | next | finally | lastly | later | second | third | at the end | afterwards',
);

/** A word of place, affirmed: the clause puts what it names in an order. */
export function ordersItsGroups(tokens: Sentence['tokens']): boolean {
  return findAll(tokens, PLACE_WORDS).some(
    (match) => !tokens[match.start]?.negated && !namesFirstTimers(tokens, match.start),
  );
}

/** "first-time buyers", "first time users": "first" names the group, it places nothing. */
export function namesFirstTimers(tokens: Sentence['tokens'], at: number): boolean {
  return tokens[at]?.text === 'first' && tokens[at + 1]?.text === 'time';
}

/**
 * The groups given a place in the order: an order word within a few words of the group, in
 * either direction ("enterprise tenants last", "Last: large accounts", "start with our own
 * staff"), a place word anywhere in a note the group opens ("Large payroll customers and anyone
 * new to us, last."), "go last" or a stage note ("Stage 5 %: pilot clinics"). Groups named far
 * from any order word ("Then I'd write a one-pager …, probably conversion for new customers",
 * "… each have an account manager; I'd brief all three before launch") are named, not placed.
 * A note need not be a clause to place a group; the point still needs a statement to be named.
 */
export function placedKinds(
  tokens: Sentence['tokens'],
  found: ReadonlyMap<SegmentKind, Match[]>,
): SegmentKind[] {
  if (found.size === 0) return [];
  if (has(tokens, POSITION) || opensStage(tokens)) return [...found.keys()];
  const order = findAll(tokens, ORDER).filter(
    (match) => !tokens[match.start]?.negated && !namesFirstTimers(tokens, match.start),
  );
  if (order.length === 0) return [];
  const placeWord = ordersItsGroups(tokens);
  const near = (group: Match) =>
    order.some(
      (word) =>
        (word.start >= group.end && word.start - group.end < PLACE_REACH) ||
        (word.end <= group.start && group.start - word.end < PLACE_REACH),
    );
  const placed: SegmentKind[] = [];
  found.forEach((matches, kind) => {
    if (matches.some((group) => near(group) || (placeWord && group.start < OPENS_WITHIN))) {
      placed.push(kind);
    }
  });
  return placed;
}

/** Words for any set of users, not one group: "the canary group", "each cohort". */
const GENERIC_GROUPS = new Set(['group', 'cohort', 'segment', 'people', 'user', 'customer']);

/** Adds the groups a sentence names: kinds of users, or people and accounts by their nouns. */
export function groupsNamed(
  tokens: Sentence['tokens'],
  found: ReadonlyMap<SegmentKind, Match[]>,
  groups: Set<string>,
): void {
  // Only whether two groups are named matters.
  if (groups.size >= 2) return;
  const inKind = new Set<number>();
  found.forEach((matches, kind) => {
    groups.add(kind);
    for (const match of matches) for (let i = match.start; i < match.end; i++) inKind.add(i);
  });
  tokens.forEach((token, at) => {
    if (token.pos !== 'NOUN' || token.negated || !GROUP_NOUNS.has(token.lemma)) return;
    if (inKind.has(at)) return;
    if (GENERIC_GROUPS.has(token.lemma)) return;
    if (!comparedAgainst(tokens, { start: at, end: at + 1 })) groups.add(token.lemma);
  });
}

const HEADING_WORDS = 4;

/**
 * A short heading that names an order, on its own line ("## Exposure order") or before a colon
 * ("Order: staff / beta / everyone else"): the notes under it and after its colon are steps.
 */
export function headsOrder(tokens: Sentence['tokens']): boolean {
  if (!has(tokens, ORDERING)) return false;
  const colon = tokens.findIndex((token) => token.text === ':');
  const heading = colon < 0 ? tokens : tokens.slice(0, colon);
  const words = heading.filter((token) => token.pos !== 'PUNCT' && token.pos !== 'SYM');
  // "Ordered in March." tells of a purchase: a verb in the past names no order of groups.
  const named = findAll(heading, ORDERING).some(
    (match) => !isNegated(heading, match.start) && !pastVerb(heading[match.start]),
  );
  return words.length <= HEADING_WORDS && named;
}

function pastVerb(token: Sentence['tokens'][number] | undefined): boolean {
  return token?.pos === 'VERB' && token.text.endsWith('ed');
}

// "Gate 1 — beta workspaces that opted in, 5 %": a plan told as gates names its stages by them.
// "Leg 2, the stringing table: the opted-in early-try crew …": a race's legs are its stages.
const STEP_WORDS = new Set(['stage', 'step', 'wave', 'ring', 'phase', 'gate', 'leg']);

/** A note opening on a step of the ramp or its share: "Stage 5 %: …", "Ring 1: …", "25 %: …". */
function opensStage(tokens: Sentence['tokens']): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  return (
    STEP_WORDS.has(first.text) ||
    first.unit === 'percent' ||
    opensNamedStage(tokens) ||
    opensTimelineEntry(tokens)
  );
}

/** Words of a stage's label standing alone: "Leg 1, the first blossom.", "Stage 2." */
const ALONE_LABEL_WORDS = 6;

/** A short note that only opens a stage, with no verb: its groups come in the note under it. */
export function labelsStageAlone(tokens: Sentence['tokens']): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark');
  if (words.length > ALONE_LABEL_WORDS || words.some((token) => token.pos === 'VERB')) return false;
  return STEP_WORDS.has(tokens[0]?.text ?? '') && tokens[1]?.kind === 'number';
}

const LABEL_MARKS = new Set([':', '—', '–']);
const NAMED_STAGE_WORDS = 2;

/** A stage given a name before its share: "Wren, 1 %: trips booked by employees …". */
function opensNamedStage(tokens: Sentence['tokens']): boolean {
  const share = tokens.findIndex((token) => token.unit === 'percent');
  if (share < 1 || share > NAMED_STAGE_WORDS || !LABEL_MARKS.has(tokens[share + 1]?.text ?? '')) {
    return false;
  }
  return tokens.slice(0, share).every((token) => token.pos === 'PROPN' || token.text === ',');
}

/**
 * An entry of a release timeline that moves exposure: "Tuesday 19:00 — 1 %, employees only.",
 * "Day 3: beta users at 5 %", "Day 1: our own clinical staff …". The timeline's order is the
 * order of exposure, so a group its entry names is placed, as a stage note places it; an entry
 * with no share that tells what someone does ("Monday, I'd brief staff and enterprise
 * customers", "Day 1: we tell the support team") moves no one.
 */
function opensTimelineEntry(tokens: Sentence['tokens']): boolean {
  if (!opensOnTime(tokens)) return false;
  return tokens.some((token) => token.unit === 'percent') || entryNamesItsGroup(tokens);
}

const SUBJECTS = new Set(['i', 'we', 'they', 'you', 'he', 'she', 'engineering', 'support']);

/** After the entry's label, the group comes before any verb: "Day 1: our own clinical staff …". */
function entryNamesItsGroup(tokens: Sentence['tokens']): boolean {
  const label = tokens.findIndex((token) => LABEL_MARKS.has(token.text));
  if (label < 0 || label > NAMED_STAGE_WORDS + 1 || SUBJECTS.has(tokens[label + 1]?.text ?? '')) {
    return false;
  }
  for (const token of tokens.slice(label + 1)) {
    if (token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.pos === 'NOUN' || token.pos === 'PRON') return true;
  }
  return false;
}

/** Words after which a group is the other side of a comparison, not a step of exposure. */
const COMPARED = new Set([
  'between',
  'against',
  'vs',
  'versus',
  'compared',
  'comparing',
  'relative',
]);
const COMPARED_REACH = 6;

/**
 * Verbs of research and of keeping people informed: the people they name are asked, watched or
 * told ("brief the larger clinics a few weeks ahead"), not exposed.
 */
const STUDYING = new Set([
  'interview',
  'survey',
  'talk',
  'speak',
  'research',
  'study',
  'poll',
  'brief',
]);
const STUDIED_REACH = 5;

/** "I'd want to talk to five or six first-time buyers", "interview ten new customers". */
export function studied(tokens: Sentence['tokens'], match: Match): boolean {
  for (let i = match.start - 1; i >= Math.max(0, match.start - STUDIED_REACH); i--) {
    const token = tokens[i];
    if (token === undefined || BOUNDARIES.has(token.text)) return false;
    // "Check in with our biggest clinics": asked how it goes, as "talk to" is.
    const checksIn = token.lemma === 'check' && tokens[i + 1]?.text === 'in';
    if (!STUDYING.has(token.lemma) && !checksIn) continue;
    // "interview ten first-time buyers": the tagger may call an imperative a noun; its object tells.
    if (token.pos === 'VERB' || ['NUM', 'DET'].includes(tokens[i + 1]?.pos ?? '')) return true;
  }
  return false;
}

/**
 * "Compare conversion between the canary group and everyone else", "against regular users on
 * the old version": the group is the baseline a metric is read against. So is the group after
 * "with" when the clause compares: "we compare conversion in the canary group with everyone else".
 */
export function comparedAgainst(tokens: Sentence['tokens'], match: Match): boolean {
  for (let i = match.start - 1; i >= Math.max(0, match.start - COMPARED_REACH); i--) {
    const text = tokens[i]?.text ?? '';
    if (BOUNDARIES.has(text)) return false;
    if (COMPARED.has(text)) return true;
    if (text === 'with') return clauseCompares(tokens, i);
  }
  return false;
}

/** A verb of comparing earlier in the clause that holds `at`. */
function clauseCompares(tokens: Sentence['tokens'], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token === undefined || BOUNDARIES.has(token.text)) return false;
    if (token.lemma === 'compare') return true;
  }
  return false;
}

/**
 * "Cheaper hosting is good for the free tier": a group after "for" and a word judging the change
 * is who gains or loses by it, not a group given a place in the rollout.
 */
export function judgedFor(tokens: Sentence['tokens'], match: Match): boolean {
  let at = match.start - 1;
  while (tokens[at]?.pos === 'DET') at--;
  return tokens[at]?.text === 'for' && tokens[at - 1]?.pos === 'ADJ';
}
