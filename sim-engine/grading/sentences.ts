import { MAX_ANSWER_CHARACTERS } from './answerLimits';
import { blocks } from './answerBlocks';
import { withListRefusedBeforeColon } from './colonRefusals';
import { registerOf } from './dialect';
import { headsRefusedList } from './refusedLists';
import { withContentsAsTitles } from './contentsLists';
import { describesRejectedPlan, headedAsWrong } from './judgedPlans';
import { withNamedProductManager } from './namedRoles';
import { withOwnerSections } from './ownerSections';
import { assignedToSpeaker } from './roleTables';
import { languageModel } from './language';
import { negatedToken } from './pieces';
import { stageShares } from './quantities';
import { isShouted } from './shouted';
import { isDictated } from './dictation';
import { isTelegram } from './telegrams';
import { isTermRun } from './termRuns';
import { ownNegationFrom, readsAsSpoken, runOnSpansOf } from './runOnSentences';
import { withFrontedTopicRefused } from './frontedTopics';
import { withAppraisalSetAside, withCleftRefused, withSubjectRefused } from './refusedAsSubject';
import { refusedLikeTheLast } from './sameRefusal';
import { withRepeatedFramesAsLists } from './repeatedFrames';
import {
  insideLongQuotations,
  isQuotedUnderLabel,
  isQuotedWhole,
  quotesItsPm,
} from './quotedSentences';
import type { Token } from './tokens';
import { rawTokens, tokensOf } from './tokens';
import { isConditionalNoes } from './conditionalNoes';
import { SIGNED } from './tokenQuantities';
import { answeredWho, answersWhyNot } from './questionAnswers';
import { deniesFlatly, putsOffFlatly, takesBackTheLast } from './readingDenied';
import { withoutTagQuestion } from './tagQuestions';
import type { FormerWording } from './voidedLines';
import {
  annulsTheProposal,
  formerWording,
  marksObsolete,
  scratchesTheEntry,
  voidsTheLast,
} from './voidedLines';
import { verbReadAsNoun } from './itemClauses';
import { answersNo, refusesReported } from './refusals';
import { recitedAndRefused, rejectsAsAWhole, withRefusalBehindDash } from './recitation';
import { adopts, reportedAdvice } from './reportedAdvice';
import { assignsToPerson, headedByOrder, headedBySpeaker } from './listHeadings';
import {
  isList,
  isTermString,
  mostlyTermStrings,
  RELATION_MARKS,
  RELATION_POS,
  SEQUENCE_LINKS,
} from './lists';

/** One sentence of an answer: its own words for evidence, its tokens for matching. */
export interface Sentence {
  readonly index: number;
  /** As the learner wrote it, trimmed (quoted back as evidence). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Word and number tokens. */
  readonly words: number;
  /** Words that relate others: verbs, auxiliaries, prepositions, subordinators, "→", "=", "<". */
  readonly relations: number;
  /** Grammar words: determiners, prepositions, pronouns, auxiliaries, conjunctions, particles. */
  readonly functionWords: number;
  /**
   * Says something: a clause, or a fragment that relates its terms ("Ramp: 1 → 5 → 25 %",
   * "sign-off at every gate"), and not a list of nouns or a repeat of an earlier sentence.
   * Only statements earn credit.
   */
  readonly isClause: boolean;
}

/** Longer text is graded on its beginning (the CLI and the app refuse it before it gets here). */
export const MAX_ANSWER_CHARS = MAX_ANSWER_CHARACTERS;

/** An answer read by the language model. */
export interface ReadAnswer {
  readonly sentences: Sentence[];
  /** Words the English model knows, and words it does not. */
  readonly knownWords: number;
  readonly unknownWords: number;
  /** Longer than MAX_ANSWER_CHARS: only the beginning was read. */
  readonly truncated: boolean;
}

/** Splits an answer into sentences: bullets and blank lines break, hard-wrapped lines rejoin. */
/** A Markdown heading's line: "### Won't do". */
const MARKDOWN_HEADING = /^#{1,6}\s/u;

export function splitSentences(answer: string): Sentence[] {
  return readAnswer(answer).sentences;
}

/** Reads an answer: its sentences and how much of it the English model recognises. */
export function readAnswer(answer: string): ReadAnswer {
  const nlp = languageModel();
  const sentences: Sentence[] = [];
  const seen = new Set<string>();
  let knownWords = 0;
  let unknownWords = 0;
  // Set by a heading that refuses the list under it; the list's items are then negated.
  let refused = false;
  let refusedByMarkedHeading = false;
  const graded = answer.slice(0, MAX_ANSWER_CHARS);
  // Spoken into a phone or a caption tool: clauses run on without marks (runOnSentences.ts).
  // A telegram's STOPs are its full stops (telegrams.ts); dictation says its marks (dictation.ts).
  const telegram = isTelegram(graded);
  const dictated = !telegram && isDictated(graded);
  const spoken = !telegram && !dictated && readsAsSpoken(graded);
  const hand = { register: registerOf(graded), telegram, dictated, shouted: isShouted(graded) };
  for (const block of blocks(graded)) {
    refused &&= block.item;
    const { raw, written, spans, unknown, words } = rawTokens(nlp, block.text, hand);
    knownWords += words - unknown;
    unknownWords += unknown;
    // Under a Markdown heading that refuses ("### Won't do") an item's first sentence is what is
    // turned down; the sentences after it say why, or what is done instead ("The canary tells us
    // it is safe"). Under a heading with a colon the whole item is, as before.
    let firstOfItem = true;
    for (const span of runOnSpansOf(raw, spans, spoken)) {
      const [start = 0, end = -1] = span;
      const text = textOf(written.value, written.spaces, start, end);
      const own = ownNegationFrom(raw, start, end);
      const subjectRead = withSubjectRefused(
        withListRefusedBeforeColon(withRefusalBehindDash(tokensOf(raw, start, end, own), text)),
        text,
      );
      const topicRead = withFrontedTopicRefused(subjectRead);
      const read = withoutTagQuestion(
        withAppraisalSetAside(withCleftRefused(topicRead, text), text),
      );
      // "A weak plan starts with a random 5 %": the plan set against the speaker's is turned down.
      const judged = describesRejectedPlan(read) || headedAsWrong(read);
      const refusedHere = refused && (firstOfItem || !refusedByMarkedHeading);
      const tokens = refusedHere || judged ? allNegated(read) : read;
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      firstOfItem = false;
      const key = sentenceKey(tokens);
      const repeat = seen.has(key);
      seen.add(key);
      const previous = sentences.at(-1);
      if (
        previous !== undefined &&
        (refusesReported(previous.tokens, tokens) ||
          answersNo(previous.tokens, tokens) ||
          rejectsAsAWhole(tokens) ||
          deniesFlatly(tokens) ||
          putsOffFlatly(tokens) ||
          takesBackTheLast(tokens, previous.text) ||
          voidsTheLast(tokens) ||
          annulsTheProposal(previous.tokens, tokens) ||
          scratchesTheEntry(previous.tokens, tokens))
      ) {
        sentences[previous.index] = { ...previous, tokens: allNegated(previous.tokens) };
      }
      const completed = previous === undefined ? null : answeredWho(previous.tokens, tokens);
      const arguedDown = previous !== undefined && answersWhyNot(previous.tokens, tokens);
      // A reason given against a "why not" states nothing; nor does "Same with …" after a refusal.
      const refusedToo = previous !== undefined && refusedLikeTheLast(previous.tokens, tokens);
      // "Sense 8, obs." then the sense: what an obsolete label heads is no longer used.
      const obsolete = previous !== undefined && marksObsolete(previous.tokens);
      const former = formerWording(tokens);
      const said = former === undefined ? tokens : negatedWithin(tokens, former);
      const stated =
        arguedDown || refusedToo || obsolete ? allNegated(tokens) : (completed ?? said);
      sentences.push(analyse(text, stated, sentences.length, repeat));
    }
    if (!block.item) {
      const heading = sentences.at(-1)?.tokens ?? [];
      refused = headsRefusedList(heading, MARKDOWN_HEADING.test(block.text));
      refusedByMarkedHeading = refused && heading.at(-1)?.text !== ':';
    }
  }
  return {
    sentences: withoutRecitedPlan(
      withRepeatedFramesAsLists(
        withoutTermStatements(
          withoutReportedAdvice(
            withOwnerSections(withNamedProductManager(withContentsAsTitles(sentences))),
          ),
        ),
      ),
    ),
    knownWords,
    unknownWords,
    truncated: answer.length > MAX_ANSWER_CHARS,
  };
}

/**
 * Others' advice reported, or a line quoted, and not adopted in the sentence or the next claims
 * nothing (stance.ts, quotedSentences.ts).
 */
function withoutReportedAdvice(sentences: Sentence[]): Sentence[] {
  const quoted = insideLongQuotations(sentences.map((sentence) => sentence.text));
  return sentences.map((sentence, i) => {
    // The answer's own PM quoted, as a press release quotes them: the speaker's words.
    if (quotesItsPm(sentences, i)) return sentence;
    // A line given wholly in quotation marks is someone's words (quotedSentences.ts).
    // Inside a quotation run over several sentences: someone's words, earning and costing nothing.
    if (quoted.has(i) && !adopts(sentences[i + 1]?.tokens ?? []))
      return { ...sentence, tokens: [] };
    if (isQuotedWhole(sentence.text) || isQuotedUnderLabel(sentence.text)) {
      const adopted = adopts(sentences[i + 1]?.tokens ?? []);
      return adopted ? sentence : { ...sentence, tokens: allNegated(sentence.tokens) };
    }
    const span = reportedAdvice(sentence.tokens);
    if (span === null) return sentence;
    const [from, end] = span;
    const next = sentences[i + 1]?.tokens ?? [];
    if (adopts(sentence.tokens.slice(from)) || adopts(next)) return sentence;
    const tokens = sentence.tokens.map((token, at) =>
      at >= from && at < end ? negatedToken(token) : token,
    );
    return { ...sentence, tokens };
  });
}

/** A plan recited as "you'd …" and then refused states what the answer rejects (recitation.ts). */
function withoutRecitedPlan(sentences: Sentence[]): Sentence[] {
  const recited = recitedAndRefused(sentences);
  if (recited.size === 0) return sentences;
  return sentences.map((sentence, i) =>
    recited.has(i) ? { ...sentence, tokens: allNegated(sentence.tokens) } : sentence,
  );
}

/**
 * An answer made mostly of term strings ("hold 6 h metric gate", "rollback config 3 min on-call")
 * names every point and relates none: its term strings state nothing, whatever units or tags
 * they carry. A terse strong answer binds its notes with headings, arrows and grammar words.
 */
function withoutTermStatements(sentences: Sentence[]): Sentence[] {
  if (!mostlyTermStrings(sentences)) return sentences;
  return sentences.map((sentence) =>
    sentence.isClause && isTermString(sentence.tokens)
      ? { ...sentence, isClause: false }
      : sentence,
  );
}

/**
 * The sentence's normal forms, to find a sentence said again: each followed by a space, built by
 * one join (a string added to token by token is a chain of pieces the set then has to flatten).
 */
function sentenceKey(tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  const texts: string[] = [];
  for (const token of tokens) texts.push(token.text);
  texts.push('');
  return texts.join(' ');
}

function allNegated(tokens: readonly Token[]): Token[] {
  return tokens.map(negatedToken);
}

/** The tokens of a former wording negated, the rest as they were. */
function negatedWithin(tokens: readonly Token[], { start, end }: FormerWording): Token[] {
  return tokens.map((token, at) => (at >= start && at <= end ? negatedToken(token) : token));
}

function textOf(
  values: readonly string[],
  spaces: readonly string[],
  start: number,
  end: number,
): string {
  // Joined once rather than added piece by piece (see sentenceKey).
  const parts: string[] = [];
  for (let i = start; i <= end; i++) {
    if (i !== start) parts.push(spaces[i] ?? '');
    parts.push(`${values[i]}`);
  }
  return parts.join('').trim();
}

const MIN_RAMP_STAGES = 3;
const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'SCONJ', 'CCONJ', 'PART']);
const DETERMINING = new Set(['DET', 'PRON']);
/** English rarely strings more content words together than this without a grammar word or a mark. */
const LONGEST_NATURAL_RUN = 6;
/**
 * Share of grammar words above which a sentence relates its words whatever runs it holds: in the
 * labelled corpus no salad sentence with such a run reaches 0.26, and prose sentences start near 0.3.
 */
const GRAMMATICAL_SHARE = 0.3;
/**
 * A sentence this long with under this share of grammar words is strung of terms, whatever the
 * tagger says of its nouns (termRuns.ts). The particles of hyphenated terms ("opted-in",
 * "sign-off", "on-call") count as grammar words; shorter sentences are notes, whose few grammar
 * words say nothing of their kind.
 */
const BARE_GRAMMAR_SHARE = 0.15;
const BARE_MIN_WORDS = 30;

function analyse(text: string, tokens: readonly Token[], index: number, repeat: boolean): Sentence {
  let words = 0;
  let relations = 0;
  let functionWords = 0;
  let run = 0;
  let longestRun = 0;
  // Whether the run of content words began after a determiner or a possessive ("our own staff
  // accounts …"): a noun phrase, which a verb ends ("… see new fares first") as a grammar word would.
  let determined = false;
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== 'mark') words++;
    // "Better needs a randomised A/B test": a verb in -s the tagger took for a noun relates too.
    if (isRelation(token) || verbReadAsNoun(tokens, at)) relations++;
    const grammar = FUNCTION_POS.has(token.pos);
    if (grammar) functionWords++;
    // Sequence links and relating marks join words as grammar words do ("1 then 10 then 50").
    // "held four days including two New Jersey evening peaks": "including" works as a preposition.
    const joins = grammar || SEQUENCE_LINKS.has(token.text) || PREPOSITION_LIKE.has(token.text);
    // An adverb modifies the words around it ("the balancer just sends requests back"): it
    // neither joins them nor adds to a string of terms.
    if (token.pos === 'ADV' && !joins) continue;
    const endsNounPhrase = determined && token.pos === 'VERB';
    run = token.kind !== 'mark' && !joins && !endsNounPhrase ? run + 1 : 0;
    if (run === 0) determined = DETERMINING.has(token.pos);
    longestRun = Math.max(longestRun, run);
  }
  // "No sign-off, no next stage": a condition of the ramp, said as two "no"s.
  const condition = isConditionalNoes(tokens);
  // A heading such as "Order:" relates the items after it, as a verb would.
  // A ramp written as its stages ("Steps 1, 5, 25, 50, 100") relates them as arrows would.
  // The cheap test first: most sentences relate their words and need no heading or ramp read.
  const says =
    ((relations > 0 || tokens.some((token) => token.unit !== undefined)) &&
      (words >= 3 || relations > 0 || tokens.some(isSignedChange))) ||
    headedByOrder(tokens) ||
    headedBySpeaker(tokens) ||
    // "Decisions (order, limits, pace): PM": a note giving its heading to the speaker.
    assignsToPerson(tokens) ||
    // A role table's row gives its decision to someone: "| Exposure order | PM (me) |".
    assignedToSpeaker(tokens) ||
    stageShares(tokens).length >= MIN_RAMP_STAGES ||
    condition;
  // "… our German language reviewer reads fifty sampled drafts …": a long run of content words
  // inside a sentence this full of grammar words is a noun phrase and its verb, not a salad.
  const salad = longestRun > LONGEST_NATURAL_RUN && functionWords < words * GRAMMATICAL_SHARE;
  const bare = words >= BARE_MIN_WORDS && functionWords < words * BARE_GRAMMAR_SHARE;
  return {
    index,
    text,
    tokens,
    words,
    relations,
    functionWords,
    isClause:
      says && !salad && !repeat && (condition || (!isList(tokens) && !isTermRun(tokens, bare))),
  };
}

/** Participles that take an object as a preposition does: "hold three days covering three peaks". */
const PREPOSITION_LIKE = new Set(['including', 'excluding', 'covering', 'spanning']);

/** "Errors +0.5 %", "p95 +300 ms": a measure and the change it may take, a limit in a note. */
function isSignedChange(token: Token): boolean {
  return token.unit !== undefined && SIGNED.test(token.text);
}

function isRelation(token: Token): boolean {
  return (
    RELATION_POS.has(token.pos) || RELATION_MARKS.has(token.text) || SEQUENCE_LINKS.has(token.text)
  );
}

/**
 * The first word of what a sentence says, past a bullet and a speaker's label ("Candidate: It
 * means …" opens on "it").
 */
export function openingWord(tokens: readonly Token[]): string {
  let at = tokens[0]?.kind === 'mark' ? 1 : 0;
  if (tokens[at + 1]?.text === ':' && tokens[at]?.kind === 'word') at += 2;
  return tokens[at]?.text ?? '';
}
