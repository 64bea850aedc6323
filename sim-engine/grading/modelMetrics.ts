import type { Findings } from './findings';
import { emptyFindings, noteDetail, noteMisconception, noteNamed } from './findings';
import { findAll, fragmentOf, has, lexicon } from './match';
import type { ModelSignal } from './modelSignals';
import { FEEDBACK, HALLUCINATION, signalsOf } from './modelSignals';
import { isRejected, statesUnrejected } from './rejection';
import type { Sentence } from './sentences';
import { callsModelAService } from './modelAsService';
import { asks } from './commitmentCues';
import { cannotShow, ENOUGH, ERROR_RATE, MODEL_NAMED, NOT_ENOUGH } from './modelWords';
import { namedAsNoise, refusesQualitySignals } from './qualityRefused';
import { qualitySettledBefore } from './qualitySettled';
import { gates, limitAgainstNow, setsComparedLimits } from './signalGates';
import {
  spanWatchedBySpeaker,
  underGuardHeading,
  watchedLabel,
  withoutVerdicts,
} from './signalCommitments';

/** Model and prompt changes: quality guards beyond error rate. */

const MODEL_CONTEXT = lexicon(
  'model* | prompt* | llm | hallucinat* | quality | eval* | answers | responses | thumbs* | ' +
    'ai | assistant | completions | generations | outputs | summaries | drafts',
);

const POINTERS = new Set(['those', 'these', 'that', 'they']);
const JOINING = new Set(['and', 'so', 'but']);
/** Latency, which a pointer may carry with the errors: "errors …, p99 …. Those two are all". */
const LATENCY = lexicon('latency | p99 | p50 | response time*');
/** "p99 … we roll back. And those two are all you need": a pointer reaches back three sentences. */
const POINTER_REACH = 3;

/**
 * Finds the model signals (by the glossary's names or by their role: `modelSignals.ts`), that
 * errors alone are not enough, and the misconception that they are.
 */
export function detectModelMetrics(sentences: readonly Sentence[]): Findings {
  const findings = emptyFindings();
  // Signals heard only by their role, with the first clause that gave each (see `withRoles`).
  const byRole = new Map<ModelSignal, Sentence>();
  // Signals a clause sets numbered limits on, wherever they were first named, or that the answer
  // commits to otherwise: under a heading calling them the guards, under a label in which the
  // speaker watches, or two or more governed by the speaker's own verb of watching.
  const gating = new Set<ModelSignal>();
  // Sentences since errors or latency were last named: a pointer reaches back a few.
  let sinceErrors = Infinity;
  // Sentences since a quality signal was last named by its name.
  let sinceQuality = Infinity;
  // Errors said to miss what the model gets wrong: "errors alone would miss a worse reply".
  let errorsFallShort = false;
  sentences.forEach((sentence, i) => {
    const tokens = sentence.tokens;
    const modelContext = has(tokens, MODEL_CONTEXT);
    if (statesUnrejected(tokens, MODEL_NAMED)) noteNamed(findings, sentence);
    let namesQuality = false;
    const found = signalsOf(withoutVerdicts(tokens), modelContext);
    const headed = underGuardHeading(sentences[i - 1]) || watchedLabel(tokens);
    // "Every day we read the harness's grades, the thumbs-down rate, …": watched by the speaker,
    // unless the sentence asks it ("Do I watch wrong facts or cost?") or states a misconception.
    const watchedBySpeaker =
      found.size >= 2 &&
      sentence.isClause &&
      !asks(tokens) &&
      signalsOf(spanWatchedBySpeaker(tokens), modelContext).size >= 2;
    for (const [signal, source] of found) {
      if (source === 'name') noteDetail(findings, signal, sentence);
      else if ((sentence.isClause || headed) && !byRole.has(signal)) byRole.set(signal, sentence);
      if (setsComparedLimits(sentence) || limitAgainstNow(sentence) || headed) gating.add(signal);
      namesQuality ||= source === 'name';
    }
    // "… error rate or p99 … Those two numbers are all we need.": the pointer carries the errors,
    // and the quality signals too when they were named with or after them ("Those three …").
    // "and those two are really all you need": a joining word may open the sentence.
    const opening = JOINING.has(tokens[0]?.text ?? '') ? tokens[1] : tokens[0];
    const pointsBack =
      sinceErrors <= POINTER_REACH &&
      sinceQuality > sinceErrors &&
      POINTERS.has(opening?.text ?? '');
    const aboutErrors = has(tokens, ERROR_RATE);
    const errorsBlind = aboutErrors && cannotShow(tokens);
    if (((aboutErrors || modelContext) && has(tokens, NOT_ENOUGH)) || errorsBlind) {
      noteDetail(findings, 'not-enough', sentence);
      errorsFallShort ||= aboutErrors;
    }
    const enough = (calledEnough(tokens) || allItNeeds(tokens)) && !qualityCalledEnough(tokens);
    const restricted = nothingElse(tokens) || (onlyKindNamed(tokens) && !namesQuality);
    // "… already covered quality. In the canary we watch hallucinations": watched after all.
    const next = sentences[i + 1]?.tokens ?? [];
    // The signals are read again only for the rare sentence that says quality is settled.
    // "…, so watching answers, feedback or cost would only add noise": named to be dismissed.
    const watchedHere = () => watchesLive(tokens, modelContext) && !namedAsNoise(tokens);
    const watched = () => watchedHere() || watchesLive(next, true);
    const misled =
      ((aboutErrors || pointsBack) && (enough || restricted)) ||
      (qualitySettledBefore(tokens) && !watched()) ||
      refusesQualitySignals(tokens) ||
      callsModelAService(tokens);
    if (misled) noteMisconception(findings, sentence);
    else if (watchedBySpeaker) found.forEach((_, signal) => gating.add(signal));
    sinceErrors = aboutErrors || has(tokens, LATENCY) ? 1 : sinceErrors + 1;
    sinceQuality = namesQuality ? 1 : sinceQuality + 1;
  });
  return withBreadth(withRoles(findings, byRole), sentences, gating, errorsFallShort);
}

/**
 * "Error rate, latency and the hallucination rate on the eval set are all we need": a quality
 * signal in the words called enough, before them in the same fragment, is among what is watched.
 */
function qualityCalledEnough(tokens: Sentence['tokens']): boolean {
  const fragment = fragmentOf(tokens);
  const quality = [...findAll(tokens, HALLUCINATION), ...findAll(tokens, FEEDBACK)];
  return findAll(tokens, ENOUGH).some((enough) =>
    quality.some(
      (signal) => signal.start < enough.start && fragment[signal.start] === fragment[enough.start],
    ),
  );
}

/**
 * What was named called enough, unrejected. Not "there is enough to read", a sample that is large
 * enough: "grading goes up to one in twenty, so there is enough to read".
 */
function calledEnough(tokens: Sentence['tokens']): boolean {
  return findAll(tokens, ENOUGH).some(
    (match) => tokens[match.start - 1]?.text !== 'there' && !isRejected(tokens, match.start),
  );
}

const ALL_NEEDS_REACH = 5;

/**
 * "That is all a model change needs watching for": what was named is all it needs. Denied ("that
 * is not all …"), the sentence is read as turned down before any detector sees it.
 */
function allItNeeds(tokens: Sentence['tokens']): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'all' || tokens[at - 1]?.lemma !== 'be') return false;
    return tokens
      .slice(at + 1, at + 1 + ALL_NEEDS_REACH)
      .some((word) => word.lemma === 'need' && word.pos === 'VERB');
  });
}

/** Verbs of watching a release: "nothing else the canary needs to watch". */
const NEEDS_WATCHING = new Set(['watch', 'need', 'track', 'monitor', 'measure', 'check', 'gate']);
const NOTHING_ELSE_REACH = 5;
const CLAUSE_ENDS = new Set(['.', ';', '!']);

/**
 * "… the model is fine; there's nothing else the canary needs to watch", "error rate and
 * latency, nothing else.": nothing watched beyond them. "Nothing else matters" says no such thing.
 */
function nothingElse(tokens: Sentence['tokens']): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'nothing' || tokens[at + 1]?.text !== 'else') return false;
    if (CLAUSE_ENDS.has(tokens[at + 2]?.text ?? '.')) return true;
    return tokens
      .slice(at + 2, at + 2 + NOTHING_ELSE_REACH)
      .some((word) => NEEDS_WATCHING.has(word.lemma) && word.pos === 'VERB');
  });
}

/** Nouns for what a release is judged by: "the only things", "the only signals". */
const JUDGED_BY = new Set([
  'thing',
  'signal',
  'metric',
  'number',
  'check',
  'guard',
  'measure',
  'gate',
]);

/**
 * "The only things that tell you a model is misbehaving are its error rate and its latency":
 * what is judged restricted to one kind, said of the errors named in the same sentence (the
 * caller asks that no quality signal is named beside them).
 */
function onlyKindNamed(tokens: Sentence['tokens']): boolean {
  return tokens.some(
    (token, at) =>
      token.text === 'only' &&
      tokens[at - 1]?.text === 'the' &&
      !token.negated &&
      JUDGED_BY.has(tokens[at + 1]?.lemma ?? ''),
  );
}

/** A live signal named beside it: the evals that settled quality are not one. */
function watchesLive(tokens: Sentence['tokens'], modelContext: boolean): boolean {
  // "I'd watch exactly two things, error rate and response latency": speed is no quality signal.
  return [...signalsOf(tokens, modelContext).keys()].some(
    (signal) => signal !== 'harness' && signal !== 'p95',
  );
}

/**
 * A signal heard only by its role counts as a detail, but names the point only if breadth keeps
 * it (`withBreadth`): "relevance" said once in passing names no quality guard.
 */
function withRoles(findings: Findings, byRole: ReadonlyMap<ModelSignal, Sentence>): Findings {
  for (const [signal, sentence] of byRole) {
    const earlier = findings.details.get(signal);
    if (earlier === undefined || sentence.index < earlier)
      findings.details.set(signal, sentence.index);
  }
  return findings;
}

/** The model-specific signals a strong answer guards with. */
const SIGNALS: readonly ModelSignal[] = [
  'hallucination',
  'harness',
  'feedback',
  'p95',
  'token-cost',
  'fallback',
];
/**
 * Guarding a model release takes several model-specific signals together; one or two named in
 * passing (a cost in a business case, thumbs-up as a win, a hallucination line set while
 * watching) are a mention, not the point. Below this many, the signals earn no detail credit, so
 * the point stays named but not covered, unless two or more are named as rollback triggers or the
 * answer says errors alone fall short of them.
 */
const MIN_SIGNALS = 3;

function withBreadth(
  findings: Findings,
  sentences: readonly Sentence[],
  gating: ReadonlySet<ModelSignal>,
  errorsFallShort: boolean,
): Findings {
  const signals = SIGNALS.filter((id) => findings.details.has(id));
  const at = (id: ModelSignal) => sentences.find((s) => s.index === findings.details.get(id));
  // Fewer signals still guard the release when they are what triggers a rollback: "the rollback
  // criteria also include hallucination rate and user feedback", or limits fixed before traffic
  // moves ("written down before any traffic moved: …, p95 … 120 ms worse, compute cost per
  // request … 25 % higher"), or a number set as their limit in any clause that names them
  // ("Punjabi thumbs-down more than 1.5 points worse than now, …, errors more than 0.5 % worse").
  const asTriggers = signals.some((id) => gates(at(id)?.tokens ?? []) || gating.has(id));
  // Or when the answer says errors alone would miss what they watch: "we watch the thumbs-down
  // rate, and the eval harness scores replies, so that we see quality, not only errors".
  const guarded = asTriggers || errorsFallShort;
  const broad = signals.length >= MIN_SIGNALS || (signals.length >= 2 && guarded);
  if (!broad) for (const id of signals) findings.details.delete(id);
  // What breadth kept names the point where it was said (a role alone has not named it yet).
  for (const id of broad ? signals : []) {
    const sentence = at(id);
    if (sentence !== undefined) noteNamed(findings, sentence);
  }
  return findings;
}
