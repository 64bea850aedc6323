import type { Sentence } from './sentences';

/**
 * "Contents" over "1  Ownership: PM, engineering, routing" and "2  Cohorts: internal, pilot
 * clinics": a table of contents, or an agenda, lists the titles of what would be said, not what
 * is decided. Its numbered lines state nothing; the answer's prose after it is read as ever.
 */

const CONTENTS_HEADINGS = new Set(['contents', 'table of contents', 'agenda', 'toc']);

/** Each sentence, with the numbered titles under a contents heading read as notes. */
export function withContentsAsTitles(sentences: Sentence[]): Sentence[] {
  const heading = sentences.findIndex((sentence) => isContentsHeading(sentence));
  if (heading < 0) return sentences;
  let end = heading + 1;
  while (end < sentences.length && opensOnNumber(sentences[end] as Sentence)) end++;
  if (end === heading + 1) return sentences;
  return sentences.map((sentence, i) =>
    i > heading && i < end ? { ...sentence, isClause: false } : sentence,
  );
}

/** The most words a contents heading has ("table of contents"). */
const CONTENTS_WORDS = Math.max(...[...CONTENTS_HEADINGS].map((words) => words.split(' ').length));

/** Asked of every sentence: a longer one is let go at its first word too many, unjoined. */
function isContentsHeading(sentence: Sentence): boolean {
  const words: string[] = [];
  for (const token of sentence.tokens) {
    if (token.kind === 'mark') continue;
    if (words.length === CONTENTS_WORDS) return false;
    words.push(token.text);
  }
  return CONTENTS_HEADINGS.has(words.join(' '));
}

/** A section number opens the line: "1  Ownership: …", "1.1  order, limits". */
function opensOnNumber(sentence: Sentence): boolean {
  return /^\d+(?:\.\d+)*\.?\s/.test(sentence.text);
}
