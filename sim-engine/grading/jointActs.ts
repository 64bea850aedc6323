import { lineLabelLength } from './listHeadings';
import { findAll } from './match';
import { OPENS_QUOTE } from './quotedAssent';
import { rolesNamed } from './roles';
import type { Token } from './tokens';
import { HEADING_MARKS, QUANTIFIERS, headedByEachChange, headedByTheGate } from './stageHeadings';
import { EACH_GATE } from './vocabulary';
import { becomesTheNext, madeWider, stagesListedAfter } from './stagesNamedInTurn';
import { jointClause, SUBJECT_REACH } from './namedPartner';

/**
 * Two named people acting together on the release before or at every stage (read by
 * signOff.ts): "Before each move, the support lead and I both taste it", "Jo and Ana both stamp it
 * at every stage". Whatever the house word for it, a joint act that every stage waits on is the
 * gate's sign-off, a check of it as much as a tasting ("both check the tension before each row");
 * watching or looking together is monitoring, not assent.
 */

const LOOKING = new Set(['watch', 'monitor', 'track', 'look', 'see', 'read']);
/** "Before anything moves": before any move, so before each; not "before anything else". */
const MOVES = new Set(['move', 'moves', 'go', 'goes', 'advance', 'advances', 'widen', 'widens']);
/** Whoever or whatever moves: "before anyone advances" is before every advance too. */
const ANY_ONE = new Set(['anything', 'anyone', 'anybody']);
const CONDITIONS = new Set(['if', 'when', 'once']);

export function actsJointlyBeforeEachStage(tokens: readonly Token[]): boolean {
  return actsJointly(tokens) && beforeEveryStage(tokens);
}

/**
 * "X and I both <act>": a named role and someone else doing one thing together, not watching. "X,
 * who leads our beadworkers, and I count the first necklace": "and I" joins them as "both" does.
 */
export function actsJointly(tokens: readonly Token[]): boolean {
  return tokens.some((token, both) => {
    const joinedI = token.text === 'i' && tokens[both - 1]?.text === 'and';
    if (joinedI ? !jointClause(tokens, both) : token.text !== 'both') return false;
    if (!joinedI && !jointSubject(tokens, both)) return false;
    const verb = tokens[both + 1];
    // The tagger may take the act after "I both" for a noun ("the skipper and I both shout
    // house"), or for an adjective before its object ("… and I both flip the tortilla").
    const afterI = joinedI || tokens[both - 1]?.text === 'i';
    // "… and I both open out the first dupatta": its particle may stand before the object.
    const object = PARTICLES.has(tokens[both + 2]?.text ?? '') ? both + 3 : both + 2;
    const misread = verb?.pos === 'NOUN' || (verb?.pos === 'ADJ' && tokens[object]?.pos === 'DET');
    const acts = verb?.pos === 'VERB' || (misread && afterI);
    // What both say or check in quotation marks ("both say "…"", "both check the 'errors' panel")
    // is read by signOff.ts, which takes short go-aheads only.
    const quoted = [both + 2, both + 3].some((at) => OPENS_QUOTE.has(tokens[at]?.text ?? ''));
    if (!acts || quoted || verb?.negated === true) return false;
    return !LOOKING.has(verb?.lemma ?? '') || awaitedLook(tokens, both);
  });
}

const PARTICLES = new Set(['out', 'up', 'down', 'over']);

/** Words back from "both" to the "until" or "only when" the look is awaited by. */
const AWAITED_REACH = 10;
/** Kept from the looks a gate awaits: watching is how a hold is spent, reading takes in a report. */
const NOT_AWAITED = new Set(['watch', 'monitor', 'track', 'read']);

/**
 * "Advances only when the head astronomer and I both look through the eyepiece", "no stage moves
 * until X and I both see it": a look the advance waits on is the gate's review, so its sign-off;
 * watching or tracking, even awaited, is how a hold is spent, and reading ("both read the weekly
 * report") takes in what others wrote.
 */
function awaitedLook(tokens: readonly Token[], both: number): boolean {
  if (NOT_AWAITED.has(tokens[both + 1]?.lemma ?? '')) return false;
  const from = Math.max(0, both - AWAITED_REACH);
  return tokens.slice(from, both).some((token, i, words) => {
    if (token.text === 'until' || token.text === 'till') return true;
    // "Only when", or "only advances when".
    const only = words[i - 1]?.text === 'only' || words[i - 2]?.text === 'only';
    return CONDITIONS.has(token.text) && only;
  });
}

/** "X and I both", "X and Y both": people joined by "and", one of them a named role. */
function jointSubject(tokens: readonly Token[], both: number): boolean {
  const from = Math.max(0, both - SUBJECT_REACH);
  const joined = tokens.slice(from, both).some((token) => token.text === 'and');
  const named = rolesNamed(tokens).some((role) => role.end <= both && role.start >= from);
  return joined && named;
}

/**
 * "Before each move", "before every stage", "before the next", "between rows", "at every inning",
 * "before we push off again", "before anything moves", "no float moves until …" (or "till"),
 * "Each row, … before we knit on", "Each holds until …", "Each act … moves on only if …" or
 * "…, and only then we go on": the act comes with every stage.
 */
export function beforeEveryStage(tokens: readonly Token[]): boolean {
  const gates = findAll(tokens, EACH_GATE);
  const opensOnEach = QUANTIFIERS.has(tokens.find((token) => token.kind === 'word')?.text ?? '');
  // "Each gate: the juice master and I both tie the ribbon": a note headed by every stage.
  // "L12 A. Each gate: …": after a transcript line's label; "Each gate, X and I both …": set off
  // by a comma as a fronted time.
  const opening = lineLabelLength(tokens, 0);
  if (
    gates.some((gate) => gate.start === opening && HEADING_MARKS.has(tokens[gate.end]?.text ?? ''))
  )
    return true;
  if (headedByEachChange(tokens, opening) || headedByTheGate(tokens, opening)) return true;
  return tokens.some((token, at) => {
    if (token.negated) return false;
    // "Between rows", "between stages": at every change from one to the next.
    // "Between every float": every change, as "between floats" is.
    // "Between the races": the article before the stages' plural changes nothing.
    if (token.text === 'between') {
      const stages = tokens[at + 1]?.text === 'the' ? tokens[at + 2] : tokens[at + 1];
      return pluralNoun(stages) || QUANTIFIERS.has(tokens[at + 1]?.text ?? '');
    }
    // "No float moves until X and I both raise our cups": no stage goes on without the act.
    // "Each holds until 1,000 paid orders, and X and I both lift the lid": each stage's.
    if (token.text === 'until' || token.text === 'till') {
      return opensOnEach || noneGoesOn(tokens, at);
    }
    // "Each act … moves on only if every line is clean and X and I both take a bow"; "she moves
    // only when …", "a stage only advances when …": every move waits on the act.
    if (token.text === 'only' && CONDITIONS.has(tokens[at + 1]?.text ?? '')) {
      // "Advance only when …": the tagger reads an imperative opening the sentence as a name.
      // "We move on only when …": the verb before its particle.
      const verb = ONWARD.has(tokens[at - 1]?.text ?? '') ? at - 2 : at - 1;
      return opensOnEach || goesOn(tokens[verb], verb === firstWord(tokens));
    }
    // "… both ring the bell, and only then we go on": the advance waits on the act.
    if (token.text === 'only' && tokens[at + 1]?.text === 'then') {
      return advanceAfter(tokens, at + 1);
    }
    // Between "only" and "when" the tagger may take the verb for a noun ("only advances when").
    if (token.text === 'only' && CONDITIONS.has(tokens[at + 2]?.text ?? '')) {
      return goesOn(tokens[at + 1], true);
    }
    // "At every inning", "at each stage", "at the end of every round", "after each stage": the
    // act is each stage's.
    if (token.text === 'at' && QUANTIFIERS.has(tokens[at + 1]?.text ?? '')) return true;
    if (token.text === 'end' && tokens[at + 1]?.text === 'of') {
      return QUANTIFIERS.has(tokens[at + 2]?.text ?? '');
    }
    if (token.text === 'after' && QUANTIFIERS.has(tokens[at + 1]?.text ?? '')) return true;
    // "Each time we widen it, X and I both taste first": every advance comes with the act.
    if (token.text === 'time' && QUANTIFIERS.has(tokens[at - 1]?.text ?? '')) {
      return advanceAfter(tokens, at);
    }
    // "… both blow the whistle, stage by stage": at each stage in turn.
    if (token.text === 'by' && tokens[at - 1]?.text === tokens[at + 1]?.text) {
      return tokens[at - 1]?.pos === 'NOUN';
    }
    // "The head barber and I both sweep the chair to move": the act is what a move takes.
    if (token.text === 'to' && advanceNext(tokens, at)) return true;
    // "X and I both raise our glasses, or we don't advance": no advance without the act.
    if (ALTERNATIVES.has(token.text)) return advanceRefusedAfter(tokens, at);
    if (token.text !== 'before') return false;
    if (opensOnEach || againAfter(tokens, at) || stagesListedAfter(tokens, at)) return true;
    if (ANY_ONE.has(tokens[at + 1]?.text ?? '') && MOVES.has(tokens[at + 2]?.text ?? '')) {
      return true;
    }
    // "No advance before …", "no move before …": none, so every one, waits on the act.
    const refused = tokens[at - 1];
    if (tokens[at - 2]?.text === 'no' && MOVING_OR_ADVANCING.has(refused?.lemma ?? '')) return true;
    if (moreTrafficAfter(tokens, at) || advanceAfter(tokens, at)) return true;
    return QUANTIFIERS.has(tokens[at + 1]?.text ?? '') || gates.some((gate) => gate.start === at);
  });
}

/** Words from "before" to the more it lets in: "before the proxy takes any more traffic". */
const MORE_REACH = 6;
const LET_IN = new Set(['traffic', 'users', 'customers', 'people', 'requests']);

/** "Before the proxy takes any more traffic": before the release widens, each time it does. */
function moreTrafficAfter(tokens: readonly Token[], before: number): boolean {
  return tokens
    .slice(before + 1, before + 1 + MORE_REACH)
    .some(
      (token, i, words) =>
        token.text === 'more' &&
        !token.negated &&
        (words[i - 1]?.text === 'any' || LET_IN.has(words[i + 1]?.text ?? '')),
    );
}

/** Words from "before" to the advance it comes ahead of: "before we go higher". */
const ADVANCE_REACH = 3;
// "Each time the share grows": the release's share growing is its advance.
const ADVANCING = new Set(['advance', 'widen', 'promote', 'expand', 'grow', 'increase']);
const MOVING = new Set(['go', 'move', 'step', 'climb']);
const ONWARD = new Set(['higher', 'up', 'on', 'wider', 'further']);
const MOVING_OR_ADVANCING = new Set([...ADVANCING, ...MOVING]);

/** "Before we go higher", "before we move on", "before we widen": before each advance. */
function advanceAfter(tokens: readonly Token[], before: number): boolean {
  return tokens
    .slice(before + 1, before + 1 + ADVANCE_REACH)
    .some(
      (token, i, words) =>
        !token.negated &&
        (advances(token, words[i + 1]) ||
          madeWider(token, tokens[before + i + 3]) ||
          becomesTheNext(token, tokens[before + i + 2])),
    );
}

/** "Advance", "widen", or "go up", "move on": a verb that takes the release to its next stage. */
function advances(verb: Token, next: Token | undefined): boolean {
  if (verb.pos !== 'VERB') return false;
  return ADVANCING.has(verb.lemma) || (MOVING.has(verb.lemma) && ONWARD.has(next?.text ?? ''));
}

/** "A stage opens only when …", "a stage ends only when …": one stage giving way to the next. */
const STAGE_TURNS = new Set(['open', 'end']);

/**
 * "Moves", "advances", "widens", "(a stage) opens", "(a stage) ends": a verb, alone, that is the
 * release going to its next stage.
 */
function goesOn(verb: Token | undefined, nounToo = false): boolean {
  const tagged = verb?.pos === 'VERB' || (nounToo && NOUNISH.has(verb?.pos ?? ''));
  if (verb === undefined || !tagged || verb.negated) return false;
  return MOVING_OR_ADVANCING.has(verb.lemma) || STAGE_TURNS.has(verb.lemma);
}

/** What the tagger may take a verb for: "only advances when", "Advance only when". */
const NOUNISH = new Set(['NOUN', 'PROPN']);

function firstWord(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => token.kind === 'word');
}

const ALTERNATIVES = new Set(['or', 'otherwise']);

/** "To move", "to move on", "to advance": a purpose that is the next stage. */
function advanceNext(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to + 1];
  if (next === undefined || next.negated) return false;
  // After the infinitive's "to" the tagger may take the verb for a noun: "To advance, …".
  const infinitive = tokens[to]?.pos === 'PART' && next.pos === 'NOUN';
  const verb: Token = infinitive ? { ...next, pos: 'VERB' } : next;
  // "To move" alone, at the clause's end, is to move on.
  const after = tokens[to + 2];
  const bare = verb.pos === 'VERB' && MOVING.has(verb.lemma) && after?.kind !== 'word';
  return bare || advances(verb, after);
}

/** "Or we don't advance", "otherwise nothing moves on": what follows the act is no advance. */
function advanceRefusedAfter(tokens: readonly Token[], or: number): boolean {
  const after = tokens.slice(or + 1, or + 1 + ADVANCE_REACH + 2);
  const none = after.some((token) => NONE.has(token.text));
  return after.some((token, i) => (token.negated || none) && advances(token, after[i + 1]));
}

function pluralNoun(token: Token | undefined): boolean {
  return token?.pos === 'NOUN' && token.text !== token.lemma;
}

/** Words from "before" to its "again": "before we push off again" is before every push-off. */
const AGAIN_REACH = 5;

function againAfter(tokens: readonly Token[], before: number): boolean {
  return tokens.slice(before + 1, before + 1 + AGAIN_REACH).some((token) => token.text === 'again');
}

/** Whoever or whatever none of goes on: "no float moves", "nothing moves", "nobody moves on". */
const NONE = new Set(['nothing', 'nobody']);

/** Before "until": no stage ("no float", "nothing") goes on, its verb between them. */
function noneGoesOn(tokens: readonly Token[], until: number): boolean {
  return tokens.slice(0, until).some((token, at) => {
    const noun = token.text === 'no' && tokens[at + 1]?.pos === 'NOUN';
    // The tagger may take the verb for a noun ("No float moves until …"): any word after the
    // stage and before "until" is its going on.
    const goesOn = tokens.slice(at + (noun ? 2 : 1), until).some((word) => word.kind === 'word');
    return (NONE.has(token.text) || noun) && goesOn;
  });
}
