import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import {
  BOUNDARIES,
  findAffirmed,
  findAll,
  fragmentOf,
  fragmentsWith,
  has,
  hasAny,
  lexicon,
} from './match';
import { statesUnrejected } from './rejection';
import {
  formerAgain,
  formerIsBack,
  putsFormerBack,
  restoresFormer,
  returnsToOld,
} from './returnToOld';
import { putBackDenied, rollbackWaitsForSpeaker } from './rollbackGate';
import type { Sentence } from './sentences';
import { openingWord } from './sentences';
import type { Token } from './tokens';
import {
  AUTHORITY,
  FAST,
  HOURS,
  MECHANISM,
  REDEPLOY,
  ROLLBACK,
  ROLLBACK_ROLES,
} from './vocabulary';

/** Rollback readiness: who may call it, at what hours, by which mechanism, how fast. */

/** Going back after a failure, said without the word rollback ("if it breaks we redeploy"). */
const GOES_WRONG = lexicon(
  'break* | goes wrong | go wrong | fails | problem* | incident* | get back | go back | bad',
);

/** A rollback slower than this is not "minutes": it is a redeploy in disguise. */
const FAST_ENOUGH_MINUTES = 15;

/** Finds rollback authority, hours, a routing/config mechanism, its speed, and redeploy-as-rollback. */
export function detectRollback(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  let previousAboutRollback = false;
  let previousClauseAboutRollback = false;
  let previousMentionedRollback = false;
  for (const sentence of sentences) {
    const tokens = sentence.tokens;
    const roles = has(tokens, ROLLBACK_ROLES);
    const namesRollback =
      namesRollbackPlan(tokens) ||
      revertsByParticle(tokens) ||
      goesBackByPlan(tokens) ||
      returnsToOld(tokens) ||
      formerIsBack(tokens) ||
      putsFormerBack(tokens) ||
      // "Whoever's on call bakes the old dough again": the on-call role making the old one again;
      // "… returns the old boxes to the cabinet": bringing the old one back.
      (roles && (formerAgain(tokens) || restoresFormer(tokens))) ||
      // "Whoever is on call, 2 a.m. too, flips the flag in minutes": the on-call role's quick
      // flip of a flag is the way back, as "flag flip, two minutes" is after a rollback.
      (roles && sentence.isClause && flagFlippedQuickly(tokens));
    // "It's a flag that routes payments to the old SDK": a sentence opening on a pronoun goes on
    // about the rollback the sentence before described.
    // "Revert: flag back to the old path. On-call pulls it at any hour": a role given the call
    // right after the rollback is named goes on about it, as a pronoun would.
    // "Rollback: on-call, any hour. Routing flip, ~3 min.": a note giving how and how fast, right
    // after the rollback is named, goes on about it.
    const continues = () =>
      continuesTopic(tokens) ||
      (roles && has(tokens, AUTHORITY) && namesWhoMayRollBack(tokens)) ||
      // "Flag flip, under four minutes, no redeploy.": a redeploy refused is no redeploy.
      (has(tokens, MECHANISM) && !statesUnrejected(tokens, REDEPLOY) && fast(tokens)) ||
      // "Any hour, a model flag, three minutes, no approval.": as a note right after the clause.
      ((sentence.isClause || previousClauseAboutRollback) &&
        quickFlag(tokens) &&
        !has(tokens, REDEPLOY)) ||
      // "Any hour.": a note of when alone, right after the rollback, says when it may happen.
      hoursNote(sentence);
    const aboutRollback: boolean = namesRollback || (previousAboutRollback && continues());
    // "Whoever is on call rolls the old drums back." then "Any hour, proxy route flip, < 5 min,
    // no redeploy.": a note of terms right after a clause that rolls back gives that rollback's
    // hours, way and speed, as a clause of them would.
    const noted =
      !sentence.isClause && !namesRollback && aboutRollback && previousClauseAboutRollback;
    const detailed = noted ? { ...sentence, isClause: true } : sentence;
    previousAboutRollback = aboutRollback;
    previousClauseAboutRollback = aboutRollback && sentence.isClause;
    // "Any hour." only carries the topic on: a note of when names nothing of its own.
    if (aboutRollback && (namesRollback || !hoursNote(sentence))) noteNamed(findings, sentence);
    const aboutRecovery = aboutRollback || has(tokens, GOES_WRONG);
    const redeploys = aboutRecovery && statesUnrejected(tokens, REDEPLOY);
    // "The on-call engineer pages me first; I approve the rollback": the rollback waits.
    // "Nobody rolls back on their own": the rollback named under its own negation, here or in
    // the sentence before ("… nobody rolls back but me. On-call pages me and waits.").
    const mentionsRollback = hasAny(tokens, ROLLBACK);
    const aboutIt =
      aboutRollback || mentionsRollback || previousMentionedRollback || putBackDenied(tokens);
    previousMentionedRollback = mentionsRollback;
    const waits = aboutIt && rollbackWaitsForSpeaker(tokens);
    if (redeploys || waits) noteMisconception(findings, sentence);
    if ((aboutRollback || roles) && has(tokens, HOURS)) noteDetail(findings, 'hours', detailed);
    if (!aboutRollback) continue;
    if (roles && has(tokens, AUTHORITY) && namesWhoMayRollBack(tokens)) {
      noteDetail(findings, 'who', sentence);
    }
    if (!redeploys && (has(tokens, MECHANISM) || flagUndone(tokens))) {
      noteDetail(findings, 'mechanism', detailed);
    }
    if (fast(tokens)) noteDetail(findings, 'speed', detailed);
  }
  return withBothSides(findings, sentences);
}

/** Going back said as a journey: "going back is a switch in the routing config". */
const GOING_BACK = lexicon(
  'go back | going back | goes back | way back | fall back | falls back | falling back',
);

/**
 * "Going back" also means revisiting: it names the rollback only with a detail of one, a
 * mechanism, a speed or who may do it ("to go back, the on-call engineer flips the config"),
 * not "if users complain we can always go back".
 */
function goesBackByPlan(tokens: readonly Token[]): boolean {
  if (!has(tokens, GOING_BACK)) return false;
  const who = has(tokens, ROLLBACK_ROLES) && namesWhoMayRollBack(tokens);
  return has(tokens, MECHANISM) || fast(tokens) || who;
}

/** Whoever does the work, not a person given the call: "the engineers can do that". */
const ANY_ENGINEER = lexicon('engineer | engineers | the engineers | engineering');
/** Authority said outright, beyond "can": "without asking", "authorised", "on their own". */
const OUTRIGHT_AUTHORITY = lexicon(
  'without | authori* | empowered | authority | permission | needs no | does not need | ' +
    'on their own | by themselves | no approval | any time | any hour | anytime',
);

/**
 * Who may roll back is a named role (the on-call engineer, the SRE, whoever is on duty), or
 * authority said outright; "the engineers can switch it back" names whoever does the work.
 */
function namesWhoMayRollBack(tokens: readonly Token[]): boolean {
  const named = findAll(tokens, ROLLBACK_ROLES).some(
    (match) => !findAll(tokens, ANY_ENGINEER).some((any) => any.start === match.start),
  );
  return named || has(tokens, OUTRIGHT_AUTHORITY);
}

/**
 * Nouns that "rollback" modifies when it names the thresholds rather than the plan to go back:
 * "what the rollback criteria are", "rollback triggers".
 */
const CRITERIA = new Set([
  'criteria',
  'criterion',
  'threshold',
  'trigger',
  'line',
  'limit',
  'rule',
  'condition',
  'number',
  'metric',
  'signal',
  'bar',
]);

/** Going back named as an act: "roll back", "going back is a switch", not "rollback criteria". */
function namesRollbackPlan(tokens: readonly Token[]): boolean {
  return findAffirmed(tokens, ROLLBACK).some(
    (match) => !CRITERIA.has(tokens[match.end]?.lemma ?? ''),
  );
}

/** Verbs that undo a change with a particle: "switches the gateway back", "turns the new checkout off". */
const PARTICLE_VERBS = new Set([
  'switch',
  'flip',
  'turn',
  'route',
  'point',
  'send',
  'move',
  'pull',
  'put',
  'set',
  'dial',
  'roll',
]);
const UNDOING_PARTICLES = new Set(['back', 'off']);
const PARTICLE_REACH = 5;

/** What a rollback moves: with any verb, "shift traffic back", "steer users back" undo the change. */
const MOVED = new Set(['traffic', 'users', 'requests', 'everyone', 'everybody', 'load']);

function revertsByParticle(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    if (token.negated) return false;
    const undoing = PARTICLE_VERBS.has(token.lemma);
    if (!undoing && token.pos !== 'VERB') return false;
    let moved = false;
    for (let j = i + 1; j <= i + PARTICLE_REACH && j < tokens.length; j++) {
      const text = tokens[j]?.text ?? '';
      moved ||= MOVED.has(text);
      if (undoing && UNDOING_PARTICLES.has(text)) return true;
      if (moved && text === 'back') return true;
      if (BOUNDARIES.has(text)) return false;
    }
    return false;
  });
}

/** What is flipped to undo a release without a deploy: "turn the flag off", "switch the model flag back". */
const FLAGS = new Set(['flag', 'toggle', 'switch']);

/** A flag turned off or back by a verb of undoing: a configuration change, not a redeploy. */
function flagUndone(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    // "Revert: server-side flag back to the old path": the flag itself, in a note.
    if (FLAGS.has(token.text) && UNDOING_PARTICLES.has(tokens[i + 1]?.text ?? '')) return true;
    if (token.negated || !PARTICLE_VERBS.has(token.lemma)) return false;
    let flag = false;
    for (let j = i + 1; j <= i + PARTICLE_REACH && j < tokens.length; j++) {
      const text = tokens[j]?.text ?? '';
      flag ||= FLAGS.has(text);
      if (flag && UNDOING_PARTICLES.has(text)) return true;
      if (BOUNDARIES.has(text)) return false;
    }
    return false;
  });
}

/** Words of a note that says only when: "Any hour.", "Day or night, weekends too." */
const HOURS_NOTE_WORDS = 5;

function hoursNote(sentence: Sentence): boolean {
  const words = sentence.tokens.filter((token) => token.kind === 'word').length;
  return !sentence.isClause && words <= HOURS_NOTE_WORDS && has(sentence.tokens, HOURS);
}

/** "Any hour, a flag, two minutes.": a flag named beside how fast it goes back is the way back. */
function quickFlag(tokens: readonly Token[]): boolean {
  // The tagger may read "prompt switch" as two verbs: the word is the thing switched, whatever
  // its tag.
  const flag = tokens.some((token) => FLAGS.has(token.text) && !token.negated);
  return flag && fast(tokens);
}

/** Verbs that throw a flag one way or the other: "flips the flag", "kills the toggle". */
const FLAG_VERBS = new Set(['flip', 'toggle', 'kill', 'pull', 'throw', 'switch', 'turn']);
const FLAG_REACH = 3;

/** A flag flipped fast, not denied, opening nothing: "flips the flag in minutes". */
function flagFlippedQuickly(tokens: readonly Token[]): boolean {
  if (statesUnrejected(tokens, REDEPLOY) || opensRelease(tokens)) return false;
  // "… flips the routing flag …, no approval asked": only the flip and its flag must stand.
  const flipped = tokens.some(
    (token, at) =>
      token.pos === 'VERB' &&
      !token.negated &&
      FLAG_VERBS.has(token.lemma) &&
      tokens
        .slice(at + 1, at + 1 + FLAG_REACH)
        .some((next) => FLAGS.has(next.text) && !next.negated),
  );
  return flipped && fast(tokens);
}

/** "… flips the flag in two minutes to start the ramp": the flip opens the release instead. */
const OPENING = lexicon(
  'start* | begin* | launch* | open* | ramp* | roll* out | go live | goes live',
);

function opensRelease(tokens: readonly Token[]): boolean {
  return has(tokens, OPENING) || tokens.some((token) => token.unit === 'percent');
}

// "The on-call engineer rolls back. She doesn't wake me, she doesn't wait.": the role, as a pronoun.
const TOPIC_PRONOUNS = new Set(['it', 'that', 'this', 'they', 'which', 'she', 'he']);

function continuesTopic(tokens: readonly Token[]): boolean {
  return TOPIC_PRONOUNS.has(openingWord(tokens));
}

/** A duration in a fragment about latency is a limit on response time, not the rollback's speed. */
const RESPONSE_TIME = lexicon(
  'slower | faster | latency | p99 | p95 | p90 | response time* | load time*',
);

/** "In under five minutes", "within 2 min", "in seconds". */
function fast(tokens: readonly Token[]): boolean {
  if (has(tokens, FAST)) return true;
  const fragment = fragmentOf(tokens);
  const aboutResponseTime = fragmentsWith(tokens, RESPONSE_TIME);
  return tokens.some((token, i) => {
    if (token.negated || aboutResponseTime.has(fragment[i] ?? -1)) return false;
    const value = token.value ?? Number.POSITIVE_INFINITY;
    if (token.unit === 's') return value <= FAST_ENOUGH_MINUTES * 60;
    return token.unit === 'min' && value <= FAST_ENOUGH_MINUTES;
  });
}

/**
 * A rollback plan has two sides: how it happens (a routing or config change, how fast) and who
 * may do it or when (the on-call engineer, at any hour). An answer with one part of one side only
 * ("rollback by flipping the flag", "on-call can roll back") names the rollback without planning
 * it: no detail credit. The other side may sit in a sentence of its own that does not
 * repeat the word ("the on-call engineer has the authority, no need to call me"; "the mechanism
 * is a routing config switch").
 */
function withBothSides(findings: Findings, sentences: readonly Sentence[]): Findings {
  const details = findings.details;
  const how =
    details.has('mechanism') ||
    details.has('speed') ||
    sentences.some((s) => s.isClause && has(s.tokens, MECHANISM) && !has(s.tokens, REDEPLOY));
  const whoOrWhen =
    details.has('who') ||
    details.has('hours') ||
    sentences.some((s) => s.isClause && has(s.tokens, ROLLBACK_ROLES) && has(s.tokens, AUTHORITY));
  // A complete how ("a routing change, not a redeploy, under five minutes") plans it too.
  const fullHow = details.has('mechanism') && details.has('speed');
  if (!(how && whoOrWhen) && !fullHow) details.clear();
  return findings;
}
