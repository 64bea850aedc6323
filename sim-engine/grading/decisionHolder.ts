import type { Match } from './match';
import { findAll, lexicon } from './match';
import type { Token } from './tokens';

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
    'order | exposure | stop rule* | abort* | kill line* | threshold* | criteria | hold length* | ' +
    'pace | ramp | cohort* | tripwire* | go or no go | go no go | promotion* | progression | limits | ' +
    // The go/no-go as written ("go/no-go"), the plan and its shape, the lengths of stages.
    'go / no go | rollout shape | shape of the rollout | rollout plan | release plan | ' +
    'launch plan | the plan | sequence | stage length* | stage duration* | durations',
);

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
const RULING_VERBS = new Set(['hold', 'make', 'run', 'have', 'sign', 'take']);
/** Particles that turn a verb into another: "set up", "call in", "pick up", "hold off". */
const NOT_DECIDING_AFTER = new Set(['up', 'in', 'out', 'off', 'back', 'me', 'us', 'them']);
/** "I am accountable for", "the PM is responsible for", "in charge of". */
const ACCOUNTABLE = new Set(['accountable', 'responsible', 'charge', 'answerable']);

/** The speaker or the product role as a subject; "me" and "mine" only inside brackets. */
const AGENTS = lexicon(
  'i | pm | the pm | product manager | the product manager | product management | ' +
    'product owner | the product owner | product lead',
);
const BRACKETED_SPEAKER = new Set(['me', 'myself', 'i']);

/** Words between a subject and its verb that keep the subject: "I'd", "I personally", "I alone". */
const BETWEEN_POS = new Set(['AUX', 'ADV', 'PART']);
/** After a copula: "I'd be the one who decides", "I am the person accountable for". */
const ROLE_NOUNS = new Set(['one', 'person', 'owner', 'pm', 'manager']);
const RELATIVES = new Set(['who', 'that']);
const VERB_REACH = 7;
const OBJECT_REACH = 6;
const CLAUSE_ENDS = new Set([';', '.', ':', '?', 'while', 'whereas', 'but', '|']);
/** A clause that only supposes or wishes: "if I owned the order", "ideally the PM would decide". */
const SUPPOSING = new Set(['if', 'unless', 'whether', 'ideally', 'hypothetically']);

/** The speaker or the product role holds a release decision in this sentence. */
export function speakerHoldsDecision(tokens: readonly Token[]): boolean {
  // "Who decides the order?" asks; the answer, not the question, holds the decision.
  if (tokens.at(-1)?.text === '?') return false;
  const decisions = findAll(tokens, DECISIONS);
  if (decisions.length === 0) return false;
  return agentsOf(tokens).some(
    (agent) =>
      !supposed(tokens, agent.start) && decidesAfter(tokens, agent.start, agent.end, decisions),
  );
}

/** Labels of a role table that name deciding: "Decides: PM (me)", "Approver | me". */
const DECIDING_LABELS = new Set([
  'owner',
  'ownership',
  'decider',
  'decides',
  'decision',
  'decisions',
  'accountable',
  'approver',
  'approves',
  'dri',
  'call',
  'calls',
]);
const SEPARATORS = new Set([':', '|', '—', '-', '=']);
const LABEL_WORDS = 4;

/**
 * A role table or a RACI-like note assigns a decision to the speaker: a label that names deciding
 * or a release decision, a separator, then the speaker or the product role ("Decides: PM (me)",
 * "| Exposure order | PM (me) |", "Go/no-go: me"). "Routing: me" assigns no decision.
 */
export function assignedToSpeaker(tokens: readonly Token[]): boolean {
  if (tokens.at(-1)?.text === '?') return false;
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  let separator = start + 1;
  while (separator <= start + LABEL_WORDS && !SEPARATORS.has(tokens[separator]?.text ?? '')) {
    separator++;
  }
  if (!SEPARATORS.has(tokens[separator]?.text ?? '')) return false;
  const label = tokens.slice(start, separator);
  const namesDeciding =
    label.some((token) => DECIDING_LABELS.has(token.text)) ||
    findAll(tokens, DECISIONS).some((match) => match.start >= start && match.end <= separator);
  if (!namesDeciding) return false;
  const holder = tokens[separator + 1]?.text === 'the' ? separator + 2 : separator + 1;
  const held = tokens[holder];
  if (held === undefined || held.negated) return false;
  return (
    BRACKETED_SPEAKER.has(held.text) || agentsOf(tokens).some((agent) => agent.start === holder)
  );
}

/** Where the speaker or the product role stands as a subject. */
function agentsOf(tokens: readonly Token[]): Match[] {
  const agents: Match[] = [];
  for (const match of findAll(tokens, AGENTS)) {
    // "at 9 pm" is a time, not the product manager.
    if (tokens[match.start - 1]?.kind === 'number') continue;
    if (!tokens[match.start]?.negated) agents.push(bracketed(tokens, match) ?? match);
  }
  // A role with the speaker in brackets is the speaker: "Product (me)", "Release owner (myself)".
  tokens.forEach((token, i) => {
    if (token.text !== '(' || tokens[i + 2]?.text !== ')' || tokens[i - 1]?.kind !== 'word') return;
    if (BRACKETED_SPEAKER.has(tokens[i + 1]?.text ?? '')) agents.push({ start: i - 1, end: i + 3 });
  });
  return agents;
}

/** "PM (me)": the bracket after a role belongs to its subject. */
function bracketed(tokens: readonly Token[], match: Match): Match | null {
  if (tokens[match.end]?.text !== '(' || tokens[match.end + 2]?.text !== ')') return null;
  return { start: match.start, end: match.end + 3 };
}

/** Others' word, not the speaker's: "people will tell you the PM should own the plan". */
const REPORTING = new Set([
  'tell',
  'say',
  'claim',
  'argue',
  'insist',
  'hear',
  'suggest',
  'recommend',
]);
const SPEAKERS = new Set(['i', 'we']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The subject stands in a supposition or in what others report, not in the speaker's claim. */
export function supposed(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && !CLAUSE_ENDS.has(tokens[i]?.text ?? '.'); i--) {
    const word = tokens[i] as Token;
    // "If the error rate climbs, I decide …": the condition ends at its comma.
    if (word.text === ',') return false;
    if (SUPPOSING.has(word.text)) return true;
    if (REPORTING.has(word.lemma) && word.pos === 'VERB' && reportedByOthers(tokens, i)) {
      return true;
    }
  }
  return false;
}

/** The reporting verb has a subject of its own and it is not the speaker ("you'll hear", "people say"). */
function reportedByOthers(tokens: readonly Token[], verb: number): boolean {
  let before = verb - 1;
  while (before >= 0 && BETWEEN_POS.has(tokens[before]?.pos ?? '')) before--;
  const subject = tokens[before];
  if (subject === undefined || SPEAKERS.has(subject.text)) return false;
  return SUBJECT_POS.has(subject.pos);
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
    if (DECIDING.has(word.lemma) || DECIDING.has(word.text) || callsAt(tokens, j)) {
      // A cleft names its object after the copula: "What I actually own … is the decisions".
      if (tokens[start - 1]?.text === 'what') return true;
      return (
        !NOT_DECIDING_AFTER.has(tokens[j + 1]?.text ?? '') && objectAfter(tokens, decisions, j)
      );
    }
    if (RULING_VERBS.has(word.lemma) && word.pos === 'VERB') {
      return !NOT_DECIDING_AFTER.has(tokens[j + 1]?.text ?? '') && rulingAfter(tokens, j);
    }
    if (ACCOUNTABLE.has(word.text)) return objectAfter(tokens, decisions, j);
    if (BETWEEN_POS.has(word.pos) && word.lemma !== 'be') continue;
    // After a copula the subject may be named again: "I'm the one (who) …", "I am in charge of".
    if (copula && (word.pos === 'DET' || ROLE_NOUNS.has(word.text) || word.text === 'in')) continue;
    if (copula && RELATIVES.has(word.text) && ROLE_NOUNS.has(tokens[j - 1]?.text ?? '')) continue;
    return false;
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

/** Where the verb's object ends: the clause's end or another verb ("pick a random 1 % and see what …"). */
function clauseEnd(tokens: readonly Token[], verb: number): number {
  let end = verb + 1;
  while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]?.text ?? '.')) {
    if (tokens[end]?.pos === 'VERB') return end;
    end++;
  }
  return end;
}
