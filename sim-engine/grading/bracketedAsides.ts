import type { Token } from './tokens';

/** Fewest words left outside the brackets for the rest to be read on its own. */
const MIN_OUTSIDE_WORDS = 4;

/** The tokens outside a bracketed aside, or the tokens as they are when nothing much is left. */
export function withoutBrackets(tokens: readonly Token[]): readonly Token[] {
  const open = tokens.findIndex((token) => token.text === '(');
  const close = tokens.findIndex((token, at) => at > open && token.text === ')');
  if (open < 0 || close < 0) return tokens;
  // Only a series in the brackets: "(SRE runs the split)" is a clause the sentence leans on.
  if (!tokens.slice(open, close).some((token) => token.text === ',')) return tokens;
  const outside = [...tokens.slice(0, open), ...tokens.slice(close + 1)];
  const words = outside.filter((token) => token.kind !== 'mark').length;
  return words >= MIN_OUTSIDE_WORDS ? outside : tokens;
}
