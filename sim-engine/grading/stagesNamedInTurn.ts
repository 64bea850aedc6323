import type { Token } from './tokens';

/**
 * Every stage of a release named in turn, for a joint act that comes with each (jointActs.ts):
 * the stages listed one by one after "before", and the release made wider each time.
 */

/** Words of the stages a "before" may list: "before the first panel, the carving bench and this,". */
const LISTED_STAGES_REACH = 16;

/**
 * "Before the first panel, the carving bench and this, X and I both …": three stages or more
 * listed after "before", up to the comma after the last "and", are every stage in turn.
 */
export function stagesListedAfter(tokens: readonly Token[], before: number): boolean {
  let items = 1;
  let joined = false;
  for (let at = before + 1; at <= before + LISTED_STAGES_REACH; at++) {
    const token = tokens[at];
    if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (token.text === ',' && joined) return items >= MIN_LISTED_STAGES;
    if (token.text === ',' || token.text === 'and') items++;
    joined ||= token.text === 'and';
  }
  return false;
}

const MIN_LISTED_STAGES = 3;

/** "Each time we make it wider", "… make it bigger": the release made larger is its advance. */
const LARGER = new Set(['wider', 'bigger', 'larger', 'broader']);

export function madeWider(verb: Token, after: Token | undefined): boolean {
  return verb.lemma === 'make' && LARGER.has(after?.text ?? '');
}

/**
 * "Before the keel becomes the rigging and the rigging the whole fleet": a stage becoming the
 * next one, named with its article, is the release's advance ("before it becomes the default").
 */
export function becomesTheNext(verb: Token, after: Token | undefined): boolean {
  return verb.lemma === 'become' && verb.pos === 'VERB' && after?.text === 'the';
}
