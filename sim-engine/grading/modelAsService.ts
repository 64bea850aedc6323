import { fragmentOf } from './match';
import type { Token } from './tokens';

/**
 * A model change called an ordinary service change (read by modelMetrics.ts): "a model swap is
 * still just a service swap", "a prompt is just configuration", "for a model swap I'd treat it
 * like any other backend change". Said of the model itself, with nothing kept beside it, it
 * means the model is guarded as a service is — by errors and latency — the model-metrics
 * misconception, whether or not the sentence goes on to name those two.
 */
export function callsModelAService(tokens: readonly Token[]): boolean {
  if (!namesModelAndLikeness(tokens)) return false;
  if (tokens.some((token) => KEPT_BESIDE.has(token.text))) return false;
  const fragment = fragmentOf(tokens);
  return tokens.some((token, at) => {
    if (token.negated) return false;
    const likeness = likenessLength(tokens, at);
    if (likeness === 0 || !namesAService(tokens, at + likeness)) return false;
    if (token.text === 'just') return modelIsSubject(tokens, at);
    // "For a model swap I'd treat it like any other backend change": the model in the same
    // clause ("…, it's just a config value" said of a switch back is about the switch).
    return tokens.some(
      (word, k) => k < at && MODEL_WORDS.has(word.lemma) && fragment[k] === fragment[at],
    );
  });
}

/**
 * "A model swap is still just a service swap", "the prompt is just configuration": the model is
 * what "is" is said of — the word before it, or a noun after the model's name ("model upgrade").
 */
function modelIsSubject(tokens: readonly Token[], just: number): boolean {
  let be = just - 1;
  while (tokens[be]?.pos === 'ADV') be--;
  // "A model's just a service": the tagger may read the contracted "is" as a possessive.
  const contracted = CONTRACTED_IS.has(tokens[be]?.text ?? '') && be === just - 1;
  if (tokens[be]?.lemma !== 'be' && !contracted) return false;
  const subject = tokens[be - 1];
  if (subject !== undefined && MODEL_WORDS.has(subject.lemma)) return true;
  return subject?.pos === 'NOUN' && MODEL_WORDS.has(tokens[be - 2]?.lemma ?? '');
}

const CONTRACTED_IS = new Set(["'s", '’s']);

/** The model's own names: "model swap", "prompt change", "LLM". */
const MODEL_WORDS = new Set(['model', 'prompt', 'llm']);

/** "…, but quality needs its own gates", "except the eval harness": something kept beside it. */
const KEPT_BESIDE = new Set(['but', 'except', 'though', 'although', 'yet', 'beyond', 'plus']);

/** Nouns of an ordinary change: "service", "backend change", "deploy", "dependency". */
const SERVICE_NOUNS = new Set([
  'service',
  'backend',
  'deploy',
  'deployment',
  'dependency',
  'release',
  'change',
  'swap',
  'upgrade',
  'configuration',
  'config',
  'binary',
  'microservice',
]);
/** A service noun a few words on: "just another backend dependency", "like any other swap". */
const NOUN_REACH = 3;

function namesAService(tokens: readonly Token[], from: number): boolean {
  return tokens
    .slice(from, from + NOUN_REACH)
    .some((token) => SERVICE_NOUNS.has(token.lemma) && token.pos === 'NOUN');
}

/**
 * How many words make a likeness starting here, or 0: "like any other", "no different from",
 * "the same as any", "just" ("is just another", "'s still just a").
 */
function likenessLength(tokens: readonly Token[], at: number): number {
  // Asked of every word: most open no likeness, and need no closure or list built for them.
  if (!LIKENESS_OPENS.has(tokens[at]?.text ?? '')) return 0;
  const text = (offset: number) => tokens[at + offset]?.text ?? '';
  if (text(0) === 'like' && text(1) === 'any' && text(2) === 'other') return 3;
  if (text(0) === 'no' && text(1) === 'different' && ['from', 'than'].includes(text(2))) return 3;
  if (text(0) === 'same' && text(1) === 'as' && text(2) === 'any') return 3;
  return text(0) === 'just' ? 1 : 0;
}

/** The words a likeness opens on: "like any other", "no different from", "same as any", "just". */
const LIKENESS_OPENS = new Set(['like', 'no', 'same', 'just']);

/**
 * Every reading here needs a model word ("model", "prompt", "llm") and a word a likeness opens
 * on: a sentence with neither is ruled out by one look at its words.
 */
function namesModelAndLikeness(tokens: readonly Token[]): boolean {
  let model = false;
  let likeness = false;
  for (const token of tokens) {
    model ||= MODEL_WORDS.has(token.lemma);
    likeness ||= LIKENESS_OPENS.has(token.text);
  }
  return model && likeness;
}
