import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * An analogy about another domain never brought back: "Think of it as hiring a new advisor onto
 * a help desk. …". What follows the opening tells of the other domain (the new hire, the desk,
 * the team lead), however closely it mirrors a canary plan, until the speaker maps it back in
 * their own voice ("we", "our", "in our case", "here") — from there on the answer is theirs.
 */

/** "Think of it as …", "Imagine …", "Picture …", "It's like …": the answer opens an analogy. */
function opensAnalogy(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'mark').map((token) => token.text);
  const [first, second, third, fourth] = words;
  if (first === 'imagine' || first === 'picture') return true;
  if (first === 'think' && second === 'of' && ['as', 'like'].includes(fourth ?? '')) return true;
  const likeAt =
    ['it', 'this', 'that'].includes(first ?? '') && ['is', "'s", '’s'].includes(second ?? '');
  return likeAt && third === 'like';
}

/** Words with which the speaker brings the analogy back to this release. */
const MAPPING_BACK = new Set(['i', 'we', 'our', 'us', 'my', 'me', 'here']);

/** Sentence index → the sentence that opened the analogy it belongs to. */
export function analogyRuns(sentences: readonly Sentence[]): Map<number, number> {
  const found = new Map<number, number>();
  let opened = -1;
  sentences.forEach((sentence, i) => {
    if (opened < 0 && opensAnalogy(sentence.tokens)) opened = i;
    if (opened < 0) return;
    if (sentence.tokens.some((token) => MAPPING_BACK.has(token.text))) {
      opened = -1;
      return;
    }
    found.set(i, opened);
  });
  return found;
}
