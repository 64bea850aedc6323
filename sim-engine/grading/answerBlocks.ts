import { columnsInTurn } from './sideBySide';
import { withDashTableRows } from './dashTables';

/**
 * An answer's text cut into blocks before the language model reads it: list items (bullets,
 * numbers, letters, checkboxes) and blank lines break; hard-wrapped lines rejoin; a short heading
 * stands apart from the notes under it.
 */

// A checkbox ("[ ]", "[x]", "- [x]") opens a list item as a bullet does: a checklist is a list.
const BULLET = /^\s*(?:(?:[-*•·▪‣◦>]\s+)?\[[ xX✓✔]?\]|[-*•·▪‣◦>]|\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
// Closing emphasis after the stop is markup, not text: "**Limits, fixed before the first payment:**".
const ENDS_SENTENCE = /[.!?:;][*_]*\s*$/;
/** Cells set apart by bars: "stage | who | hold", "| Exposure order | PM (me) |". */
const TABLE_ROW = /\S\s*\|\s*\S.*\|/u;
/**
 * Cells set apart by a wide gap, as a plain-text table's: "p99 payment time     +500 ms". Not a
 * table with bars, whose cells are padded: its rows are read by their bars.
 */
const SPACED_ROW = /^[^|]*[^|\s] {3,}[^|\s][^|]*$/u;

/**
 * A line of cells, with bars or wide gaps. The regexes are asked only of a line holding a bar or
 * three spaces, which each needs: on a long line with neither they would scan it all for nothing.
 */
function isRow(line: string): boolean {
  return (
    (line.includes('|') && TABLE_ROW.test(line)) || (line.includes('   ') && SPACED_ROW.test(line))
  );
}

/** A block of an answer's text, and whether it opens on a list marker. */
export interface Block {
  readonly text: string;
  readonly item: boolean;
}

/** The blocks of an answer, each read as one or more sentences. */
export function blocks(answer: string): Block[] {
  const lines = columnsInTurn(
    answer.replace(/\r\n?/g, '\n').replace(/\p{Cc}/gu, (c) => (c === '\n' ? c : ' ')),
  );
  const result: Block[] = [];
  let current: string[] = [];
  let item = false;
  const close = () => {
    for (const text of joinWrapped(current)) if (text !== '') result.push({ text, item });
    current = [];
  };
  // The current block began after a blank line or at the start, not on a bullet.
  let afterBreak = true;
  let previousBlank = true;
  // A table's rule ("------|------") is a long run of marks: its headings are read first.
  const dashTable = withDashTableRows(withTableHeadings(lines.split('\n')));
  const withHeadings = dashTable.lines.join('\n');
  for (const [at, line] of withoutLongRuns(withHeadings).split('\n').entries()) {
    const bullet = BULLET.test(line);
    const blank = line.trim() === '';
    const previous = current.at(-1);
    // A short heading line ("Ownership", "Gates") after a break stands apart from the notes under it.
    const headed =
      current.length === 1 &&
      afterBreak &&
      previous !== undefined &&
      (isHeading(previous) || (at === 1 && isTitle(previous, line)));
    // "- errors above 0.5 %" then "A breach in one language is enough.": a line back at the
    // margin, opening on a capital, ends the list; a wrapped item's line is indented or lower case.
    const listEnds = item && /^\p{Lu}/u.test(line);
    // "2 | beta riders | 2 | 48 h | all green": a table's row is a line of its own, as an item is.
    const row =
      isRow(line) ||
      (previous !== undefined && isRow(previous)) ||
      dashTable.rows.has(at) ||
      dashTable.rows.has(at - 1);
    if (
      bullet ||
      blank ||
      headed ||
      listEnds ||
      row ||
      previous === undefined ||
      (ENDS_SENTENCE.test(previous) && !continuesAfterMark(previous, line))
    ) {
      close();
      item = bullet;
      if (!blank) current.push(line.replace(BULLET, '').trim());
      afterBreak = previousBlank && !bullet;
    } else {
      current.push(line.trim());
    }
    previousBlank = blank;
  }
  close();
  return result;
}

const HEADING_WORDS = 4;
/**
 * "backstrap loom 25 %, seven days;" then "whole fair.": a line ending on a semicolon goes on in
 * the next line when that opens in lower case and is punctuated itself; the mark joins halves of
 * one sentence. Lines written without stops are read one by one, as before.
 */
function continuesAfterMark(previous: string, line: string): boolean {
  return /;[*_]*\s*$/.test(previous) && /^\s*\p{Ll}/u.test(line) && /[.;:!?,]\s*$/u.test(line);
}

/** A line of a few words, capitalised, with no punctuation of its own: a heading over notes. */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length <= HEADING_WORDS && /^\p{Lu}[\p{L}\s-]*$/u.test(line);
}

const TITLE_WORDS = 10;
/** A title opens on a capital or a bracket: not "## What I own", not "booking canary — staff". */
const TITLE_OPENS = /^[\p{Lu}[(]/u;
/** "Me: decisions" over "Platform: deploy, routing" is a note of a list, not a title. */
const TITLE_MIN_WORDS = 3;

/**
 * The answer's first line, short and ending on no stop, over a line that opens on a capital: the
 * answer's title ("CHANGE TICKET: fares on the new pricing service", "Memo: canary for the new
 * model", "[Spoken answer, transcribed]"), which names nothing the first sentence says. A
 * Markdown heading ("## What I own") is read with the notes under it, as before; a line of two
 * words, or one in lower case, is a note.
 */
function isTitle(line: string, next: string): boolean {
  const words = line.trim().split(/\s+/);
  return (
    words.length >= TITLE_MIN_WORDS &&
    words.length <= TITLE_WORDS &&
    TITLE_OPENS.test(line.trim()) &&
    OPENS_SENTENCE.test(next.trim())
  );
}

/** No word is this long; the model's tokenizer is slow on such runs, and they say nothing. */
const LONGEST_WORD = 64;

/** The text with every run of LONGEST_WORD or more non-space characters blanked (a plain scan). */
function withoutLongRuns(text: string): string {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code === 32 || code === 10 || code === 9 ? 0 : run + 1;
    if (run >= LONGEST_WORD) return text.replace(/\S{64,}/gu, ' ');
  }
  return text;
}

const SENTENCE_END = /[.!?](?:\s|$)/;
/** A sentence ends before the line does: "… at 5 %. Then we …". */
const ENDS_INSIDE = /[.!?]\s+\S/;
/** Stops that abbreviate rather than end a sentence: "2 a.m.", "e.g.", "vs.", "etc.". */
const ABBREVIATION = /(?<![\p{L}.])(?:\p{L}\.){2,}|\b(?:vs|etc|approx|incl|cf)\./giu;

function withoutAbbreviations(line: string): string {
  return line.replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll('.', ''));
}

/** A line that opens as a sentence does, on a capital letter. */
const OPENS_SENTENCE = /^\p{Lu}/u;

/**
 * Lines that do not end a sentence are hard-wrapped prose and rejoin, unless no sentence ends
 * anywhere in them: then they are notes, one statement per line. When the only sentence end
 * closes the last line ("Who sees it first?" after notes written without full stops) and every
 * line opens on a capital, they are notes too; joined, every note before the question would
 * become one run-on sentence with it. A wrapped line opens in lower case ("…that\nwraps here.").
 */
function joinWrapped(lines: readonly string[]): string[] {
  if (lines.length <= 1) return [...lines];
  if (!lines.some((line) => SENTENCE_END.test(line))) return [...lines];
  // "… at 2 a.m. on a Saturday" ends no sentence inside its note.
  const notes =
    !lines.some((line) => ENDS_INSIDE.test(withoutAbbreviations(line))) &&
    lines.every((line) => OPENS_SENTENCE.test(line));
  return notes || sentMessages(lines) ? [...lines] : [lines.join(' ')];
}

/** Wrapped prose fills its lines to a width; a line under this share of the longest stopped short. */
const WRAPPED_FILL = 0.5;

/** Texts come in runs: a note over one line after it is a heading or a title, not a thread. */
const MIN_MESSAGES = 3;
/** A message typed in a hurry opens in lower case; a heading over prose ("## Ownership") does not. */
const OPENS_LOWER = /^\p{Ll}/u;

/**
 * A line in lower case that stops well short of the longest, before the last, was not wrapped at
 * a width: each line is a message of its own, as texts sent one after another are ("then the
 * dealers that signed up for early access" then "the big operations … go last").
 */
function sentMessages(lines: readonly string[]): boolean {
  if (lines.length < MIN_MESSAGES) return false;
  const longest = Math.max(...lines.map((line) => line.length));
  const sent = lines.slice(0, -1);
  // "… we roll it out to the\nearly access crowd": a line cut mid-phrase was wrapped.
  // "… seven days;" then "whole fair.": a line ending on a semicolon runs on too.
  if (sent.some((line) => CONTINUES.test(line) || line.endsWith(';'))) return false;
  return sent.some((line) => OPENS_LOWER.test(line) && line.length < longest * WRAPPED_FILL);
}

/** Words no message ends on: a line ending so runs on into the next. */
const CONTINUES =
  /\b(?:the|a|an|of|in|to|for|and|or|but|with|at|on|by|from|that|our|my|your|their|its|is|are|was|were|be|than|as|into|because|if|when|so|this|these|those|then)$/iu;

/** The line under a table's header: "------|------", "| :--- | ---: |". */
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/u;

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * "stage | hold | to move on" over "1 | 48 h | me + pricing lead sign": a cell means what its
 * column's heading says, as a reader hears it ("hold: 48 h", "to move on: me + pricing lead
 * sign"). Each row under a header and its rule is read with the headings before its cells.
 */
function withTableHeadings(lines: readonly string[]): string[] {
  let headings: string[] | null = null;
  return lines.map((line, i) => {
    if (TABLE_RULE.test(line)) return line;
    if (TABLE_RULE.test(lines[i + 1] ?? '')) {
      headings = cellsOf(line);
      return line;
    }
    if (!line.includes('|')) headings = null;
    if (headings === null) return line;
    const cells = cellsOf(line);
    if (cells.length !== headings.length) return line;
    const named = headings;
    return cells
      .map((cell, k) =>
        cell === '' || cell === '-' || namesNothing(named[k] ?? '') ? cell : `${named[k]}: ${cell}`,
      )
      .join(' | ');
  });
}

/**
 * Column headings that name no part of a plan ("Decision | Choice | Why"): the row's own cells
 * say what each is, so the heading is left out rather than read as a subject of every cell.
 */
const GENERIC_HEADINGS = new Set([
  'decision',
  'decisions',
  'choice',
  'choices',
  'why',
  'reason',
  'reasons',
  'rationale',
  'answer',
  'question',
  'item',
  'topic',
  'detail',
  'details',
  'notes',
  'note',
  'what',
  'how',
  'plan',
]);

function namesNothing(heading: string): boolean {
  return heading === '' || GENERIC_HEADINGS.has(heading.toLowerCase());
}
