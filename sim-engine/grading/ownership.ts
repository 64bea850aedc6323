import { decidedInCleft } from './cleftOwner';
import { rollbackWaitsForSpeaker } from './rollbackGate';
import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { findAll, has, isNegated, lexicon } from './match';
import { startsAt } from './lexiconScan';
import { DECISIONS, speakerHoldsDecision } from './decisionHolder';
import { decidedFromWhatIsSeen } from './supposition';
import { placedOnSpeaker } from './responsibilityPlaced';
import { listenerCastAsOwner } from './listenerAsOwner';
import { speakersShareBesideTeams } from './possessedShares';
import { assignedToSpeaker } from './roleTables';
import { ROLE_HEADING_ENDS, lineLabelLength, pastLabel, speakerWithRole } from './listHeadings';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { underOwnerSections } from './ownerSections';
import { entryOfSpeaker } from './speakerEntries';
import { ownershipSaid } from './ownershipSaid';
import { speakersTask } from './speakerTasks';
import { narratedAsSpeaker } from './narratedOwner';
import { withSpeakersCharacter } from './speakersCharacter';
import { withDefinedParties } from './definedParties';
import { ENGINEERING, ENGINEERING_WORK } from './vocabulary';
import { engineeringOnlyStated } from './engineeringOnly';
import { ownershipSplitRefused } from './splitRefused';
import { meForAfterWhoOwns } from './whoOwnsAnswered';
import { headingOverNoDecisions } from './headingOverNoDecisions';

/** What the PM owns: the decisions, set apart from what engineering runs. */

/** A clause this short ("PM owns.") has no object for the next sentence to spell out. */
const BARE_CLAUSE_WORDS = 3;

/** Finds an ownership statement with its decisions, the engineering contrast, and "it's eng's call". */
export function detectOwnership(told: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  // "The product manager begins …" then "She owns the order, …": the narrated PM is the speaker.
  // "I am the old owl in this story, the product manager." then "the owl owns …": the same.
  // "between the Product Manager (the First Party) and …", then "The First Party owns …".
  const sentences = withSpeakersCharacter(narratedAsSpeaker(withDefinedParties(told)));
  const headed = underOwnerSections(sentences);
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    // "ownership:" on its own line, then "pm: order, limits": the heading names the owner.
    const underHeading = headed[i] ?? tokens;
    // "The Manifest Keeper (me, the PM)" then "Habitat: the cohort order, the limits, the holds."
    const entry = entryOfSpeaker(sentences[i - 1]?.tokens, tokens);
    const listener = listenerCastAsOwner(
      tokens,
      sentences[i + 1]?.tokens ?? [],
      sentences[i - 1]?.tokens ?? [],
    );
    if (
      (ownershipSaid(tokens) ||
        assignsToSpeaker(underHeading) ||
        restsWithSpeaker(tokens) ||
        speakerHoldsRights(tokens) ||
        speakerIsOwner(tokens) ||
        decidedBySpeaker(tokens) ||
        decidedInCleft(tokens) ||
        speakerHoldsDecision(tokens) ||
        assignedToSpeaker(tokens) ||
        placedOnSpeaker(tokens) ||
        entry ||
        listener ||
        speakersShareBesideTeams(
          tokens,
          sentences[i + 1]?.tokens ?? [],
          sentences[i - 1]?.tokens ?? [],
        )) &&
      !decidedFromWhatIsSeen(tokens) &&
      !headingOverNoDecisions(sentence, sentences[i + 1]) &&
      // "Rollback stays my call alone: on-call pages me first": the misconception, not ownership.
      !rollbackWaitsForSpeaker(tokens)
    ) {
      noteNamed(findings, sentence);
      // "I own three calls. Who goes first, …": the next sentence may list them, but a bare
      // "PM owns." before a string of terms owns nothing in particular.
      const next = sentence.words >= BARE_CLAUSE_WORDS ? (sentences[i + 1]?.tokens ?? []) : [];
      // "I'm the DRI for the rollout": holding the release whole holds its decisions.
      // "You own the order, the limits and the holds, and engineering owns the routing": the
      // listener cast as the PM holds the decisions as the speaker would.
      const holder = listener ? LISTENER_AS_SPEAKER : SPEAKER_WORDS;
      const decides = speakersDecisions(tokens, holder) || speakersDecisions(next, holder);
      if (decides || entry || speakerHoldsDecision(tokens)) {
        noteDetail(findings, 'decisions', sentence);
      }
    }
    if (has(tokens, ENGINEERING) && has(tokens, ENGINEERING_WORK)) {
      // "Engineering owns the routing and the flag. I own the cohort order …": the contrast may
      // come just before the speaker's ownership as well as after it.
      const ownedNext = opensOnEngineering(tokens) && ownershipNamedIn(sentences[i + 1]);
      if (
        findings.named !== null ||
        ownershipSaid(tokens) ||
        assignsToSpeaker(tokens) ||
        ownedNext
      ) {
        noteDetail(findings, 'not-engineering', sentence);
      }
    }
    // "I won't split the call between me and engineering; I own the release decisions": taken.
    const splitRefused = ownershipSplitRefused(tokens) && !ownershipNamedIn(sentence);
    if (engineeringOnlyStated(tokens) || splitRefused) {
      noteMisconception(findings, sentence);
    }
  });
  return findings;
}

/** "Engineering owns the routing …", "The platform team runs the deploy": engineering as the subject. */
function opensOnEngineering(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((token) => token.kind === 'word' && token.pos !== 'DET');
  return findAll(tokens, ENGINEERING).some((match) => match.start === first);
}

function ownershipNamedIn(sentence: Sentence | undefined): boolean {
  return (
    sentence !== undefined &&
    (ownershipSaid(sentence.tokens) || speakerHoldsDecision(sentence.tokens))
  );
}

/** Where a clause ends inside a sentence: "…; engineering decides the order", "while …". */
const CLAUSE_BREAKS = new Set([';', '.', 'while', 'whereas', 'but']);
/** Someone else by role: "the tech lead decides", "the VP sets". */
const OTHER_ROLES = new Set(['lead', 'leads', 'vp', 'director', 'head', 'cto', 'architect']);
const SPEAKER_WORDS = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'our', 'pm', 'product']);
const LISTENER_AS_SPEAKER = new Set([...SPEAKER_WORDS, 'you', 'your', 'yours']);

/**
 * Release decisions named in a clause that is not another team's: "My role is mostly
 * communication; the tech lead decides the order" names the decisions as the tech lead's.
 */
function speakersDecisions(tokens: readonly Token[], holder = SPEAKER_WORDS): boolean {
  if (!has(tokens, DECISIONS)) return false;
  const decisions = findAll(tokens, DECISIONS);
  let start = 0;
  let party = false;
  let speaker = false;
  for (let at = 0; at <= tokens.length; at++) {
    const text = tokens[at]?.text ?? '';
    if (at < tokens.length && !CLAUSE_BREAKS.has(text)) {
      if (holder.has(text)) speaker = true;
      else if (OTHER_ROLES.has(text)) party = true;
      continue;
    }
    const inClause = decisions.some((match) => match.start >= start && match.start < at);
    if (inClause && (speaker || !(party || engineeringIn(tokens, start, at)))) return true;
    start = at + 1;
    party = false;
    speaker = false;
  }
  return false;
}

function engineeringIn(tokens: readonly Token[], start: number, end: number): boolean {
  return findAll(tokens, ENGINEERING).some((match) => match.start >= start && match.start < end);
}

/** Headings that name who decides: "Owner: me", "Decisions | mine". */
const OWNER_HEADINGS = new Set([
  'owner',
  'owners',
  'ownership',
  'decider',
  'decision',
  'decisions',
  'accountable',
]);
const HEADING_WORDS = 3;
/** The speaker, or the product manager's role the speaker holds. */
const SPEAKER = lexicon(
  'me | myself | i | mine | the pm | pm | product management | product manager | the product owner | ' +
    // "Owners: Product (PM): exposure order, …": the team named with the role in brackets.
    'product ( pm )',
);
/** Verbs that place responsibility with someone: "the calls sit with me", "rests with product". */
const PLACING = new Set(['sit', 'rest', 'lie', 'fall', 'belong', 'stay', 'stop', 'land']);
const PLACING_PREPOSITIONS = new Set(['with', 'to', 'on']);

/**
 * A note-style assignment to the speaker: "Me: exposure order, stop rules", or a heading that
 * names the owner followed by the speaker ("Owner: me, the PM, for who sees it").
 */
function assignsToSpeaker(tokens: readonly Token[]): boolean {
  const opening = tokens[0]?.kind === 'mark' ? 1 : 0;
  // "L4 A. Me: cohort order, …": a transcript line's label before the speaker's heading.
  const start = opening + lineLabelLength(tokens, opening);
  const given = Math.max(givenToMe(tokens, start), meForAfterWhoOwns(tokens));
  if (given >= 0) return !speakersTask(tokens, given);
  // "The Director (me, the PM): …": a label may stand before the speaker's heading.
  if (speakerHeading(tokens, pastLabel(tokens, start))) return true;
  // The heading may be a compound: "Decision owner: PM (me)", "Final decision owner: me".
  if (ownerNamedAsSpeaker(tokens)) return true;
  const colon = headingColon(tokens, start);
  if (tokens[colon]?.text !== ':') return false;
  if (!tokens.slice(start, colon).some((token) => OWNER_HEADINGS.has(token.text))) return false;
  // Read at the one place: a line under an owner section is read joined to its heading, a new
  // sentence each time, which a scan would read whole.
  return startsAt(tokens, colon + 1, SPEAKER);
}

/**
 * "Me: the order, …", and in a key of who is on the field "…: me, the PM, with the order, the punt
 * lines and the holds": where the speaker's share begins, or -1.
 */
function givenToMe(tokens: readonly Token[], start: number): number {
  const heading = tokens.findIndex((token) => token.text === ':');
  const me = [start, heading + 1].find((at) => at >= start && tokens[at]?.text === 'me');
  if (me === undefined) return -1;
  if (tokens[me + 1]?.text === ':') return me + 2;
  // "You will need: Me for order of customers, limits, holds.": the speaker needed for them.
  if (tokens[me + 1]?.text === 'for') return me + 2;
  let after = me + 1;
  // ", the PM," set beside "me", then what is given "with" it.
  const role = findAll(tokens, SPEAKER).find((match) => match.start === after + 1);
  if (tokens[after]?.text === ',' && role !== undefined) after = role.end;
  if (tokens[after]?.text === ',') after++;
  return tokens[after]?.text === 'with' ? after + 1 : -1;
}

/**
 * A runbook's line naming the owner of the release decisions as the PM: "Record the owner of
 * release decisions: the product manager" — the heading holds the owner noun and the decisions,
 * the speaker's role follows the colon.
 */
function ownerNamedAsSpeaker(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((token) => token.text === ':');
  if (colon <= 0) return false;
  const heading = tokens.slice(0, colon);
  if (!heading.some((token) => OWNER_NOUNS.has(token.text) && !token.negated)) return false;
  if (!findAll(heading, DECISIONS).length) return false;
  const role = tokens[colon + 1]?.text === 'the' ? colon + 2 : colon + 1;
  return startsAt(tokens, role, SPEAKER);
}

/**
 * Where a note's heading ends: a few words, and a bracket that lists what the heading covers
 * ("Decisions (order, thresholds, holds): PM").
 */
function headingColon(tokens: readonly Token[], start: number): number {
  let at = start;
  let words = 0;
  while (words < HEADING_WORDS && tokens[at]?.kind === 'word') {
    at++;
    words++;
  }
  if (words === 0 || tokens[at]?.text !== '(') return at;
  const close = tokens.findIndex((token, i) => i > at && token.text === ')');
  return close === -1 ? at : close + 1;
}

/**
 * A heading made only of the speaker and the PM's role ("Me (PM):", "PM (myself):") over a list
 * of release decisions: the notes' way of saying whose decisions they are.
 */
function speakerHeading(tokens: readonly Token[], start: number): boolean {
  if (!speakerWithRole(tokens, start)) return false;
  // "PM (me): what is the p99 now?" is a turn in a dialogue, not a heading.
  if (tokens.at(-1)?.text === '?') return false;
  const colon = tokens.findIndex((token) => ROLE_HEADING_ENDS.has(token.text));
  return findAll(tokens, DECISIONS).some((match) => match.start > colon);
}

/** Nouns for whoever decides, after a copula: "the PM is (the) owner of the release decisions". */
const OWNER_NOUNS = new Set(['owner', 'decider', 'decision-maker', 'accountable']);
const COPULA_REACH = 3;

/**
 * The speaker or the PM's role is, by a copula, the owner of release decisions named in the same
 * sentence: "the PM is owner of the decisions of the release: which riders come first, …".
 */
function speakerIsOwner(tokens: readonly Token[]): boolean {
  // Most sentences name no owner: look for the noun before scanning for decisions.
  if (!tokens.some((token) => OWNER_NOUNS.has(token.text))) return false;
  const decisions = findAll(tokens, DECISIONS);
  return tokens.some((token, i) => {
    if (token.lemma !== 'be' || token.negated || !speakerBefore(tokens, i)) return false;
    for (let j = i + 1; j <= i + COPULA_REACH && j < tokens.length; j++) {
      const word = tokens[j] as Token;
      if (!OWNER_NOUNS.has(word.text) || word.negated) continue;
      const clauseEnd = endOfClause(tokens, j);
      return decisions.some((match) => match.start > j && match.start < clauseEnd);
    }
    return false;
  });
}

/**
 * Responsibility placed with the speaker: a placing verb, "with" or "to", then the speaker or
 * the PM's role within the same clause ("accountability rests with product management, in this
 * case myself"; "the kill criteria sit with me").
 */
function restsWithSpeaker(tokens: readonly Token[]): boolean {
  const speakers = findAll(tokens, SPEAKER).filter((match) => !isNegated(tokens, match.start));
  if (speakers.length === 0) return false;
  return tokens.some((token, i) => {
    if (!PLACING.has(token.lemma) || token.negated) return false;
    if (!PLACING_PREPOSITIONS.has(tokens[i + 1]?.text ?? '')) return false;
    const clauseEnd = endOfClause(tokens, i);
    return speakers.some((match) => match.start > i + 1 && match.start < clauseEnd);
  });
}

/** Verbs of holding a right: "holds decision rights", "I have the final say". */
const HOLDING = new Set(['hold', 'have', 'retain', 'keep', 'carry', 'get']);
/** Rights to decide, as nouns. */
const RIGHTS = lexicon(
  'decision right* | decision making | final say | the say | last word | final call | ' +
    'authority over | authority on | accountability for | ownership of | veto',
);
const RIGHT_REACH = 3;

/**
 * The speaker, as the subject, holds the right to decide: "Product (myself) holds decision rights
 * over exposure", "I have the final say on promotion".
 */
function speakerHoldsRights(tokens: readonly Token[]): boolean {
  const rights = findAll(tokens, RIGHTS);
  if (rights.length === 0) return false;
  return tokens.some((token, i) => {
    if (!HOLDING.has(token.lemma) || token.negated) return false;
    if (!rights.some((match) => match.start > i && match.start <= i + RIGHT_REACH)) return false;
    return speakerBefore(tokens, i);
  });
}

/** Participles of deciding in a passive: "the release decisions are owned by the product manager". */
const DECIDED = new Set([
  'own',
  'owned',
  'make',
  'made',
  'take',
  'taken',
  'decide',
  'decided',
  'set',
]);

/** A release decision in the passive, its agent the speaker: "… are owned by the product manager". */
function decidedBySpeaker(tokens: readonly Token[]): boolean {
  const speakers = findAll(tokens, SPEAKER).filter((match) => !isNegated(tokens, match.start));
  if (speakers.length === 0) return false;
  return tokens.some((token, i) => {
    if (token.text !== 'by' || !DECIDED.has(tokens[i - 1]?.text ?? '')) return false;
    if (tokens[i - 1]?.negated === true) return false;
    const agent = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    if (!speakers.some((match) => match.start === agent)) return false;
    const opening = startOfClause(tokens, i);
    return findAll(tokens, DECISIONS).some((match) => match.start >= opening && match.start < i);
  });
}

/** The speaker within the clause before a verb: its subject. */
function speakerBefore(tokens: readonly Token[], verb: number): boolean {
  const opening = startOfClause(tokens, verb);
  return findAll(tokens, SPEAKER).some(
    (match) => match.start >= opening && match.start < verb && !isNegated(tokens, match.start),
  );
}

function startOfClause(tokens: readonly Token[], from: number): number {
  let start = from;
  while (start > 0 && !CLAUSE_ENDS.has(tokens[start - 1]?.text ?? '.')) start--;
  return start;
}

const CLAUSE_ENDS = new Set([';', '.', ':', 'while', 'whereas', 'but']);

function endOfClause(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]?.text ?? '.')) end++;
  return end;
}
