import {
  aboutQuestions,
  asks,
  asksForATerm,
  givesExamples,
  idealAt,
  otherStoryAt,
  recitesRubric,
  statesValues,
} from './commitmentCues';
import { pastWorkplaceAt } from './pastCues';
import { whQuestionRefused } from './questionContext';
import { hasBlank } from './templateBlanks';
import type { CueProfile } from './commitmentProfile';
import { CUE, profileOf } from './commitmentProfile';
import { imaginedFailureAt, staysInScene } from './imaginedFailure';
import {
  aboutThirdParty,
  adoptsWhatCameBefore,
  dropsThePlan,
  opensWithItDepends,
  toldInPast,
  turnsToThisChange,
} from './commitmentTurns';
import { othersViewAt } from './othersView';
import { othersPlan } from './planOwner';
import { guardedRiskFrom } from './riskGuarded';
import { voicesOf } from './sentenceVoices';
import { analogyRuns } from './analogy';
import { playedBackToListener } from './playedBack';
import { handsDecisionOver } from './handedOver';
import { partyPosition, undecidedNotes } from './undecided';
import { toldOfLastTime } from './lastTime';
import { presentClauseFrom } from './storyEnds';
import { narratedByOthers } from './narratedRuns';
import { plannedForAnotherChange } from './otherChange';
import { unownedAnswerMark } from './speakerCommits';
import { hasSpeaker } from './speaker';
import { disownsThePlan, takesBackOnePiece } from './disowning';
import { adopts } from './reportedAdvice';
import { keepGateQuestions } from './gateQuestions';
import {
  dropEverythingBefore,
  recitedBeforeColon,
  takeBackThePieceBefore,
} from './withdrawnSentences';
import {
  clauseStart,
  contrastAfter,
  speakerTakesOver,
  valueEnds,
  viewEnds,
} from './commitmentSpans';
import type { Frame, Uncommitted } from './commitmentResult';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Commitment, read over the whole answer: a statement earns a point only when it is the
 * speaker's own plan for this change. For each sentence the reader asks whose plan it states
 * (the speaker's, or a book's, a manager's, a friend's at another company), in which time and
 * mood (this change, or a past job, an ideal world, a question, a template with blanks, a
 * recitation of what a good answer contains, a hedge that never lands), and whether the speaker
 * adopts it or drops it later. A frame set once governs the sentences under it until the speaker
 * re-anchors on this change ("Here I'd …"); "here I'd do the same" adopts what the frame told;
 * "but honestly we'd skip all that" withdraws everything before it.
 */

type FrameRead = { frame: Frame; keepFrom: number; cutFrom?: number };

/** Frames that govern the sentences after them until the speaker re-anchors. */
interface OpenFrame {
  readonly frame: Frame;
  readonly setBy: number;
  readonly members: number[];
}

/** Sentence index → why it is not the speaker's commitment; committed sentences are absent. */
export function readCommitment(sentences: readonly Sentence[]): Map<number, Uncommitted> {
  const profiles = sentences.map((sentence) => profileOf(sentence.tokens));
  const found = glossary(sentences, profiles);
  let open: OpenFrame | null = null;
  let last: OpenFrame | null = null;
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    const profile = profiles[i] as CueProfile;
    if (tokens.length === 0 || found.has(i)) return;
    if (i > 0 && takesBackOnePiece(tokens) >= 0) {
      takeBackThePieceBefore(sentences, i, found);
      open = null;
      return;
    }
    const drops = profile.cues & CUE.drop && profile.speaker && dropsThePlan(tokens);
    const disowns = disownsThePlan(tokens);
    if (i > 0 && (drops || disowns)) {
      dropEverythingBefore(sentences, i, found);
      open = null;
    }
    // "The classic line that a canary only shows safety …: I do not buy that distinction.": what
    // the speaker disowns after a colon in the same sentence is withdrawn too.
    const recited = disowns ? recitedBeforeColon(tokens) : 0;
    if (recited > 0) found.set(i, { frame: 'dropped', setBy: i, keepFrom: recited });
    if (i > 0 && (drops || disowns)) return;
    if (last !== null && (adoptsWhatCameBefore(tokens) || adopts(tokens))) {
      last.members.forEach((at) => found.delete(at));
      open = null;
      last = null;
      return;
    }
    // "… has gone badly wrong. Why? My guesses: …": a bare question inside a story keeps it open.
    if (open !== null && PAST_FRAMES.has(open.frame) && barelyAsks(tokens)) return;
    const own = frameOf(tokens, profile, sentences[i + 1]?.tokens);
    if (own !== null) {
      found.set(i, { ...own, setBy: i });
      if (own.keepFrom > 0) open = null;
      else if (CARRIED.has(own.frame)) open = last = { frame: own.frame, setBy: i, members: [i] };
      // A frame that governs only its own sentence leaves an open frame as it was.
      return;
    }
    if (open !== null && carries(open.frame, tokens, profile)) {
      // "It proved nothing of the sort; a canary tells you the change is safe.": the story ends
      // where a clause in the present begins.
      const keepFrom = PAST_FRAMES.has(open.frame) ? presentClauseFrom(tokens) : 0;
      found.set(i, { frame: open.frame, setBy: open.setBy, keepFrom });
      open.members.push(i);
      if (keepFrom > 0) open = null;
      return;
    }
    // Only the sentence just after a story may adopt it ("I'd do the same here"); once a sentence
    // of the speaker's own has come between, a later adoption ("… and I want the ceiling
    // agreed") is of something else.
    last = null;
    open = null;
  });
  othersPlan(sentences, profiles).forEach(({ setBy, later }, i) => {
    const frame = later ? 'ideal' : 'others-plan';
    if (!found.has(i)) found.set(i, { frame, setBy, keepFrom: 0 });
  });
  const reads = voicesOf(sentences, profiles);
  plannedForAnotherChange(sentences).forEach((setBy, i) => {
    if (!found.has(i)) found.set(i, { frame: 'other-change', setBy, keepFrom: 0 });
  });
  narratedByOthers(sentences, reads).forEach(({ setBy }, i) => {
    if (!found.has(i)) found.set(i, { frame: 'narrated', setBy, keepFrom: 0 });
  });
  toldOfLastTime(sentences).forEach((setBy, i) => {
    if (!found.has(i)) found.set(i, { frame: 'past-job', setBy, keepFrom: 0 });
  });
  analogyRuns(sentences).forEach((setBy, i) => {
    if (!found.has(i)) found.set(i, { frame: 'analogy', setBy, keepFrom: 0 });
  });
  playedBackToListener(sentences).forEach((setBy, i) => {
    if (!found.has(i)) found.set(i, { frame: 'others-plan', setBy, keepFrom: 0 });
  });
  undecidedNotes(sentences).forEach((setBy, i) => {
    if (!found.has(i)) found.set(i, { frame: 'undecided', setBy, keepFrom: 0 });
  });
  sentences.forEach((sentence, i) => {
    if (!found.has(i) && partyPosition(sentence.tokens)) {
      found.set(i, { frame: 'undecided', setBy: i, keepFrom: 0 });
    } else if (!found.has(i) && handsDecisionOver(sentence)) {
      found.set(i, { frame: 'handed-over', setBy: i, keepFrom: 0 });
    }
  });
  const unowned = unownedAnswerMark(sentences, reads);
  if (unowned >= 0) {
    sentences.forEach((_, i) => {
      // The speaker's own sentences are read as they are (a refusal, a misconception, a caveat).
      const own = reads[i]?.voice === 'speaker' || hasSpeaker(sentences[i]?.tokens ?? []);
      if (!found.has(i) && !own) found.set(i, { frame: 'unowned', setBy: unowned, keepFrom: 0 });
    });
  }
  keepGateQuestions(sentences, found);
  return found;
}

const GLOSSARY_ENTRIES = 3;

/**
 * A quiz of terms ("Q: Cohort order? A: the sequence of segments, e.g. …") in which the speaker
 * never appears and the answers give examples: a glossary, whatever numbers it holds.
 */
function glossary(
  sentences: readonly Sentence[],
  profiles: readonly CueProfile[],
): Map<number, Uncommitted> {
  const entries: number[] = [];
  let examples = 0;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const question = sentences[i]?.tokens ?? [];
    const answer = sentences[i + 1]?.tokens ?? [];
    if (!asksForATerm(question) || asks(answer)) continue;
    entries.push(i, i + 1);
    if (givesExamples(answer)) examples++;
  }
  const found = new Map<number, Uncommitted>();
  const speaks = profiles.some((profile) => profile.speaker);
  if (entries.length < 2 * GLOSSARY_ENTRIES || examples < 2 || speaks) return found;
  const setBy = entries[0] ?? 0;
  entries.forEach((at) => found.set(at, { frame: 'glossary', setBy, keepFrom: 0 }));
  return found;
}

const CARRIED = new Set<Frame>([
  'ideal',
  'past-job',
  'imagined',
  'others-story',
  'rubric',
  'hedge',
]);
const PAST_FRAMES = new Set<Frame>(['past-job', 'imagined', 'others-story']);

/** "Why?", "What happened?": a question of a word or two. */
function barelyAsks(tokens: readonly Token[]): boolean {
  return asks(tokens) && tokens.length <= BARE_QUESTION;
}
const BARE_QUESTION = 3;

/** The frame a sentence sets by its own words, with the words that escape it, or null. */
function frameOf(
  tokens: readonly Token[],
  profile: CueProfile,
  next: readonly Token[] | undefined,
): FrameRead | null {
  const cues = profile.cues;
  // "Picture it a month from now and the launch has failed": the failure imagined, not an ideal,
  // even run together with the question it raises ("… gone badly wrong — why?").
  const imagined = cues & CUE.pastJob ? imaginedFailureAt(tokens) : -1;
  if (imagined >= 0) return adoptedInPlace(tokens, 'imagined', imagined);
  const risk = guardedRiskFrom(tokens, next);
  if (risk >= 0) return { frame: 'risk', keepFrom: 0, cutFrom: risk };
  if (asks(tokens)) {
    // "Who goes first? Touch right: not the staff, …": a question turned down stays a question.
    const answered =
      next !== undefined &&
      !asks(next) &&
      !aboutQuestions(next) &&
      !whQuestionRefused(tokens, next);
    return answered ? null : { frame: 'question', keepFrom: 0 };
  }
  if (cues & CUE.blank && hasBlank(tokens)) return { frame: 'template', keepFrom: 0 };
  const ideal = cues & CUE.ideal ? idealAt(tokens) : -1;
  if (ideal >= 0) return { frame: 'ideal', keepFrom: contrastAfter(tokens, ideal) };
  const past = cues & CUE.pastJob ? pastWorkplaceAt(tokens) : -1;
  if (past >= 0) return adoptedInPlace(tokens, 'past-job', past);
  const story = cues & CUE.story ? otherStoryAt(tokens) : -1;
  if (story >= 0) return adoptedInPlace(tokens, 'others-story', story);
  // "What matters to me here: …" is the speaker's own; a rubric is recited in no one's voice.
  if (cues & CUE.rubric && !profile.speaker && recitesRubric(tokens)) {
    return { frame: 'rubric', keepFrom: 0 };
  }
  if (cues & CUE.view && othersViewAt(tokens) >= 0 && !adoptedAfter(tokens, next)) {
    return { frame: 'others-view', keepFrom: viewEnds(tokens) };
  }
  const depends = cues & CUE.depends && opensWithItDepends(tokens);
  // "I'm not sure this is exactly right, but I'd …": an honest caveat, then the speaker's choice.
  if (depends || hedged(profile)) {
    return { frame: 'hedge', keepFrom: contrastAfter(tokens, 0) || speakerTakesOver(tokens, 0) };
  }
  if (cues & CUE.value && statesValues(tokens))
    return { frame: 'values', keepFrom: valueEnds(tokens) };
  return null;
}

/**
 * "At my last job we held a day, and I'd do the same here": adopted in the sentence that tells it;
 * "At my last job a rushed ramp broke checkout, so here I'd hold a day": the speaker takes over.
 */
function adoptedInPlace(tokens: readonly Token[], frame: Frame, from: number): FrameRead | null {
  if (adoptsWhatCameBefore(tokens)) return null;
  return { frame, keepFrom: speakerTakesOver(tokens, from), cutFrom: clauseStart(tokens, from) };
}

/** "…, and I agree", "… and I think that is right", or "I agree." next: the view adopted. */
function adoptedAfter(tokens: readonly Token[], next: readonly Token[] | undefined): boolean {
  const and = tokens.map((token) => token.text).lastIndexOf('and');
  return adopts(tokens) || adopts(tokens.slice(and + 1)) || adopts(next ?? []);
}

/** Two hedges, one of them a hedging word ("maybe", "perhaps", "it depends"). */
function hedged({ modals, adverbs }: CueProfile): boolean {
  return adverbs >= 1 && modals + adverbs >= 2;
}

/** The speaker states something firmly: the speaker, no hedge, not told in the past. */
function firm(tokens: readonly Token[], profile: CueProfile): boolean {
  return profile.speaker && profile.modals + profile.adverbs === 0 && !toldInPast(tokens);
}

// Only the tentative modals carry an ideal on: "The ramp would be 1, 5, 25, 100" after "Ideally a week." is a plan.
const CONDITIONAL_MODALS = new Set(['could', 'might', 'may']);

/** Whether a sentence stays under the frame set before it. */
function carries(frame: Frame, tokens: readonly Token[], profile: CueProfile): boolean {
  if (turnsToThisChange(tokens)) return false;
  switch (frame) {
    case 'ideal':
      return (
        !profile.speaker &&
        tokens.some((token) => token.pos === 'AUX' && CONDITIONAL_MODALS.has(token.text))
      );
    case 'imagined':
      return staysInScene(tokens, profile.speaker);
    case 'past-job':
    case 'others-story': {
      const past = toldInPast(tokens);
      return (past || aboutThirdParty(tokens)) && !(profile.speaker && !past);
    }
    case 'rubric':
      // "Q1: PM owns? A: order, limits, holds": a quiz answered line by line is the speaker's own.
      return !profile.speaker && !answersAQuiz(tokens);
    case 'hedge':
      return profile.modals + profile.adverbs >= 1 && !firm(tokens, profile);
    default:
      return false;
  }
}

const ANSWER_LABELS = new Set(['a', 'answer', 'ans']);

/** "A: staff first, then …", "Answer: written before traffic moves": a quiz's answer line. */
function answersAQuiz(tokens: readonly Token[]): boolean {
  const start = tokens[0]?.kind === 'mark' ? 1 : 0;
  return ANSWER_LABELS.has(tokens[start]?.text ?? '') && tokens[start + 1]?.text === ':';
}
