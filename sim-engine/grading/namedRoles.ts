import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * Minutes, threads and stories introduce people once with their roles ("Attendees: Dana (PM),
 * Felix (eng lead)") and then use their names: "Dana owns the rollout decisions" is the PM owning
 * them. A name given the product manager's role in brackets, or as a title ("Product manager
 * Kirsty Duguid"), stands for that role wherever it comes again in the answer, as "the PM" would;
 * so does a word the answer defines as the speaker ("the OWNER means me").
 */

/** The role in brackets after a name, as one or two words: "(PM)", "(product manager)". */
const PRODUCT_ROLES = new Set(['pm', 'product', 'product manager', 'product owner']);
const ROLE_WORDS = 2;
const SPEAKER = new Set(['i', 'me', 'my', 'mine', 'myself']);

/** Each sentence, with the names of people introduced as the PM read as "pm". */
export function withNamedProductManager(sentences: Sentence[]): Sentence[] {
  const names = productManagerNames(sentences);
  if (names.size === 0) return sentences;
  return sentences.map((sentence) =>
    sentence.tokens.some((token) => names.has(token.text))
      ? { ...sentence, tokens: sentence.tokens.map((token) => asRole(token, names)) }
      : sentence,
  );
}

function productManagerNames(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      // "Mine (PM): order, limits": the tagger may call a heading's "Mine" a name; it is the
      // speaker, who is the PM already.
      if (token.pos !== 'PROPN' || tokens[i + 1]?.text !== '(' || SPEAKER.has(token.text)) return;
      if (PRODUCT_ROLES.has(bracketed(tokens, i + 2))) names.add(token.text);
    });
  }
  for (const { tokens } of sentences) {
    tokens.forEach((token, i) => {
      if (definesSpeaker(tokens, i)) names.add(token.text);
    });
    titledNames(tokens).forEach((name) => names.add(name));
  }
  // A role word is not a name: "PM (me)" gives no one a new name.
  names.delete('pm');
  return names;
}

/**
 * "Product manager Kirsty Duguid owns …": a name after the role as its title is the PM's, as one
 * given the role in brackets is; "Duguid said" later is the PM speaking.
 */
function titledNames(tokens: readonly Token[]): string[] {
  const names: string[] = [];
  tokens.forEach((token, i) => {
    if (token.text !== 'product' || tokens[i + 1]?.text !== 'manager') return;
    for (let at = i + 2; tokens[at]?.pos === 'PROPN'; at++) names.push((tokens[at] as Token).text);
  });
  return names;
}

/** Verbs that define a word for the rest of the answer: "OWNER means me", "stands for me". */
/** A map, not a record: asked of arbitrary words, which an object's keyed look-up reads slowly. */
const DEFINING: ReadonlyMap<string, number> = new Map([
  ['mean', 1],
  ['means', 1],
  ['stand', 2],
  ['refer', 2],
]);
const SPEAKER_OBJECTS = new Set(['me', 'myself', 'pm']);
const NAMING_POS = new Set(['NOUN', 'PROPN']);

/**
 * "In what follows, the OWNER means me, the PM": a word defined as the speaker, or as the PM,
 * stands for the PM wherever it comes again, as a name given the role in brackets does.
 */
function definesSpeaker(tokens: readonly Token[], at: number): boolean {
  if (!NAMING_POS.has(tokens[at]?.pos ?? '')) return false;
  const verb = tokens[at + 1];
  const reach = DEFINING.get(verb?.text ?? '') ?? DEFINING.get(verb?.lemma ?? '');
  if (verb === undefined || reach === undefined || verb.negated) return false;
  // "stands for me", "refers to me": the particle comes before the object.
  const object = tokens[at + 1 + reach];
  const objectWord = object?.text === 'the' ? tokens[at + 2 + reach]?.text : object?.text;
  return SPEAKER_OBJECTS.has(objectWord ?? '');
}

/** The words inside the brackets opening at `from`, if there are at most ROLE_WORDS of them. */
function bracketed(tokens: readonly Token[], from: number): string {
  const words: string[] = [];
  for (let at = from; at < from + ROLE_WORDS + 1; at++) {
    const token = tokens[at];
    if (token === undefined) return '';
    if (token.text === ')') return words.join(' ');
    words.push(token.text);
  }
  return '';
}

function asRole(token: Token, names: ReadonlySet<string>): Token {
  return names.has(token.text) ? { ...token, text: 'pm', lemma: 'pm' } : token;
}
