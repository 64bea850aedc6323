import { CONTRASTS, statesValues } from './commitmentCues';
import { othersViewAt } from './othersView';
import type { Token } from './tokens';

/**
 * Where, inside a sentence that sets a frame, the speaker's own words begin (read by
 * commitment.ts): after a contrast ("Ideally a week, but we'll hold 12 hours"), after the speaker
 * takes over ("…, so here I'd hold a day"), after a view ("our CTO wants it out Friday, so …") or
 * a value ("Safety is paramount: staff first, …"). 0 when the whole sentence is framed.
 */

/** "Ideally a week, but we'll hold 12 hours": the words after the contrast are the speaker's own. */
export function contrastAfter(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    if (CONTRASTS.has(tokens[i]?.text ?? '') && !tokens[i]?.negated) return i;
  }
  return 0;
}

/** Words that turn from a frame to what the speaker does: "so here I'd …", "but we …". */
const TAKING_OVER = new Set([...CONTRASTS, 'so', 'here', 'therefore', 'hence']);
const TAKEOVER_REACH = 4;

/** "Our CTO wants it out by Friday, so the ramp is …": what follows the view is the speaker's. */
export function viewEnds(tokens: readonly Token[]): number {
  const at = tokens.findIndex(
    (token, i) => (TAKING_OVER.has(token.text) && !token.negated) || ownClauseAfter(tokens, i),
  );
  return at < 0 ? 0 : at;
}

/**
 * "Leadership wants to know X, and the canary gives us that": ", and" opens a clause of the
 * speaker's own when a verb follows and it is not another view ("…, and the ML team talks about").
 */
function ownClauseAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'and' || tokens[at - 1]?.text !== ',') return false;
  const rest = tokens.slice(at + 1);
  const clauseEnd = rest.findIndex((token) => token.text === ',');
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  return clause.some((token) => token.pos === 'VERB') && othersViewAt(rest) < 0;
}

/** "Safety is paramount: staff first, then …": the plan after a value stated is the speaker's. */
export function valueEnds(tokens: readonly Token[]): number {
  const at = tokens.findIndex((token) => VALUE_BOUNDS.has(token.text));
  return at < 0 || statesValues(tokens.slice(at + 1)) ? 0 : at + 1;
}
const VALUE_BOUNDS = new Set([':', ';', '—', 'so']);

/** Where the speaker takes over from the frame in the same sentence ("…, so here I'd …"), or 0. */
export function speakerTakesOver(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) {
    if (!TAKING_OVER.has(tokens[i]?.text ?? '') || tokens[i]?.negated) continue;
    for (let j = i + 1; j <= i + TAKEOVER_REACH && j < tokens.length; j++) {
      if (tokens[j]?.text === 'i' || tokens[j]?.text === 'we') return i;
    }
  }
  return 0;
}

const CLAUSE_BOUNDS = new Set([';', ':', '—']);

/** Where the clause holding a frame's cue begins: after the last ";", ":" or "—" before it. */
export function clauseStart(tokens: readonly Token[], cue: number): number {
  for (let i = cue - 1; i > 0; i--) if (CLAUSE_BOUNDS.has(tokens[i]?.text ?? '')) return i + 1;
  return 0;
}
