import { namesSigner, verblessNote } from './approvalNotes';
import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteNamed } from './findings';
import { approvalOfNoGate, asksWhoApproves, whoAdvancesAnswered } from './approvalSense';
import { findAffirmed, findAll, has, hasAffirmed, hasAny, lexicon, localLexicon } from './match';
import { jointQuotedGoAhead, quotedGoAheadVerb, quotedReply } from './quotedAssent';
import { namesRole, rolesNamed } from './roles';
import { mayApprove, okaysStage, signsOrAssents } from './assentGiven';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import {
  changeIsACall,
  changesStage,
  opensGate,
  opensOnStageChange,
  signsMoveToShare,
} from './stageMoves';
import { gateNote, opensOnTime } from './timeline';
import { unownedGoNoGo } from './goGivers';
import { marksFound, marksGiven } from './approvalMarks';
import { onlyVagueSigner } from './vagueSigners';
import { eachOwnStage, ownStageWords } from './ownStages';
import { EACH_GATE, ROLES, SIGN_OFF, STAGE_CHANGE } from './vocabulary';
import { actsJointly, actsJointlyBeforeEachStage } from './jointActs';
import {
  actsJointlyAfterEachGate,
  actsJointlyAtGate,
  actsJointlyBeforeEachNote,
} from './jointActsBeside';

/**
 * Sign-off read from the clause rather than from a list of phrases: an approval (the verb "sign",
 * or a "yes", a "go", an "ok" given by someone: assentGiven.ts) required of named roles before a
 * stage advances.
 */

/** Agreement said in other words: "agree", "confirm", "a thumbs-up". */
const AGREEMENT = lexicon('agree* | agreement | confirm* | thumbs up | okays | okayed | clear* it');
/**
 * A decision held jointly: "the call is mine, together with the payments lead", "neither of us
 * alone moves it up", "we decide jointly".
 */
const JOINT = lexicon(
  'together with | jointly | joint | neither of us | both of us | the two of us | ' +
    'and i both | we both | i both',
);
const DECISION = lexicon('call | decision* | decide* | say | verdict');

/** What makes the approval a condition of the change: "needs", "only with", "unless", a "Gate:" heading. */
const CONDITION = lexicon(
  'need* | require* | must | only | unless | until | till | without | before | gate : | gates :',
);

/** Finds an explicit sign-off, at every gate, by a named role. */
export function detectSignOff(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  let headed = false;
  let spokenHeading = false;
  let gated = false;
  let changeCalled = false;
  let askedWho = false;
  let before: readonly Token[] | undefined;
  const ownStages = ownStageWords(sentences);
  for (const [position, sentence] of sentences.entries()) {
    const tokens = sentence.tokens;
    // "Moving up is a joint call. Amira and Jonas both have to say yes": the yes is the move's.
    const forTheMove = changeCalled;
    changeCalled = changeIsACall(tokens);
    // "Sign-off" over the note "PM + ML lead, every step.": the heading says what the note is.
    // A spoken heading ("Sign-off.") heads notes that name who signs ("Me and the pricing lead."),
    // not a salad's next item ("sign-off. on-call.").
    // "Sign-off." over "The ML lead and I will not sign any slip.": a refusal under it signs nothing.
    const refuses = tokens.some((token) => token.negated && token.pos === 'VERB');
    const underHeading: boolean = headed && !refuses && (!spokenHeading || namesSigner(tokens));
    // "Sign-off. Me and the pricing lead. Both of us. Every step.": short verbless notes run on
    // under the heading.
    const heading = approvalHeading(tokens);
    spokenHeading = heading ? tokens.some((token) => token.text === '.') : spokenHeading;
    headed = heading || (underHeading && verblessNote(tokens));
    // "09:00 Gate." then "The ML lead and I both sign …": the signing is the gate's.
    const underGate = gated && signsOrAssents(tokens);
    gated = gateNote(tokens);
    // "Every floor needs two names on the change ticket", where the answer's stages are floors.
    const eachOwn = eachOwnStage(tokens, ownStages);
    // "At the end of each day X and Y both say "go on, then"", where the answer's stages are days.
    // "Each race: the juice master and I both tie the ribbon": a joint act at each of them too.
    const ownMarked =
      eachOwn &&
      (marksGiven(tokens) || (signsOrAssents(tokens) && namesRole(tokens)) || actsJointly(tokens));
    // "Who says go?" then "In the channel: "go from Priya", the eng lead, and "go from Mark", me.".
    // A short answer carries the question's words, so the people named are the answer's own.
    // "Who advances us?" then "The payments lead and I both hold up our scorecards.": a joint
    // act answering who lets the release advance is the approval of each move.
    const answersWho =
      askedWho && ((signsOrAssents(tokens) && namesRole(tokens)) || actsJointly(tokens));
    askedWho = asksWhoApproves(tokens);
    const afterGate =
      actsJointlyAfterEachGate(tokens, before) ||
      actsJointlyAtGate(tokens) ||
      actsJointlyBeforeEachNote(tokens, sentences[position + 1]?.tokens);
    before = tokens;
    if (
      !statesApproval(tokens) &&
      !ownMarked &&
      !answersWho &&
      !underHeading &&
      !underGate &&
      !afterGate
    ) {
      continue;
    }
    noteNamed(findings, sentence);
    if (onlyVagueSigner(tokens)) continue;
    const eachChange =
      everyStageChange(tokens) ||
      beforeEachOne(tokens) ||
      conditionsEachStage(tokens) ||
      forTheMove ||
      eachOwn ||
      answersWho ||
      afterGate ||
      actsJointlyBeforeEachStage(tokens);
    if (has(tokens, EACH_GATE) || eachChange) {
      noteDetail(findings, 'each-gate', sentence);
    }
    if (namesRole(tokens)) noteDetail(findings, 'who', sentence);
  }
  return findings;
}

const HEADING_WORDS = 3;

/** A heading line that is only an approval ("Sign-off", "Approvals"): no verb, no full stop. */
function approvalHeading(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0 || words.length > HEADING_WORDS) return false;
  if (tokens.some((token) => token.pos === 'VERB')) return false;
  const named = statesApproval(tokens) || words.some((token) => APPROVAL_NOUNS.has(token.lemma));
  // Spoken, a heading takes a full stop: "Sign-off." names only the approval.
  if (tokens.some((token) => token.text === '.')) return named && words.length <= SPOKEN_HEADING;
  return named;
}

const SPOKEN_HEADING = 2;

const APPROVAL_NOUNS = new Set(['approval', 'approvals', 'sign-off', 'signoff', 'sign-offs']);

/** An approval stated and not negated: a sign-off phrase, the verb "sign", or assent given. */
export function statesApproval(tokens: readonly Token[]): boolean {
  const approvals = findAffirmed(tokens, SIGN_OFF).filter(
    (match) =>
      !approvalOfNoGate(tokens, match.start, match.end) && !unownedGoNoGo(tokens, match.start),
  );
  if (approvals.length > 0) {
    return true;
  }
  // Agreement is an approval only as a named role's condition for a stage change: "we move up
  // once the eng lead and I agree", not "we agree the limits up front".
  if (hasAffirmed(tokens, AGREEMENT) && has(tokens, ROLES) && conditionsEveryGate(tokens)) {
    return true;
  }
  if (marksEachStage(tokens) || decidesJointly(tokens) || whoAdvancesAnswered(tokens)) return true;
  if (actsJointlyBeforeEachStage(tokens)) return true;
  if (opensGate(tokens, rolesNamed(tokens).length > 0)) return true;
  // One scan: a word that could approve, or a quoted reply ("replies "green"", "say "crack on"")
  // — looked for only beside quotation marks, since "green" and "carry" are common words and the
  // checks below are not cheap.
  const mayAssent = (token: Token, i: number): boolean =>
    mayApprove(token) ||
    quotedReply(tokens, i) ||
    quotedGoAheadVerb(tokens, i) >= 0 ||
    jointQuotedGoAhead(tokens, i) >= 0;
  if (!tokens.some(mayAssent)) return false;
  // After the cheap look: every go/no-go holds a "go".
  if (goNoGoEachStage(tokens)) return true;
  // Signing and assent are a sign-off only about a stage: "both sign the step", "a go before each
  // promotion" — not "I'd give it a go", "I would sign the release note".
  if (
    !hasAny(tokens, STAGE_CHANGE) &&
    !hasAny(tokens, EACH_GATE) &&
    !signsMoveToShare(tokens) &&
    !beforeTheNext(tokens) &&
    !beforeEachOne(tokens)
  ) {
    return false;
  }
  return (
    tokens.some((token, i) => !token.negated && okaysStage(tokens, i)) || signsOrAssents(tokens)
  );
}

/** The approval is a condition of changing stage: "promotion needs a go", "nobody moves up unless". */
function conditionsEachStage(tokens: readonly Token[]): boolean {
  // The stage change sits under the rule's own negation ("nobody moves up unless …").
  return (
    changesStage(tokens) &&
    (hasAny(tokens, CONDITION) || headedByGate(tokens) || opensOnStageChange(tokens))
  );
}

/**
 * A mark of assent by named people on a stage: "every step needs two names on it", "both tick
 * every gate". Every stage, or a condition on changing stage, makes it a gate's sign-off.
 */
function marksEachStage(tokens: readonly Token[]): boolean {
  const marks = marksFound(tokens);
  if (marks.length === 0 || !namesRole(tokens)) return false;
  if (has(tokens, EACH_GATE) || everyStageChange(tokens) || conditionsEachStage(tokens))
    return true;
  // "I'm one of two signatures to go up a step": the marks are what a stage change takes.
  const changes = findAll(tokens, STAGE_CHANGE);
  return marks.some(
    (mark) =>
      tokens[mark.end]?.text === 'to' &&
      changes.some((change) => change.start > mark.end && change.start <= mark.end + 3),
  );
}

const EVERY = new Set(['each', 'every']);

/**
 * "Each widening", "every move up": every change of stage, said with any word for the change.
 * "Before any bump" quantifies over them all as "before every" does: no change goes first.
 */
function everyStageChange(tokens: readonly Token[]): boolean {
  return findAll(tokens, STAGE_CHANGE).some((match) => {
    const quantifier = tokens[match.start - 1]?.text ?? '';
    if (EVERY.has(quantifier)) return true;
    return quantifier === 'any' && tokens[match.start - 2]?.text === 'before';
  });
}

/** A condition on changing stage, or on every gate: "each gate needs a thumbs-up from …". */
function conditionsEveryGate(tokens: readonly Token[]): boolean {
  return conditionsEachStage(tokens) || (has(tokens, EACH_GATE) && hasAny(tokens, CONDITION));
}

/** The go/no-go as written: "go / no go" or "go or no-go". */
// Scanned only in sentences holding an assent word (kept out of the shared per-sentence index).
const GO_NO_GO = localLexicon('go / no go | go or no go');

/**
 * "Go/no-go per step: me + ML lead": the go/no-go is a sign-off when it is given at every stage by
 * named roles; owned once ("I own the go or no-go") it is the PM's decision, not a gate's approval.
 */
function goNoGoEachStage(tokens: readonly Token[]): boolean {
  if (!hasAffirmed(tokens, GO_NO_GO) || rolesNamed(tokens).length === 0) return false;
  // "Wednesday 10:00 — go/no-go, me and the eng lead.": an entry of a timeline is one of its stages.
  return has(tokens, EACH_GATE) || everyStageChange(tokens) || opensOnTime(tokens);
}

/** A stage's decision shared by named people: "at each step the call is mine, together with …". */
function decidesJointly(tokens: readonly Token[]): boolean {
  if (!has(tokens, JOINT) || !has(tokens, ROLES)) return false;
  return (has(tokens, DECISION) || hasAny(tokens, STAGE_CHANGE)) && has(tokens, EACH_GATE);
}

function headedByGate(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return ['gate', 'gates', 'sign'].includes(tokens[start]?.lemma ?? '');
}

/** Words between "before" and "the next" in a stage's move: "before we ring the next bell". */
const BEFORE_NEXT_REACH = 4;

/**
 * "… both say "go" before we ring the next bell", "before we fire the next kiln": whatever the
 * answer calls its stages, the next one waits on the assent.
 */
function beforeTheNext(tokens: readonly Token[]): boolean {
  return beforeReaching(
    tokens,
    (at) => tokens[at]?.text === 'the' && tokens[at + 1]?.text === 'next',
  );
}

/**
 * "Before crossing each bridge, the search lead and I both say 'we're good'": every one of the
 * answer's stages, whatever it calls them, waits on the assent. Not "before any": "signed before
 * any traffic moves" is one signature, at the start.
 */
function beforeEachOne(tokens: readonly Token[]): boolean {
  return beforeReaching(tokens, (at) => EVERY.has(tokens[at]?.text ?? ''));
}

/** "Before", then within a few words and no mark, what `reaches` finds. */
function beforeReaching(tokens: readonly Token[], reaches: (at: number) => boolean): boolean {
  return tokens.some((token, i) => {
    if (token.text !== 'before' || token.negated) return false;
    // "… before lunch, and the next stage starts on its own": past a mark, another clause.
    for (let at = i + 1; at <= i + 1 + BEFORE_NEXT_REACH; at++) {
      const word = tokens[at];
      if (word === undefined || word.kind === 'mark') return false;
      if (reaches(at)) return true;
    }
    return false;
  });
}
