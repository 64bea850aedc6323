import type { Sentence } from './sentences';

/** What a detector found for one point, by sentence index. */
export interface Findings {
  /** First real sentence (a clause) that names the point. */
  named: number | null;
  /** Sentences that name the point: clauses and list fragments, counted apart for the stuffing check. */
  readonly clauseMentions: Set<number>;
  readonly listMentions: Set<number>;
  /** Detail id → the first clause that earned it. */
  readonly details: Map<string, number>;
  /** First clause stating the misconception the point guards against. */
  misconception: number | null;
}

/** Nothing found yet. */
export function emptyFindings(): Findings {
  return {
    named: null,
    clauseMentions: new Set(),
    listMentions: new Set(),
    details: new Map(),
    misconception: null,
  };
}

/** Records that a sentence names the point; only a clause earns the named credit. */
export function noteNamed(findings: Findings, sentence: Sentence): void {
  // A topic asked is neither a statement nor a list's item: it heads the answer after it.
  if (asksTopic(sentence)) return;
  if (!sentence.isClause) {
    findings.listMentions.add(sentence.index);
    return;
  }
  findings.clauseMentions.add(sentence.index);
  findings.named ??= sentence.index;
}

/** Records a concrete detail; a detail implies the point is named. Lists of nouns earn nothing. */
export function noteDetail(findings: Findings, id: string, sentence: Sentence): void {
  if (!sentence.isClause) return;
  if (!findings.details.has(id)) findings.details.set(id, sentence.index);
  noteNamed(findings, sentence);
}

/**
 * Records a misconception stated in a clause. Only a finite verb asserts it: a verbless heading
 * that names the risk a plan guards against ("Mistaking a clean canary for a win.") holds nothing.
 */
export function noteMisconception(findings: Findings, sentence: Sentence): void {
  if (!sentence.isClause || !hasFiniteVerb(sentence) || offersChoice(sentence)) return;
  findings.misconception ??= sentence.index;
}

/**
 * "A random 5 % of clinics, or a chosen order?", "Settle them as we go, or fix them now?": a
 * question that lays out options asserts none of them; the answer after it picks one.
 */
function offersChoice(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  return tokens.at(-1)?.text === '?' && tokens.some((token) => token.text === 'or');
}

/** An auxiliary, or a verb not in its -ing form: "mistaking …", "rolling out …" assert nothing. */
function hasFiniteVerb(sentence: Sentence): boolean {
  return sentence.tokens.some(
    (token, at) =>
      token.pos === 'AUX' ||
      (token.pos === 'VERB' && !token.text.endsWith('ing')) ||
      verbAfterEveryone(sentence.tokens, at),
  );
}

/** Pronouns that stand as a subject and nothing else: the word after them is their verb. */
const EVERYONE = new Set(['nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone']);

/** "Nobody rolls back …": the tagger may read the verb as a plural noun; after "nobody" it is not. */
function verbAfterEveryone(tokens: Sentence['tokens'], at: number): boolean {
  const token = tokens[at];
  return (
    token?.pos === 'NOUN' && token.text.endsWith('s') && EVERYONE.has(tokens[at - 1]?.text ?? '')
  );
}

/**
 * Records a detail stated by the answer's layout rather than by one clause: a heading over notes
 * that each name a group ("## Audience sequence" over "Staff accounts", "Insiders programme", …).
 */
export function noteLaidOut(findings: Findings, id: string, sentence: Sentence): void {
  if (!findings.details.has(id)) findings.details.set(id, sentence.index);
  findings.clauseMentions.add(sentence.index);
  findings.named ??= sentence.index;
}

/** Words a topic asked about may have: "Rolling back?", "Sign-off?", "Who signs?" is a full question. */
const TOPIC_WORDS = 3;

/**
 * "rolling back?" on a line of its own: a topic put as a question, which names what comes next and
 * commits to nothing, as a heading does; the answer after it carries its words (questionContext.ts).
 */
function asksTopic(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  if (tokens.at(-1)?.text !== '?') return false;
  const words = tokens.filter((token) => token.kind !== 'mark');
  return words.length <= TOPIC_WORDS && !words.some((token) => token.pos === 'PRON');
}
