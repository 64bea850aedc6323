/**
 * Two columns laid side by side with spaces, under a header that names them ("DO          DON'T",
 * "Keep          Drop"): a reader takes the left column, then the right, each under its own
 * header — so a column headed by a refusal ("DON'T") is read as a refused list, as it would be
 * written one after the other. Without such a header (aligned comments in a config, say) the text
 * is read as written.
 */

/** Where the right column starts on a line: past some text and a gap of four spaces or more. */
const COLUMN_GAP = /^(.*?\S) {4,}(?=\S)/;
/** A header's cells are labels: a few words, no digits. */
const HEADER_WORDS = 3;
/** At least this many rows, header included, share the right column's start. */
const MIN_ROWS = 3;

/** The answer with a two-column block rewritten as its left column, then its right. */
export function columnsInTurn(answer: string): string {
  if (!answer.includes('    ')) return answer;
  const lines = answer.split('\n');
  const starts = lines.map((line) => COLUMN_GAP.exec(line)?.[0].length ?? -1);
  const header = starts.findIndex((start, i) => start > 0 && isHeader(lines[i] ?? '', start));
  if (header < 0) return answer;
  const column = starts[header] as number;
  const rows = lastAlignedRow(lines, header, column);
  if (rows - header < MIN_ROWS) return answer;
  const table = lines.slice(header, rows);
  const cellsOf = (cut: (line: string) => string) => {
    const [head = '', ...cells] = table.map((line) => cut(line).trim());
    return [labelled(head), ...cells.filter(Boolean).map((cell) => `- ${cell}`)];
  };
  const left = cellsOf((line) => line.slice(0, column));
  const right = cellsOf((line) => line.slice(column));
  return [...lines.slice(0, header), ...left, '', ...right, '', ...lines.slice(rows)].join('\n');
}

/** A column's header heads the cells under it, as "Don't:" heads a list. */
function labelled(head: string): string {
  return head.endsWith(':') ? head : `${head}:`;
}

function isHeader(line: string, column: number): boolean {
  const cells = [line.slice(0, column), line.slice(column)].map((cell) => cell.trim());
  return cells.every((cell) => {
    const words = cell.split(/\s+/);
    return cell !== '' && words.length <= HEADER_WORDS && !/\d/.test(cell);
  });
}

/**
 * The end of the block: rows with a cell starting at the header's right column, after two spaces
 * or more, and rows of the left column alone, up to a blank line or any other line. Each column
 * is then a list under its header.
 */
function lastAlignedRow(lines: readonly string[], header: number, column: number): number {
  let end = header + 1;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    const leftOnly = line.trim() !== '' && line.trimEnd().length <= column;
    if (!alignedAt(line, column) && !leftOnly) break;
    end++;
  }
  return end;
}

/** A cell starts at the column, after at least two spaces. */
function alignedAt(line: string, column: number): boolean {
  return line.slice(column - 2, column) === '  ' && /\S/.test(line[column] ?? '');
}
