import type { WinkMethods } from 'wink-nlp';
import { withoutCitationMarkers } from './citationMarkers';
import { withoutOpeningTag } from './sentenceTags';
import { withoutDiscourseParticles } from './discourseParticles';
import { withDismissalsNegated } from './dismissals';
import type { Register, Respelling, Standardised } from './dialect';
import { asWritten, standardised } from './dialect';
import { readDocument } from './language';
import { withLentNoesRead } from './lentRefusals';
import { withConditionalNoes } from './conditionalNoes';
import { lexemeColumns } from './lexemeColumns';
import { inLowerCase } from './shouted';
import { withSpokenMarksWritten } from './dictation';
import { withStopsAsFullStops } from './telegrams';
import { withScopedNegation } from './negationScope';
import { withVerbsOfNothingDenied } from './nothingDone';
import { withUnwatchedDenied } from './leftUnwatched';
import { withNoAdvanceBefore } from './noAdvanceBefore';
import { withStruckVerdict } from './voidedLines';
import { withQuotationsInScope } from './quotedScope';
import { withCoordinatedNegation } from './coordinatedNegation';
import { withRefusedOrderSpelledOut } from './refusedOrder';
import { withClosingRefusal } from './closingRefusals';
import { withRefusingLabel, withStruckOut } from './refusingLabels';
import { withRejectedReport } from './refusals';
import { withProposalTurnedDown } from './proposalsTurnedDown';
import { withClaimsRefused } from './claimsRefused';
import { withRegardedAsNegated } from './regardedAs';
import { piecesOf } from './pieces';
import { withTurnedDown } from './stance';
import { withQuantities } from './tokenQuantities';

/**
 * The grader's view of one sentence, read from the language model's tokens: the word's normal
 * form and lemma, its part of speech, whether a negation covers it, and quantities with units.
 * What stays here is the domain's notation the model does not know: "a/b", "5xx", "24/7", units.
 */

export type Unit = 'percent' | 'pp' | 'ms' | 's' | 'min' | 'h' | 'd' | 'w' | 'x';

export interface Token {
  /** Lower-case normal form ("would" for "'d", "not" for "n't"). */
  readonly text: string;
  readonly lemma: string;
  readonly kind: 'word' | 'number' | 'mark';
  /** Universal part of speech from the model ("VERB", "NOUN", "ADP", …). */
  readonly pos: string;
  /** Inside the scope of a negation ("not a code deploy"). */
  readonly negated: boolean;
  /** Numbers only, also spelled out ("five minutes", "half a percent"). */
  readonly value?: number | undefined;
  /** Numbers only, when a unit follows in any spelling: "0.5 %", "200ms", "six hours", "12-hour". */
  readonly unit?: Unit | undefined;
  /** Joined to the word before by a hyphen ("cart" in "add-to-cart"), where the piece said so. */
  readonly afterHyphen?: boolean;
}

/** The raw columns of one document, as the model gives them. */
export interface RawTokens {
  readonly normal: readonly string[];
  readonly lemma: readonly string[];
  readonly type: readonly string[];
  readonly pos: readonly string[];
  readonly negated: readonly boolean[];
  readonly spaces: readonly string[];
  readonly value: readonly string[];
}

export interface ReadBlock {
  readonly raw: RawTokens;
  /** The words and spaces as written: the raw values, except in a respelled dialect (dialect.ts). */
  readonly written: { readonly value: readonly string[]; readonly spaces: readonly string[] };
  readonly spans: number[][];
  /** Word tokens, and those the English model has never seen (a German answer: most). */
  readonly words: number;
  readonly unknown: number;
}

/** How the whole answer is written, which changes how each of its blocks is read. */
export interface AnswerHand {
  /** The dialect or creole it is written in (dialect.ts), or null for standard English. */
  readonly register: Register | null;
  /** Sentences ended by STOP (telegrams.ts). */
  readonly telegram: boolean;
  /** Punctuation said as words, "comma", "full stop" (dictation.ts). */
  readonly dictated: boolean;
  /** All in capitals (shouted.ts). */
  readonly shouted: boolean;
}

const PLAIN_HAND: AnswerHand = { register: null, telegram: false, dictated: false, shouted: false };

/** Reads a document's columns once (the model's array outputs are its fast path). */
export function rawTokens(
  nlp: WinkMethods,
  text: string,
  { register, telegram, dictated, shouted }: AnswerHand = PLAIN_HAND,
): ReadBlock {
  const stops = telegram
    ? withStopsAsFullStops(text)
    : dictated
      ? withSpokenMarksWritten(text)
      : null;
  const lowered = merged(stops, shouted ? inLowerCase(stops?.text ?? text) : null);
  const keys = merged(lowered, unsnaked(lowered?.text ?? text));
  const spoken = register === null ? null : standardised(keys?.text ?? text, register);
  const standard = withLentNoesRead(merged(keys, spoken), text);
  const doc = readDocument(standard?.text ?? text);
  const tokens = doc.tokens();
  const its = nlp.its;
  const pos = tokens.out(its.pos) as string[];
  // Answers repeat their words: the model is asked about each lexeme's normal form once.
  const { type, value, normal, lemma, words, unknown } = lexemeColumns(nlp, tokens, pos, (word) =>
    doc.isOOV(word),
  );
  const spaces = tokens.out(its.precedingSpaces);
  // The tokens' values, read once for both sentence mends below.
  const texts = tokens.out() as string[];
  return {
    words,
    unknown,
    raw: {
      normal,
      lemma,
      type,
      pos,
      negated: tokens.out(its.negationFlag) as unknown as boolean[],
      spaces,
      value,
    },
    written: standard === null ? { value, spaces } : asWritten(value, spaces, standard.respellings),
    spans: splitAfterFinalWords(
      joinedAtUnspacedStops(doc.sentences().out(its.span) as unknown as number[][], texts, spaces),
      texts,
    ),
  };
}

/** Words joined by underscores, as a config's keys are: "pm_owns", "rollback_limits_fixed". */
const SNAKE_CASE = /\p{L}+(?:_\p{L}+)+/gu;

/**
 * "pm_owns: cohort order, rollback limits": keys written in snake case are read as their words,
 * and quoted back as written. The same length either way, so nothing else moves.
 */
function unsnaked(text: string): Standardised | null {
  if (!text.includes('_')) return null;
  const respellings: Respelling[] = [];
  const result = text.replace(SNAKE_CASE, (written, at: number) => {
    const standard = written.replaceAll('_', ' ');
    respellings.push({ at, standard, written });
    return standard;
  });
  return respellings.length === 0 ? null : { text: result, respellings };
}

/** Both readings' respellings in text order; the register reads the keys' words. */
function merged(keys: Standardised | null, spoken: Standardised | null): Standardised | null {
  if (keys === null || spoken === null) return spoken ?? keys;
  const respellings = [...keys.respellings, ...spoken.respellings].sort((a, b) => a.at - b.at);
  return { text: spoken.text, respellings };
}

/**
 * "On-call types `flags set mail-assist.prompt=v1`", "runs deploy.sh": a full stop between
 * letters, no space after it and a small letter next, is inside a name, a command or a file, and
 * ends no sentence. (A stop between digits, "p99.9", the model still ends a sentence at: joining
 * it moves the share of term strings in salads written as notes, so it is left for its own round.)
 */
function joinedAtUnspacedStops(
  spans: number[][],
  texts: readonly string[],
  spaces: readonly string[],
): number[][] {
  const joined: number[][] = [];
  for (const span of spans) {
    const last = joined.at(-1);
    const start = span[0] ?? 0;
    const inName =
      last !== undefined &&
      texts[start - 1] === '.' &&
      spaces[start] === '' &&
      /\p{L}$/u.test(texts[start - 2] ?? '') &&
      /^\p{Ll}/u.test(texts[start] ?? '');
    if (inName) last[1] = span[1] ?? start;
    else joined.push([...span]);
  }
  return joined;
}

/** Words the model reads as abbreviations ("in." for inches, "no." for number) that often end a sentence. */
const FINAL_WORDS = new Set(['in.', 'no.']);
const NUMERAL = /^[+-]?\d/;
/** Units the model keeps with their full stop: "200 ms.", "24 h.", "5 min.". */
const UNIT_FINALS = new Set(['ms.', 'h.', 'hr.', 'hrs.', 'min.', 'mins.', 'sec.', 's.', 'pts.']);

/**
 * "… not once we're in. Error rate more than 0.5 points …": the model keeps "in." as an
 * abbreviation and runs the sentences together. It ends the sentence unless a number says it is
 * one: "3 in. wide" (a number before), "no. 5" (a number after).
 */
function splitAfterFinalWords(spans: number[][], texts: readonly string[]): number[][] {
  // A plain loop: `flatMap` costs about a microsecond a call, and this runs once per block.
  const parts: number[][] = [];
  for (const span of spans) {
    const start = span[0] ?? 0;
    const end = span[1] ?? -1;
    let from = start;
    for (let at = start; at < end; at++) {
      // Every final word and unit keeps its full stop: the rest need no lower case or neighbours.
      if (!(texts[at] ?? '').endsWith('.')) continue;
      const word = (texts[at] ?? '').toLowerCase();
      // "… under 200 ms. We roll back …": a unit's abbreviation before a capital ends a sentence.
      const unitEnds = UNIT_FINALS.has(word) && /^\p{Lu}/u.test(texts[at + 1] ?? '');
      // "… and neither will I. Nobody signs.": the pronoun ends its sentence; an "I." opening a
      // span is a numeral ("I. Scope").
      const pronounEnds = texts[at] === 'I.' && at > from && /^\p{Lu}/u.test(texts[at + 1] ?? '');
      if ((FINAL_WORDS.has(word) && !measuredAt(texts, at)) || unitEnds || pronounEnds) {
        parts.push([from, at]);
        from = at + 1;
      }
    }
    parts.push([from, end]);
  }
  return parts;
}

/** A number next to the word: "3 in. wide", "no. 5". */
function measuredAt(texts: readonly string[], at: number): boolean {
  return NUMERAL.test(texts[at - 1] ?? '') || NUMERAL.test(texts[at + 1] ?? '');
}

/**
 * The tokens of the span [start, end] of a document, with numbers, units and negation scope;
 * the model's negation marks before `negationFrom` belong to an earlier sentence.
 */
export function tokensOf(
  raw: RawTokens,
  start: number,
  end: number,
  negationFrom = start,
): Token[] {
  const pieces = withoutDiscourseParticles(
    withoutOpeningTag(withoutCitationMarkers(piecesOf(raw, start, end, negationFrom))),
  );
  return withQuantities(
    withConditionalNoes(
      withStruckVerdict(
        withRefusingLabel(
          withClosingRefusal(
            withRejectedReport(
              withProposalTurnedDown(
                withTurnedDown(
                  withDismissalsNegated(
                    withQuotationsInScope(
                      withRefusedOrderSpelledOut(
                        withCoordinatedNegation(
                          withRegardedAsNegated(
                            withStruckOut(
                              withNoAdvanceBefore(
                                withUnwatchedDenied(
                                  withClaimsRefused(
                                    withVerbsOfNothingDenied(withScopedNegation(pieces)),
                                  ),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A token on its way: the model's word before quantities are joined. */
export interface Piece {
  text: string;
  lemma: string;
  kind: Token['kind'];
  pos: string;
  negated: boolean;
  glued: boolean;
  /** Joined to the word before by a hyphen ("go" in "no-go"). */
  afterHyphen: boolean;
  value?: number | undefined;
  unit?: Unit | undefined;
}

/** True for a duration unit: minutes, hours, days, weeks. */
export function isDuration(unit: Unit | undefined): boolean {
  return unit === 'min' || unit === 'h' || unit === 'd' || unit === 'w';
}
