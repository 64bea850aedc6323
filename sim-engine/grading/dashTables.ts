/**
 * Tables written with dashes instead of bars: a heading line "Decision — Owner — Why" over rows
 * "Who rides first — Me (PM) — staff trips, then beta riders, …". A row's first cell names the
 * decision, the next who holds it; read as "Who rides first: Me (PM) — staff trips, …", as a role
 * note is. Without the heading line, dashes between capitals start new sentences
 * (runOnSentences.ts), and the holder would be cut from the decision they hold.
 */

/** A dash set apart by spaces, as between a table's cells: "Decision — Owner — Why". */
const SPACED_DASH = /\s[—–]\s/u;
const SPACED_DASHES = /\s[—–]\s/gu;
/** A heading cell: a few capitalised words, no sentence marks ("Owner", "Who signs"). */
const HEADING_CELL = /^\p{Lu}[\p{L}\s/()'-]*$/u;
const CELL_WORDS = 3;
const MIN_CELLS = 2;
const MAX_CELLS = 4;
/** Headings that name who holds a decision: the column that makes the table a role table. */
const HOLDER_HEADINGS = new Set([
  'owner',
  'owners',
  'owned by',
  'who',
  'who decides',
  'decider',
  'decides',
  'call',
  'whose call',
  'accountable',
  'approver',
  'responsible',
  'dri',
]);

/** The cells of a dash-table heading line, or null when the line is not one. */
function headingCells(line: string): string[] | null {
  const cells = line.trim().split(SPACED_DASH);
  if (cells.length < MIN_CELLS || cells.length > MAX_CELLS) return null;
  const headings = cells.every(
    (cell) => HEADING_CELL.test(cell) && cell.split(/\s+/).length <= CELL_WORDS,
  );
  const holder = cells.some((cell) => HOLDER_HEADINGS.has(cell.toLowerCase()));
  return headings && holder ? cells : null;
}

/** A row under the heading: as many spaced dashes as there are boundaries between cells, or more. */
function isRow(line: string, cells: number): boolean {
  return (line.match(SPACED_DASHES) ?? []).length >= cells - 1;
}

/**
 * The answer's lines with each dash-table row read as a role note (its first dash a colon), and
 * the indices of those rows: each row is a line of its own, as a bar table's row is.
 */
export function withDashTableRows(lines: readonly string[]): {
  lines: string[];
  rows: Set<number>;
} {
  const rows = new Set<number>();
  let cells = 0;
  const read = lines.map((line, i) => {
    const heading = headingCells(line);
    if (heading !== null) {
      cells = heading.length;
      return line;
    }
    if (cells === 0 || line.trim() === '' || !isRow(line, cells)) {
      cells = 0;
      return line;
    }
    rows.add(i);
    return line.replace(SPACED_DASH, ': ');
  });
  return { lines: read, rows };
}
