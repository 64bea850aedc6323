import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteNamed } from './findings';
import { findAffirmed, findAll, has, hasAffirmed, hasAny, lexicon } from './match';
import { holdsThroughPeriod, PERIOD_REACH } from './heldPeriods';
import {
  fullPeriod,
  heldInSequence,
  heldInTurn,
  heldUnderHeading,
  listEachHeld,
  saysLengthAfter,
  labelledShare,
  UNTIL,
} from './turnHolds';
import {
  heldByHoldNotes,
  heldNotesInTurn,
  heldUntilForEvery,
  ladderHeldEach,
  shareGoesOn,
} from './holdNotes';
import { numberedEntriesHeld } from './numberedEntries';
import { thenTheLast, namedLastAfter, wholeNote } from './rampEnds';
import { labelledStagesHeld } from './labelledStages';
import { labelsHeldInTurn } from './labelledHolds';
import { laddersHeldByName } from './ladderNames';
import { eachOwnStage, listsOwnStages, ownStageEntries, ownStageWords } from './ownStages';
import { everyoneAfter, longestRamp, namesEveryone, stageShares, thenEveryone } from './quantities';
import type { StageShare } from './quantities';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { isDuration } from './tokens';
import { EACH_GATE, GATE_KIND, HOLD, HOLD_VERBS, ROLLBACK } from './vocabulary';
import {
  countedPerStage,
  heldForSamples,
  listedStagesHeld,
  namedStagesHeld,
  sharesHeldFor,
  stageHeldByPlace,
} from './sampleHolds';
import { rampsHeldByForm } from './askedLengths';

/** Holds: the ramp's stages, how long each holds, what lets it advance. */

const ADVANCE = lexicon(
  'advanc* | promot* | expand* | proceed* | move on | move to | moving to | go to | going to | ' +
    'next stage | next step | widen* | increase* | bump* | go up | goes up | going up | ' +
    // Advancing said as climbing or widening: "we go up only when", "nothing goes wider until".
    'move up | moves up | moving up | climb* | step up | scale up | ramp up | go wider | goes wider | ' +
    // "We only move if every number's inside its limit".
    'only move | only moves | only go up | only advance | only widen | ' +
    // Advancing on a condition: "we move when everything has been inside the lines".
    'move when | moves when | move once | moves once | move only | moves only',
);
// Stages named as a traffic light's colours, taken one at a time: "each light holds 72 hours".
const STAGE_WORDS = lexicon(
  'stage* | step* | level* | phase* | wave* | ring* | each light | every light | each colour | ' +
    'every colour | each color | every color',
);
/**
 * "Each cohort holds for three days and moves on only when …": the groups of an ordered release
 * taken one at a time are its stages, as "each stage" would name them.
 */
const EACH_GROUP = lexicon(
  'each cohort | every cohort | each group | every group | each segment | every segment | ' +
    'each tier | every tier | each batch | every batch',
);

// "clean 24 h", "green 12 hours": a length the metrics must stay healthy for, as "for" gives one.
// "Each step will need both sign-offs, after 24 hours": a stage's step waits that long.
const LENGTH_CUES = new Set([
  'for',
  'least',
  'minimum',
  'clean',
  'green',
  'stable',
  'flat',
  'after',
]);
const SPEED_CUES = new Set(['in', 'within', 'under', 'than', 'takes', 'inside']);
const MIN_RAMP_STAGES = 3;

/** Finds a ramp of three or more increasing shares, hold durations and the gate type. */
export function detectHolds(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  const shares: (StageShare & { sentence: Sentence })[] = [];
  // A plain loop: `flatMap` costs about a microsecond a call, and one per sentence here.
  sentences.forEach((sentence, i) => {
    if (sentence.isClause || endsRamp(sentence, sentences[i - 1]) || shareGoesOn(sentences, i))
      for (const share of stageShares(sentence.tokens)) shares.push({ ...share, sentence });
  });
  const ramp = longestRamp(shares);
  const first = ramp[0];
  const laddered = rampStages(ramp, sentences) >= MIN_RAMP_STAGES;
  if (laddered && first !== undefined) noteDetail(findings, 'ladder', first.sentence);
  let stagesNamed = laddered;
  // "25 % for a week, then 50 % for three days": shares each held for a length are held stages.
  const held = sentences.map(
    (sentence) =>
      Math.max(
        sharesHeldFor(sentence.tokens, sentence.isClause),
        listedStagesHeld(sentence.tokens),
        namedStagesHeld(sentence.tokens),
      ) + (stageHeldByPlace(sentence.tokens) ? 1 : 0),
  );
  if (held.reduce((sum, count) => sum + count, 0) >= MIN_HELD_SHARES) {
    stagesNamed = true;
    sentences.forEach((sentence, i) => {
      if ((held[i] ?? 0) === 0) return;
      // Shares each held for their length: "1 %, 5,000 payments; 10 %, one Friday dinner".
      noteNamed(findings, sentence);
      noteDetail(findings, 'duration', sentence);
    });
  }
  sentences.forEach((sentence, i) => {
    // "Gate 2: beta users, about 2 % of traffic. Three days.": a stage's entry, then its length.
    if (!namesStage(sentence.tokens)) return;
    stagesNamed ||= stageLabel(sentence.tokens);
    const next = sentences[i + 1];
    if (next !== undefined && saysLengthAfter(next)) noteDetail(findings, 'duration', sentence);
  });
  // "Round one - our own advisers. Round two - … Each round holds five working days."
  const ownStages = ownStageWords(sentences);
  // "The overture is tuners and early access, hold until 400 graded answers": an entry of one.
  const ownEntries = ownStageEntries(sentences, ownStages);
  for (const entry of [
    ...labelledStagesHeld(sentences, saysLengthAfter),
    ...heldUnderHeading(sentences),
    ...heldByHoldNotes(sentences),
    ...numberedEntriesHeld(sentences),
    ...rampsHeldByForm(sentences),
    ...heldNotesInTurn(sentences),
    ...ladderHeldEach(sentences),
    ...laddersHeldByName(sentences),
    ...heldUntilForEvery(sentences, ownStages),
  ]) {
    stagesNamed = true;
    noteNamed(findings, entry);
    noteDetail(findings, 'duration', entry);
  }
  for (const [position, sentence] of sentences.entries()) {
    const tokens = sentence.tokens;
    // Everyone at 100 % is where a ramp ends, not a stage held ("if it looks fine we go to 100 %").
    const staged = stageShares(tokens).some((share) => share.value < 100);
    // "Metric gates: clean 24 h": gates between stages named with what opens them.
    const gated =
      sentence.isClause && tokens.some((token) => token.lemma === 'gate') && has(tokens, GATE_KIND);
    const eachOwn = eachOwnStage(tokens, ownStages) || listsOwnStages(tokens, ownStages);
    // "Each division holds at least 48 hours": the things counted are the stages, held in turn.
    const inTurn =
      sentence.isClause &&
      (heldInTurn(sentences, position) ||
        heldInSequence(tokens) ||
        listEachHeld(tokens) ||
        labelsHeldInTurn(sentences, position));
    stagesNamed ||= has(tokens, STAGE_WORDS) || gated || groupsHeld(tokens) || eachOwn || inTurn;
    if (hasAffirmed(tokens, HOLD)) noteNamed(findings, sentence);
    const advances = has(tokens, ADVANCE);
    // "We camp at each wall until 4,000 sessions …": each of the answer's own stages is the ramp.
    const aboutRamp = staged || gated || has(tokens, HOLD) || advances || eachOwn;
    const counted = (aboutRamp && heldForSamples(tokens)) || countedPerStage(tokens);
    // "We move when every number has been inside its limits for 12 hours": an advance on a
    // metric condition gives its length to the stage, as a stage word would.
    const advancesOnMetrics = advances && has(tokens, GATE_KIND);
    const gives =
      holdDuration(sentence, staged, gated || advancesOnMetrics || eachOwn) ||
      // "At the pier we sit a full Memorial Day week": a verb of holding gives the period too.
      ((staged || has(tokens, HOLD_VERBS)) && fullPeriod(tokens));
    // A negated advance may still wait for a period: "no stage moves on until a peak has passed".
    const advancesAt = hasAny(tokens, ADVANCE) ? findAll(tokens, ADVANCE) : [];
    const throughPeriod = holdsThroughPeriod(tokens, advancesAt, staged);
    // An entry of one of the answer's own stages, with its share and held in it, names the
    // stages as a stage word does ("The adagio is 25 percent, hold 400 more").
    stagesNamed ||= ownEntries.has(sentence.index) && staged && (gives || counted);
    if (gives || throughPeriod || counted || inTurn) {
      noteDetail(findings, 'duration', sentence);
    }
    if (aboutRamp && (has(tokens, GATE_KIND) || holdsUntil(tokens) || counted)) {
      noteDetail(findings, 'gate-kind', sentence);
    }
  }
  // One share held for a while ("10 % get it, after two weeks we look") is an experiment's
  // split, not a ramp: holds need stages, as a ladder or named as stages.
  return stagesNamed ? heldAtStages(findings) : emptyFindings();
}

/**
 * The stages of a ramp of shares: "10 %, 50 %, then everybody" ends on a stage of everyone, as
 * "then 100 %" would.
 */
function rampStages(
  ramp: readonly { index: number; value: number; sentence: Sentence }[],
  sentences: readonly Sentence[],
): number {
  const last = ramp.at(-1);
  if (last === undefined || last.value >= 100) return ramp.length;
  // "First tee, 5 %, … The turn, 30 %, … Eighteenth green, everyone.": the note after the last
  // share ends the ramp on everyone, as "then everybody" in its own sentence would.
  const next = sentences[sentences.indexOf(last.sentence) + 1];
  const everyoneNext =
    next !== undefined && (namesEveryone(next.tokens, next.words) || wholeNote(next.tokens));
  const everyoneLast = everyoneAfter(last.sentence.tokens, last.index) || everyoneNext;
  const thenLast =
    thenEveryone(last.sentence.tokens, last.index) ||
    thenTheLast(last.sentence.tokens, last.index) ||
    namedLastAfter(last.sentence.tokens, last.index);
  return ramp.length + (everyoneLast || thenLast ? 1 : 0);
}

/**
 * "Glaze: 20 %, a full week. Lustre: 100 %.": a stage's label and share alone, after a stage that
 * held a share, goes on with the ramp; "Timeouts: 1 %. Refunds: 5 %." are limits' notes.
 */
function endsRamp(sentence: Sentence, before: Sentence | undefined): boolean {
  if (!labelledShare(sentence.tokens) || before === undefined || !before.isClause) return false;
  return stageShares(before.tokens).length > 0;
}

/** Each group of the order held or advanced in turn: "every cohort stays a week before the next". */
function groupsHeld(tokens: readonly Token[]): boolean {
  return hasAffirmed(tokens, EACH_GROUP) && (hasAffirmed(tokens, HOLD) || has(tokens, ADVANCE));
}

/**
 * A ramp is held when a stage has a length or a condition to advance: stages alone ("we go 5 %,
 * 25 %, 100 %") say where traffic goes, not that it waits, so they name nothing on their own.
 */
function heldAtStages(findings: Findings): Findings {
  if (findings.details.has('duration') || findings.details.has('gate-kind')) return findings;
  if (findings.details.size === 0) return findings;
  return emptyFindings();
}

/** "Hold each step until the harness has graded 300": a hold that ends on a condition is a gate. */
function holdsUntil(tokens: readonly Token[]): boolean {
  return findAffirmed(tokens, HOLD_VERBS).some((match) =>
    tokens.slice(match.end, match.end + PERIOD_REACH * 2).some((token) => UNTIL.has(token.text)),
  );
}

/** One share held for a while is an experiment's split; two or more are stages of a ramp. */
const MIN_HELD_SHARES = 2;

const STAGE_LABELS = new Set(['gate', 'stage', 'step', 'phase', 'wave', 'ring', 'mark']);

/** "Gate 2:", "Stage 3 —": a stage of the plan named by its number. */
function stageLabel(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return STAGE_LABELS.has(tokens[start]?.lemma ?? '') && tokens[start + 1]?.kind === 'number';
}

/** One stage's entry: "Gate 2: …", or a sentence with a single share ("10 %, staff and beta."). */
function namesStage(tokens: readonly Token[]): boolean {
  if (stageLabel(tokens)) return true;
  const shares = stageShares(tokens);
  return shares.length === 1 && (shares[0]?.value ?? 100) < 100;
}

/** "Minimum 24 hours at each": a length given as the least a stage lasts, as "at least" gives one. */
function minimumLength(tokens: readonly Token[]): boolean {
  return tokens.some(
    (token, i) => isDuration(token.unit) && ['minimum', 'min'].includes(tokens[i - 1]?.text ?? ''),
  );
}

const AT_STAGES = new Set(['at', 'per', 'on']);
const EACH = new Set(['each', 'every']);

/**
 * "Four nights at each stage.", "…; two days per step": a note that opens on a length spent at
 * every stage. Not a time inside one ("paged within two minutes at each stage").
 */
function atEachStage(tokens: readonly Token[], length: number): boolean {
  const before = tokens[length - 1];
  const opens = before === undefined || before.kind === 'mark' || before.pos === 'CCONJ';
  const each =
    AT_STAGES.has(tokens[length + 1]?.text ?? '') && EACH.has(tokens[length + 2]?.text ?? '');
  return opens && each;
}

/** A duration in a sentence about holding at a stage, not the time a rollback takes. */
/** "The page sits behind a flag, and switching it off takes two minutes": how fast it goes back. */
const SWITCHED_OFF = lexicon('switch* it off | turn* it off | flip* it off | switch* off the flag');

function holdDuration(sentence: Sentence, staged: boolean, gated: boolean): boolean {
  const tokens = sentence.tokens;
  const aboutHolding = staged || has(tokens, HOLD_VERBS);
  // "A full day at each, two at 25": "at each" after a ramp is at each of its stages.
  const aboutStages =
    gated || has(tokens, STAGE_WORDS) || minimumLength(tokens) || has(tokens, EACH_GATE);
  if (!aboutHolding && !aboutStages) return false;
  const aboutRollback = has(tokens, ROLLBACK) || has(tokens, SWITCHED_OFF);
  return tokens.some((token, i) => {
    if (!isDuration(token.unit) || token.negated) return false;
    const cue = tokens[i - 1]?.text ?? '';
    // "Each stage runs for 12 hours": a stage given a length by "for" holds that long.
    // "Each step has to show six clean hours", "every stage gets two days": a verb whose object
    // is the length gives it to the stage, as "for" does.
    const givesLength =
      LENGTH_CUES.has(cue) ||
      (tokens[i - 1]?.pos === 'VERB' && !SPEED_CUES.has(cue)) ||
      atEachStage(tokens, i);
    if (!aboutHolding) return givesLength && !aboutRollback;
    return !(aboutRollback && SPEED_CUES.has(cue));
  });
}
