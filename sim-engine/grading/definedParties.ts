import { findAll } from './match';
import { PRODUCT_MANAGER } from './narratedOwner';
import type { Sentence } from './sentences';
import type { Token } from './tokens';
import { ENGINEERING } from './vocabulary';

/**
 * A contract's defined terms: "between the Product Manager (the First Party) and Engineering (the
 * Second Party)" names the parties once, and every later "the First Party owns the order …" is the
 * product manager speaking of herself by her defined name, "the Second Party owns the deploy" is
 * engineering. Read by ownership.ts, which hears "the PM owns …" and "engineering owns …".
 */

/** Where the phrase a defined term names begins: "between …", "…, and …", the sentence's start. */
const PHRASE_BREAKS = new Set(['between', 'and', ',', ';', ':', ')', 'of']);
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’']);
/** "(hereafter the Client)", "(hereinafter called 'the Owner')". */
const DEFINING = new Set(['hereafter', 'hereinafter', 'henceforth', 'called']);
/** A defined name is short: "the First Party", "the Owner", "the Operator". */
const MOST_NAME_WORDS = 3;

const word = (text: string, pos: string, negated: boolean): Token => ({
  text,
  lemma: text,
  kind: 'word',
  pos,
  negated,
});

interface DefinedParty {
  readonly name: readonly string[];
  readonly standsFor: (negated: boolean) => readonly Token[];
}

export function withDefinedParties(sentences: readonly Sentence[]): readonly Sentence[] {
  const at = sentences.findIndex((sentence) => partiesDefinedIn(sentence.tokens).length > 0);
  if (at < 0) return sentences;
  const parties = partiesDefinedIn(sentences[at]?.tokens ?? []);
  return sentences.map((sentence, i) =>
    i <= at ? sentence : { ...sentence, tokens: parties.reduce(namedAsRole, sentence.tokens) },
  );
}

/** Each "( the Name )" right after a phrase that names the product manager or engineering. */
function partiesDefinedIn(tokens: readonly Token[]): DefinedParty[] {
  const parties: DefinedParty[] = [];
  tokens.forEach((token, open) => {
    if (token.text !== '(') return;
    const close = tokens.findIndex((closing, at) => at > open && closing.text === ')');
    const name = nameBetween(tokens, open + 1, close);
    if (close < 0 || name === undefined) return;
    const standsFor = roleBefore(tokens, open);
    if (standsFor !== undefined) parties.push({ name, standsFor });
  });
  return parties;
}

/** "the First Party", "hereafter 'the Owner'": the name's words without article or quotes. */
function nameBetween(tokens: readonly Token[], from: number, to: number): string[] | undefined {
  const words = tokens
    .slice(from, to)
    .filter((token) => !QUOTES.has(token.text) && !DEFINING.has(token.text));
  if (words[0]?.text !== 'the') return undefined;
  const name = words.slice(1);
  const named = name.length > 0 && name.length <= MOST_NAME_WORDS;
  return named && name.every((token) => token.kind === 'word')
    ? name.map((token) => token.text)
    : undefined;
}

function roleBefore(tokens: readonly Token[], open: number): DefinedParty['standsFor'] | undefined {
  let start = open;
  while (start > 0 && !PHRASE_BREAKS.has(tokens[start - 1]?.text ?? '')) start--;
  // "the Product Manager of the pattern assistant (…)": the phrase's head before its "of".
  if (tokens[start - 1]?.text === 'of') {
    start--;
    while (start > 0 && !PHRASE_BREAKS.has(tokens[start - 1]?.text ?? '')) start--;
  }
  const phrase = tokens.slice(start, open);
  if (findAll(phrase, PRODUCT_MANAGER).length > 0) {
    return (negated) => [word('the', 'DET', negated), word('pm', 'PROPN', negated)];
  }
  if (findAll(phrase, ENGINEERING).length > 0) {
    return (negated) => [word('engineering', 'NOUN', negated)];
  }
  return undefined;
}

/** Every "the First Party" in a sentence read as the role it was defined for. */
function namedAsRole(tokens: readonly Token[], party: DefinedParty): readonly Token[] {
  const read: Token[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const named =
      token.text === 'the' && party.name.every((w, k) => tokens[at + 1 + k]?.text === w);
    if (!named) {
      read.push(token);
      continue;
    }
    read.push(...party.standsFor(token.negated));
    at += party.name.length;
  }
  return read;
}
