import type { RawTokens } from './tokens';

/**
 * Whether a contracted "'d" is "had" or "would" (read by pieces.ts): "We'd told leadership",
 * "I'd said we would watch …" tell what was done before; "I'd watch", "I'd set the limits" say
 * what would be done. Only a past participle after it makes it "had".
 */

export const HAD = { text: 'had', lemma: 'have' };
/** Past participles "'d" may stand before as "had" (with any "-ed" verb): "I'd told", "we'd seen". */
const PARTICIPLES = new Set([
  'been',
  'done',
  'seen',
  'told',
  'given',
  'gone',
  'taken',
  'shipped',
  'written',
  'known',
  'made',
  'had',
  'got',
  'gotten',
  // Past forms no bare verb shares, though the past tense does: "I'd said", "we'd kept" ("I'd set"
  // may be either, so it is not here).
  'said',
  'thought',
  'kept',
  'held',
  'sent',
  'meant',
  'chosen',
  'drawn',
  'spoken',
  'brought',
  'bought',
  'felt',
  'built',
  'spent',
  'heard',
  'found',
  'paid',
  'laid',
  'shown',
  'forgotten',
]);

/** The word at i is a past participle: "told", "seen", "shipped" (not "go", "rather"). */
export function participleAt(raw: RawTokens, i: number): boolean {
  const word = raw.normal[i] ?? '';
  const verb = raw.pos[i] === 'VERB' || raw.pos[i] === 'AUX';
  return PARTICIPLES.has(word) || (verb && word.endsWith('ed') && word !== raw.lemma[i]);
}
