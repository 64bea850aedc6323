import type { Token } from './tokens';

/** A row of short terms parted by bars or slashes (read by lists.ts as a string of terms). */

/**
 * The cells of a row parted by bars (read as colons, tagged as symbols) or slashes: "rollback /
 * on-call / flag". A colon written as one stays inside its cell.
 */
function slashedCells(tokens: readonly Token[]): Token[][] {
  const cells: Token[][] = [[]];
  for (const token of tokens) {
    if ((token.text === ':' && token.pos === 'SYM') || token.text === '/') cells.push([]);
    else cells.at(-1)?.push(token);
  }
  return cells;
}

/** Cells of a row of short terms: "rollback | on call | any hour | flag | three minutes". */
const TERM_ROW_CELLS = 4;
/** Words a short term's cell may have: "seven market days". */
const TERM_CELL_WORDS = 3;

/**
 * "hold | gate | seven market days | 600 orders", "Q4: rollback / on-call / any hour / flag / < 5
 * min / no redeploy": four cells or more, each a term of three words at most, none with a
 * pronoun, an auxiliary or a verb between two of its words. A short cell's preposition or
 * misread verb ("on call", "no redeploy") binds nothing across the bars; "| 1 % | 2 days | me |"
 * names who, and "goal struck off at the monitor" is a clause of its own.
 */
function shortTermCells(cells: readonly Token[][]): boolean {
  if (cells.length < TERM_ROW_CELLS) return false;
  return cells.every((cell) => {
    // "stage: 1 | share: 2 %": a table's heading read into each cell labels its value.
    if (cell.some((token) => token.text === ':')) return false;
    const words = cell.filter((token) => token.kind !== 'mark');
    if (words.length === 0 || words.length > TERM_CELL_WORDS) return false;
    return words.every(
      (token, at) =>
        token.pos !== 'PRON' &&
        token.pos !== 'AUX' &&
        (token.pos !== 'VERB' || at === 0 || at === words.length - 1),
    );
  });
}

/** "rollback | on call | any hour | flag | three minutes | no redeploy": a row of short terms. */
export function rowOfShortTerms(tokens: readonly Token[]): boolean {
  return shortTermCells(slashedCells(tokens));
}
