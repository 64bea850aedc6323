import type { Match } from './match';
import { SPEAKER_BESIDE_ROLE } from './speaker';
import { findAll, has, lexicon } from './match';
import { BETWEEN_POS, CLAUSE_ENDS, supposed } from './supposition';
import {
  CASE_WORDS,
  clauseEnd,
  decisionsListedAfter,
  decisionsSpelledOut,
  listedAfterColon,
} from './listedDecisions';
import type { Token } from './tokens';
import { ENGINEERING, PRECOMMIT } from './vocabulary';

export { supposed } from './supposition';

/**
 * Who holds the release decisions, read from the clause: the speaker or the product role as the
 * subject of a verb of deciding whose object is a release decision ("Product (me) decides
 * exposure", "I hold the decisions: …"), or said to be accountable for one ("I am the one
 * accountable for the rollout shape", "I'm accountable for the go/no-go"). A strict interviewer
 * hears ownership only with all three together — the speaker, deciding, a release decision — so
 * someone else deciding, the speaker merely told, a question, a condition or a negation own
 * nothing.
 */

/** Release decisions, as the object of a verb of deciding or of accountability. */
export const DECISIONS = lexicon(
  'which | what | how long | who | when | whether | decision* | call* | choice* | trade off* | ' +
    // The decisions named as nouns ("PM owns: order, abort numbers, ramp").
    'order | exposure | stop rule* | stop line* | abort* | kill line* | threshold* | criteria | hold length* | ' +
    'pace | ramp | cohort* | tripwire* | go or no go | go no go | promotion* | progression | limits | ' +
    // "Those numbers are mine to set", "the rollback numbers are my call": the limits by their
    // values.
    'rollback number* | stop number* | those numbers | these numbers | ' +
    // The go/no-go as written ("go/no-go"), the plan and its shape, the lengths of stages.
    'go / no go | rollout shape | shape of the rollout | rollout plan | release plan | ' +
    'launch plan | the plan | sequence | stage length* | stage duration* | durations | ' +
    // More release decisions by name: "I decide the holds and the approvals".
    'holds | gates | pacing | cadence | stop line* | widening | sequencing',
);

/** What is owned whole, by its owner or the one accountable for it: "I'm the DRI for the rollout". */
const OWNED = lexicon('rollout | release | launch');

/** The release itself, not a thing named after it ("the release notes", "the launch email"). */
function releasesOwned(tokens: readonly Token[]): Match[] {
  return findAll(tokens, OWNED).filter((match) => tokens[match.end]?.pos !== 'NOUN');
}
/** Nouns for whoever holds the decisions, after a copula: "I'm the DRI for", "the owner of". */
const OWNER_NOUNS = new Set(['owner', 'dri', 'decider', 'approver', 'decision-maker']);

/** Verbs of writing the plan, which hold decisions only as they are spelled out after them. */
const AUTHORING = new Set(['write', 'draft', 'compose']);

/** Only a right to decide may be held, made or run: "I hold the decisions", "I make the call". */
const RULINGS = lexicon(
  'decision* | call | calls | final say | the say | go / no go | go no go | release plan | ' +
    'rollout plan | launch plan | the plan',
);

/** Verbs whose subject decides, by lemma or form (the tagger reads some as nouns). */
const DECIDING = new Set([
  'decide',
  'deciding',
  'own',
  'owning',
  'set',
  'setting',
  'choose',
  'choosing',
  'determine',
  'pick',
  'picking',
  'calling',
  'approve',
  'approving',
  'control',
  'govern',
  'define',
]);
/** Verbs that decide only with a ruling as object: "hold the decisions", "make the call". */
const RULING_VERBS = new Set(['hold', 'make', 'run', 'have', 'sign', 'take', 'carry']);
/** Particles that turn a verb into another: "set up", "call in", "pick up", "hold off". */
const NOT_DECIDING_AFTER = new Set(['up', 'in', 'out', 'off', 'back', 'me', 'us', 'them']);
/** "I am accountable for", "the PM is responsible for", "in charge of". */
const ACCOUNTABLE = new Set(['accountable', 'responsible', 'charge', 'answerable']);

/** The speaker or the product role as a subject; "me" and "mine" only inside brackets. */
const AGENTS = lexicon(
  'i | pm | the pm | product manager | the product manager | product management | ' +
    'product owner | the product owner | product lead',
);

/** After a copula: "I'd be the one who decides", "I am the person accountable for". */
const ROLE_NOUNS = new Set(['one', 'person', 'owner', 'pm', 'manager']);
const RELATIVES = new Set(['who', 'that']);
const VERB_REACH = 7;
const OBJECT_REACH = 6;

/** The speaker or the product role holds a release decision in this sentence. */
export function speakerHoldsDecision(tokens: readonly Token[]): boolean {
  // "Who decides the order?" asks; the answer, not the question, holds the decision.
  if (tokens.at(-1)?.text === '?') return false;
  const decisions = findAll(tokens, DECISIONS).filter(
    (match) => !presents(tokens, match.start) && tokens[match.start - 1]?.text !== 'even',
  );
  if (decisions.length === 0 && findAll(tokens, OWNED).length === 0) return false;
  if (onlyLimitsFixedAhead(tokens, decisions)) return false;
  return agentsOf(tokens).some(
    (agent) =>
      !supposed(tokens, agent.start) && decidesAfter(tokens, agent.start, agent.end, decisions),
  );
}

// "I call it straight, even when the fault is mine": "even when" concedes, it names no decision.

/** "So here's what I'd set before it goes live": "what" presents what follows, no decision held. */
function presents(tokens: readonly Token[], at: number): boolean {
  const here = tokens[at - 2]?.text === 'here' && tokens[at - 1]?.lemma === 'be';
  return tokens[at]?.text === 'what' && (here || tokens[at - 1]?.text === "here's");
}

/** The decisions that are the rollback limits themselves. */
const LIMIT_WORDS = new Set(['limits', 'threshold', 'thresholds', 'criteria', 'abort', 'tripwire']);

/**
 * "I would set limits up front: if errors …": the limits and when they are fixed are the
 * thresholds point; with no other decision and no team set apart, the speaker claims no share of
 * the release's calls.
 */
function onlyLimitsFixedAhead(tokens: readonly Token[], decisions: readonly Match[]): boolean {
  if (decisions.length === 0 || !has(tokens, PRECOMMIT) || has(tokens, ENGINEERING)) return false;
  return decisions.every((match) => LIMIT_WORDS.has(tokens[match.start]?.text ?? ''));
}

/** Where the speaker or the product role stands as a subject. */
export function agentsOf(tokens: readonly Token[]): Match[] {
  const agents: Match[] = [];
  for (const match of findAll(tokens, AGENTS)) {
    // "at 9 pm" is a time, not the product manager.
    if (tokens[match.start - 1]?.kind === 'number') continue;
    // "Priya (PM, writing this) owns the plan": the name the role is given to in brackets.
    const named = namedInBrackets(tokens, match);
    if (named !== null) {
      agents.push(named);
      continue;
    }
    if (!tokens[match.start]?.negated)
      agents.push(apposed(tokens, match.end, match.start) ?? match);
  }
  // A role with the speaker beside it is the speaker: "Product (me)", "The product side, me,",
  // and the speaker with the product role beside it: "We (product)".
  tokens.forEach((token, i) => {
    if (!OPENING_MARKS.has(token.text) || tokens[i - 1]?.kind !== 'word') return;
    const beside = tokens[i + 1]?.text ?? '';
    const speakerBeside =
      SPEAKER_BESIDE_ROLE.has(beside) || (token.text === '(' && APPOSITION_LEADS.has(beside));
    const productBeside = tokens[i - 1]?.text === 'we' && PRODUCT_WORDS.has(beside);
    if (speakerBeside || productBeside) {
      const appositive = apposed(tokens, i, i - 1);
      if (appositive !== null) agents.push(appositive);
    }
  });
  return agents;
}

const OPENING_MARKS = new Set(['(', ',', '—', '-']);
const BRACKETED_REACH = 5;

/** "Priya (PM)", "Priya (PM, writing this)": a name, then the role opening its brackets. */
function namedInBrackets(tokens: readonly Token[], role: Match): Match | null {
  if (tokens[role.start - 1]?.text !== '(' || tokens[role.start - 2]?.pos !== 'PROPN') return null;
  const close = tokens.findIndex(
    (token, at) => at >= role.end && at <= role.end + BRACKETED_REACH && token.text === ')',
  );
  return close < 0 ? null : { start: role.start - 2, end: close + 1 };
}
const CLOSING_MARK: Readonly<Record<string, string>> = { '(': ')', ',': ',', '—': '—', '-': '-' };
const PRODUCT_WORDS = new Set(['product', 'pm']);

/** Words that may lead the speaker inside a bracket: "PM (that's me)", "(i.e. me)". */
const APPOSITION_LEADS = new Set(['that', 'is', 'i.e.', 'ie', 'namely', 'so', 'here', 'currently']);
const APPOSITION_WORDS = 3;

/**
 * "PM (me)", "the product side, me,": one word set beside the subject between two marks; in
 * brackets the speaker may be led in by a few words ("PM (that's me)", "(i.e. me)").
 */
function apposed(tokens: readonly Token[], open: number, start: number): Match | null {
  const mark = tokens[open]?.text ?? '';
  if (!OPENING_MARKS.has(mark)) return null;
  if (tokens[open + 2]?.text === CLOSING_MARK[mark]) return { start, end: open + 3 };
  if (mark !== '(') return null;
  for (let at = open + 1; at <= open + APPOSITION_WORDS; at++) {
    const text = tokens[at]?.text ?? '';
    if (SPEAKER_BESIDE_ROLE.has(text)) {
      return tokens[at + 1]?.text === ')' ? { start, end: at + 2 } : null;
    }
    if (!APPOSITION_LEADS.has(text)) return null;
  }
  return null;
}

/** The subject's verb of deciding, or its accountability, with a release decision as object. */
function decidesAfter(
  tokens: readonly Token[],
  start: number,
  from: number,
  decisions: readonly Match[],
): boolean {
  let copula = false;
  for (let j = from; j < from + VERB_REACH && j < tokens.length; j++) {
    const word = tokens[j] as Token;
    if (word.negated || CLAUSE_ENDS.has(word.text)) return false;
    if (word.lemma === 'be') {
      copula = true;
      continue;
    }
    // A verb that decides nothing ends the search: "I'd watch the numbers and decide what counts
    // as a drop" decides on the spot, it holds no release decision.
    const held = heldAt(tokens, start, j, decisions, copula);
    if (held === false) return coordinatedHolds(tokens, start, j, decisions);
    if (held !== null) return held;
    if (BETWEEN_POS.has(word.pos)) continue;
    // After a copula the subject may be named again: "I'm the one (who) …", "I am in charge of".
    if (copula && (word.pos === 'DET' || ROLE_NOUNS.has(word.text) || word.text === 'in')) continue;
    if (copula && RELATIVES.has(word.text) && ROLE_NOUNS.has(tokens[j - 1]?.text ?? '')) continue;
    return false;
  }
  return false;
}

/**
 * The predicate at `j`: true when it holds a release decision, false when it is a verb that holds
 * none, null when it is no predicate at all.
 */
function heldAt(
  tokens: readonly Token[],
  start: number,
  j: number,
  decisions: readonly Match[],
  copula: boolean,
): boolean | null {
  const word = tokens[j];
  // "… I'd probably ring a few of them myself now and then": the words after "and" may run out.
  if (word === undefined) return null;
  const next = tokens[j + 1]?.text ?? '';
  if (DECIDING.has(word.lemma) || DECIDING.has(word.text) || callsAt(tokens, j)) {
    // "Watch what I choose not to do": choosing not to act holds no decision.
    if (next === 'not' && tokens[j + 2]?.text === 'to') return false;
    if (tokens[start - 1]?.text === 'what') return cleftNamesDecision(tokens, start, decisions);
    if (NOT_DECIDING_AFTER.has(next)) return false;
    const owned = word.lemma === 'own' && objectAfter(tokens, releasesOwned(tokens), j);
    // "I call the road: who goes first, the limits, the holds": the object spelled out, a
    // wh-clause among three decisions or more.
    return (
      owned ||
      objectAfter(tokens, decisions, j) ||
      listedAfterColon(tokens, decisions, j) ||
      decisionsSpelledOut(tokens, decisions, j)
    );
  }
  // "I take ownership of the order", "I'd take charge of the stop rules": as "own" would.
  if (RULING_VERBS.has(word.lemma) && TAKEN_OVER.has(next))
    return objectAfter(tokens, decisions, j + 1);
  // "I write the score, which guests hear it in which order, the limits and how long we rest":
  // whoever writes the plan out decision by decision holds those decisions.
  if (AUTHORING.has(word.lemma) && word.pos === 'VERB') {
    // "I'd write down the stop lines: …" fixes the limits ahead, the thresholds point.
    if (NOT_DECIDING_AFTER.has(next) || next === 'down') return false;
    return rulingAfter(tokens, j) || decisionsSpelledOut(tokens, decisions, j);
  }
  // "I sign off on the plan": approving the plan or the go/no-go holds it.
  if (word.lemma === 'sign' && next === 'off') return rulingAfter(tokens, j + 1);
  if (RULING_VERBS.has(word.lemma) && word.pos === 'VERB') {
    if (NOT_DECIDING_AFTER.has(next)) return false;
    return (
      rulingAfter(tokens, j) ||
      decisionsListedAfter(tokens, decisions, j) ||
      decisionsSpelledOut(tokens, decisions, j)
    );
  }
  // "I am accountable for the go/no-go", "I'm the DRI for the rollout".
  if (ACCOUNTABLE.has(word.text) || (copula && OWNER_NOUNS.has(word.text))) {
    return objectAfter(tokens, decisions, j) || objectAfter(tokens, releasesOwned(tokens), j);
  }
  if (word.pos === 'VERB') return false;
  return null;
}

/**
 * A cleft names its object after the copula: "What I actually own … is the decisions"; after a
 * copula, before it, in the same clause: "The limits are what I set", not "that's what I'd set up".
 */
function cleftNamesDecision(
  tokens: readonly Token[],
  subject: number,
  decisions: readonly Match[],
): boolean {
  const copula = subject - 2;
  if (tokens[copula]?.lemma !== 'be') return true;
  let opening = copula;
  while (opening > 0 && tokens[opening - 1]?.kind !== 'mark') opening--;
  return decisions.some((match) => match.start >= opening && match.start < copula);
}

/** Nouns that make a ruling verb own its object: "take ownership of", "take charge of". */
const TAKEN_OVER = new Set(['ownership', 'charge']);
/** How far after a verb that decides nothing an "and" may join a second verb to its subject. */
const COORDINATION_REACH = 10;

/**
 * "I'd leave the build to engineering and take ownership of the rollout choices myself": a verb
 * joined by "and" to one that decides nothing keeps the subject, and holds a release decision
 * when its object names one as a noun; a wh-word's case decided on the spot holds none.
 */
function coordinatedHolds(
  tokens: readonly Token[],
  start: number,
  verb: number,
  decisions: readonly Match[],
): boolean {
  const named = decisions.filter((match) => !CASE_WORDS.has(tokens[match.start]?.text ?? ''));
  const end = Math.min(tokens.length, verb + COORDINATION_REACH);
  for (let k = verb + 1; k < end; k++) {
    const word = tokens[k] as Token;
    if (CLAUSE_ENDS.has(word.text) || word.text === ',' || word.negated) return false;
    if (word.text !== 'and') continue;
    let next = k + 1;
    while (BETWEEN_POS.has(tokens[next]?.pos ?? '') && next < k + 3) next++;
    return tokens[next]?.negated !== true && heldAt(tokens, start, next, named, false) === true;
  }
  return false;
}

/** "I call the holds" is deciding; "a call" is a noun, "call in" another verb. */
function callsAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === 'call' && tokens[at]?.pos === 'VERB';
}

/** A release decision within a few words after the verb, in its clause. */
function objectAfter(tokens: readonly Token[], decisions: readonly Match[], verb: number): boolean {
  const end = Math.min(verb + OBJECT_REACH + 1, clauseEnd(tokens, verb));
  return decisions.some((match) => match.start > verb && match.start < end);
}

function rulingAfter(tokens: readonly Token[], verb: number): boolean {
  return objectAfter(tokens, findAll(tokens, RULINGS), verb);
}
