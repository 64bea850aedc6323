import type { Token } from './tokens';

/**
 * "It is me, the PM, who must decide the limits and when we go forward", "it's the PM who sets
 * the order": a cleft that puts the speaker (or the PM) in focus as the one who decides. The
 * decision itself is read as any other sentence's (ownership.ts asks for the decisions named).
 */
export function decidedInCleft(tokens: readonly Token[]): boolean {
  return tokens.some((_, at) => {
    // "It isn't me who decides": the model negates the focus and the verb, which is checked.
    const focusFrom = cleftOpensAt(tokens, at);
    if (focusFrom < 0) return false;
    const who = tokens.findIndex(
      (word, i) => i > focusFrom && i <= at + FOCUS_REACH && RELATIVES.has(word.text),
    );
    if (who < 0 || ASKING.has(tokens[at - 1]?.text ?? '')) return false;
    // "Whether it's me or the support lead who owns it": a choice left open names no owner.
    const focus = tokens.slice(focusFrom, who);
    if (!focus.some((word) => FOCUSED.has(word.text)) || focus.some((word) => word.text === 'or')) {
      return false;
    }
    return tokens
      .slice(who + 1, who + 1 + VERB_REACH)
      .some((word) => DECIDING.has(word.lemma) && !word.negated);
  });
}

/**
 * Where the cleft's focus starts: after "it is", or after an opening "is", as creole clefts drop
 * the "it" ("Is the PM who own the decisions here."); -1 when no cleft opens.
 */
function cleftOpensAt(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (token?.text === 'it' && tokens[at + 1]?.lemma === 'be') return at + 2;
  // Asked ("Is the PM who owns it?"), it commits to nothing: questions are read so elsewhere.
  const opening = at === 0 || (at === 1 && tokens[0]?.kind === 'mark');
  return opening && token?.text === 'is' ? at + 1 : -1;
}

/** Words that make the cleft a question: "whether it's me who …", "if it is the PM who …". */
const ASKING = new Set(['whether', 'if']);
/** Who the cleft may put in focus: the speaker ("It is myself that owns …"), or the PM by name. */
const FOCUSED = new Set(['me', 'i', 'us', 'we', 'pm', 'myself']);
/** What opens the cleft's clause: "it's me who decides", "it is the PM that owns it". */
const RELATIVES = new Set(['who', 'that']);
/** Verbs of deciding a release: "decide", "own", "set", "choose", "call". */
const DECIDING = new Set(['decide', 'own', 'set', 'choose', 'call', 'pick', 'make']);
/** "it is me, the product manager, who": the focus and its apposition. */
const FOCUS_REACH = 8;
/** "who must decide": a modal between "who" and its verb. */
const VERB_REACH = 3;
