import { findAffirmed, lexicon } from './match';
import type { Token } from './tokens';

/**
 * The words of a model release's quality (read by modelMetrics.ts): the model's signals named,
 * errors said to be not enough, and errors and latency said to be enough — the misconception.
 */

export const MODEL_NAMED = lexicon(
  'hallucinat* | eval | evals | eval harness | evaluation harness | evaluation suite | ' +
    'automated eval* | grader* | llm judge | model graded | thumbs* | negative feedback | ' +
    'user feedback | feedback rate | correction* | token* | cost per query | cost per request | ' +
    'quality regression* | answer quality | response quality | output quality | tone',
);
export const NOT_ENOUGH = lexicon(
  'alone | not enough | not sufficient | insufficient | not just | not only | beyond | ' +
    'will not catch | does not catch | do not catch | would not catch | miss* | blind to | ' +
    'infrastructure metrics | infra metrics | never shows',
);
export const ENOUGH = lexicon(
  'is enough | are enough | is sufficient | are sufficient | suffices | ' +
    // "error rate and latency, full stop", "those two numbers are all we need".
    'full stop | all we need | all i need | all you need | all we watch | all you watch | ' +
    'all i watch | all i would watch | all we would watch | all i would track | ' +
    'all we would track | all that matters | the whole story | ' +
    // "Those two are all we gate on."
    'all we gate on | all i gate on | all we would gate on | all i would gate on | ' +
    // "errors and latency are the signals that matter", "… which is the whole picture".
    'the signals that matter | the only signals that matter | the metrics that matter | ' +
    'the numbers that matter | the whole picture | ' +
    // "error rate and latency are the whole dashboard", "… are everything we look at".
    'the whole dashboard | the entire dashboard | everything we look at | everything we watch | ' +
    'the only things that matter | the only thing that matters | ' +
    // A model measured as a service is: "what we'd measure for any service: error rate and latency".
    'would measure for any service | just another service | like any other service | ' +
    // "error rate and latency tell you everything"
    'tell you everything | tells you everything | tell us everything | tells us everything | ' +
    // "A model is a service like any other, so I'd guard it the same way: error rate and latency";
    // "if it answers without erroring …, it's doing its job".
    'like any other | the way i guard any service | just another deploy | ' +
    'doing its job | does its job | it is working | the prompt is working | the model is working | ' +
    'nothing else | ' +
    // "A model either throws errors or it's slow; those are the only two ways it fails."
    'the only two ways | the only ways | the only two failure modes | the only failure modes',
);
export const ERROR_RATE = lexicon(
  'error rate | errors | erroring | 5xx | 500s | infrastructure metrics',
);

/** Words of a measure that cannot see something: "won't show a bad ranking". */
const CANNOT_SHOW = lexicon(
  'will not show | would not show | does not show | do not show | cannot show | can not show',
);

/**
 * "Errors and latency won't show a bad ranking": said of errors (the caller checks they are the
 * subject), a measure blind to what the model gets wrong. "The canary does not show it is better"
 * is another point.
 */
export function cannotShow(tokens: readonly Token[]): boolean {
  return findAffirmed(tokens, CANNOT_SHOW).length > 0;
}
