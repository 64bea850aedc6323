import type { Match } from './match';
import { findAffirmed, findAll, lexicon, pastApposition } from './match';
import { isRejected } from './rejection';
import type { Token } from './tokens';

/**
 * A rollback that waits for the PM: "the on-call engineer pages me first; I approve the rollback",
 * "nobody rolls back on their own authority", "only the PM may roll back". A strict interviewer
 * hears the misconception the rollback point guards against — a breach at 2 a.m. held while
 * someone is woken — whatever the reason given (audit, control). Said as what does not happen ("they don't page me first", "no
 * need to wait for me") it is the point itself, and the negation keeps it out.
 */

/** The speaker asked before the rollback: "pages me first", "asks me first". */
const WAITS_FOR_SPEAKER = lexicon(
  'pages me first | page me first | paged first | asks me first | ask me first | ' +
    'pages me and waits | page me and wait | calls me and waits | call me and wait | ' +
    'my approval before | my go ahead before | my ok before | my sign off before | ' +
    // Told by the on-call engineer: "my job is to page the PM and wait".
    'page the pm and wait | pages the pm and waits | page the pm first | pages the pm first | ' +
    'wait for the pm | waits for the pm | ' +
    // The role spelled out: "the on-call engineer pages the product manager first and waits".
    'page the product manager and wait | pages the product manager and waits | ' +
    'page the product manager first | pages the product manager first | ' +
    'wait for the product manager | waits for the product manager',
);
/** The speaker approving the rollback itself: "I … approve the rollback in the ticket". */
const APPROVES_ROLLBACK = lexicon(
  'approve the rollback | approve a rollback | approve any rollback | approve each rollback | ' +
    'approve the revert',
);
const SPEAKER_REACH = 8;
const SPEAKER = new Set(['i', 'me']);
/** "Nobody rolls back on their own", "no one reverts without approval". */
const GOING_BACK = new Set(['roll', 'rolls', 'revert', 'reverts', 'switch', 'switches', 'flip']);
const ALONE = lexicon(
  'on their own | on his own | on her own | without approval | without my | but me | except me | ' +
    'other than me | but the pm | except the pm | other than the pm | but the product manager | ' +
    'except the product manager | other than the product manager',
);

/** True when the sentence makes the rollback wait for the speaker's word. */
export function rollbackWaitsForSpeaker(tokens: readonly Token[]): boolean {
  // "I'd rather read about it at breakfast than have them page me first": turned down.
  const stated = (match: Match) =>
    !isRejected(tokens, match.start) && !ratherThan(tokens, match.start);
  const waits = (match: Match) => stated(match) && !waitingDeniedAfter(tokens, match.end);
  if (findAffirmed(tokens, WAITS_FOR_SPEAKER).some(waits)) return true;
  const approves = findAffirmed(tokens, APPROVES_ROLLBACK).some(
    (match) =>
      stated(match) &&
      tokens
        .slice(Math.max(0, match.start - SPEAKER_REACH), match.start)
        .some((token) => token.text === 'i' && !token.negated),
  );
  return (
    approves ||
    nobodyAlone(tokens) ||
    heldUntilSpeakerApproves(tokens) ||
    keptBySpeaker(tokens) ||
    pagedThenDecides(tokens) ||
    onlyThePmRollsBack(tokens) ||
    speakerTheOnlyOne(tokens)
  );
}

const ONE_REACH = 5;

/**
 * "I'm the only one who can roll this back": the speaker named as the one person the rollback
 * belongs to, as "only I can roll back" does. Not "I'm not the only one who can …".
 */
function speakerTheOnlyOne(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'only' || tokens[at - 1]?.text !== 'the') return false;
    if (!['one', 'person'].includes(tokens[at + 1]?.text ?? '')) return false;
    const speaker = tokens.slice(Math.max(0, at - 4), at - 1).some((word) => word.text === 'i');
    const after = tokens.slice(at + 2, at + 2 + ONE_REACH);
    return speaker && after.some((word) => !word.negated && GOING_BACK_LEMMAS.has(word.lemma));
  });
}

/**
 * "On-call pages the PM first, then rolls back without waiting for an answer": paged before, but
 * the rollback does not wait.
 */
function waitingDeniedAfter(tokens: readonly Token[], from: number): boolean {
  return tokens.slice(from).some((token) => token.lemma === 'wait' && token.negated);
}

const THE_PM = new Set(['pm', 'me', 'i']);
const ONLY_REACH = 3;

/** "Only the PM may roll back", "only I can switch it back": the rollback kept for the PM. */
function onlyThePmRollsBack(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    // "Not only the PM may roll back": the others are added, not kept out.
    if (token.text !== 'only' || token.negated || tokens[at - 1]?.text === 'not') return false;
    const near = tokens.slice(at + 1, at + 1 + ONLY_REACH);
    // "Only the product manager may roll back": the role spelled out.
    const pm = near.findIndex(
      (word, index) =>
        THE_PM.has(word.text) || (word.text === 'manager' && near[index - 1]?.text === 'product'),
    );
    if (pm < 0) return false;
    const from = pastApposition(tokens, at + 2 + pm, APPOSITION_REACH);
    const after = tokens.slice(from, from + ONLY_REACH);
    // "Rollback is a product decision, so only I can call it": the call named before is rollback.
    const rollbackNamed = tokens.slice(0, at).some((word) => word.lemma === 'rollback');
    return after.some(
      (word) =>
        !word.negated &&
        (GOING_BACK_LEMMAS.has(word.lemma) || (rollbackNamed && word.lemma === 'call')),
    );
  });
}

/** ", as the PM," set between the speaker and the verb. */
const APPOSITION_REACH = 4;

/** Words of going back, by lemma: "switched back", "rolled back", "reverted", "the rollback". */
const GOING_BACK_LEMMAS = new Set(['roll', 'revert', 'switch', 'flip', 'rollback']);
/** Words of the speaker's approval: "until I've … approved it", "until I sign", "until I say so". */
const APPROVING = new Set(['approve', 'sign', 'say', 'agree', 'confirm', 'ok', 'okay']);
const UNTIL_REACH = 5;
const APPROVAL_REACH = 10;

/**
 * "… on-call pages me, and nothing is switched back until I've looked at the numbers and
 * approved it": going back held until the speaker approves. "Nothing is promoted until I
 * approve it" holds the advance, and "… until the on-call confirms the breach" waits for no PM.
 */
function heldUntilSpeakerApproves(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    if (token.text !== 'until' || !SPEAKER.has(tokens[at + 1]?.text ?? '')) return false;
    const before = tokens.slice(Math.max(0, at - UNTIL_REACH), at);
    if (!before.some((word) => GOING_BACK_LEMMAS.has(word.lemma))) return false;
    return tokens
      .slice(at + 2, at + 2 + APPROVAL_REACH)
      .some((word) => APPROVING.has(word.lemma) && !CLAUSE_BREAKS.has(word.text));
  });
}

/** "Rollback is mine alone", "the rollback call stays mine only": no one else may make it. */
const MINE_ALONE = lexicon(
  'mine alone | mine only | only mine | my call alone | my decision alone',
);
const MINE_REACH = 4;

function keptBySpeaker(tokens: readonly Token[]): boolean {
  return findAffirmed(tokens, MINE_ALONE).some((match) => {
    // "Rollback is a product decision, so it's mine alone": "it" carries the rollback named
    // earlier in the sentence.
    const from = pointsBack(tokens, match.start) ? 0 : Math.max(0, match.start - MINE_REACH);
    return tokens.slice(from, match.start).some((word) => GOING_BACK_LEMMAS.has(word.lemma));
  });
}

const POINTERS = new Set(['it', 'that', 'this']);

/** "… so it's mine alone": the words before "mine" are a pointer and its "is". */
function pointsBack(tokens: readonly Token[], mine: number): boolean {
  const be = tokens[mine - 1]?.lemma === 'be' ? mine - 1 : -1;
  return be > 0 && POINTERS.has(tokens[be - 1]?.text ?? '');
}

/**
 * "On-call pages me, I look at the numbers, and I decide whether we roll back": the speaker
 * paged and then deciding the rollback, which waits for them.
 */
function pagedThenDecides(tokens: readonly Token[]): boolean {
  const paged = tokens.findIndex(
    (token, at) => PAGING.has(token.lemma) && !token.negated && tokens[at + 1]?.text === 'me',
  );
  if (paged < 0) return false;
  return tokens.some(
    (token, at) =>
      at > paged &&
      token.text === 'decide' &&
      !token.negated &&
      tokens[at - 1]?.text === 'i' &&
      // "… on-call rings me and I decide; nobody else pulls it": the decision left bare.
      (CLAUSE_BREAKS.has(tokens[at + 1]?.text ?? '.') ||
        (['whether', 'if'].includes(tokens[at + 1]?.text ?? '') &&
          tokens.slice(at + 2, at + 6).some((word) => GOING_BACK_LEMMAS.has(word.lemma)))),
  );
}

/** Ways of reaching the PM first: "pages me", "calls me", "rings me", "phones me". */
const PAGING = new Set(['page', 'call', 'ring', 'phone']);

/** "Nobody rolls back on their own authority": going back alone denied to everyone. */
function nobodyAlone(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => {
    const oneWord = token.text === 'nobody';
    if (!oneWord && !(token.text === 'no' && tokens[at + 1]?.text === 'one')) return false;
    let verbAt = oneWord ? at + 1 : at + 2;
    // "… and I will make the call; nobody else will roll back": no one but the speaker, named
    // before it in the sentence ("the on-call engineer rolls back; nobody else will" is theirs).
    const speakerBefore = tokens.slice(0, at).some((word) => SPEAKER.has(word.text));
    const others = tokens[verbAt]?.text === 'else' && speakerBefore;
    if (others) verbAt++;
    // "Nobody may roll back on their own": a modal may come between.
    while (tokens[verbAt]?.pos === 'AUX') verbAt++;
    // "Nobody goes back without my approval", after the rollback is named: going back said plainly.
    const goesBack = tokens[verbAt]?.lemma === 'go' && tokens[verbAt + 1]?.text === 'back';
    if (!GOING_BACK.has(tokens[verbAt]?.text ?? '') && !goesBack && !putsBack(tokens, verbAt)) {
      return false;
    }
    return others || findAll(tokens, ALONE).some((match) => match.start > verbAt);
  });
}

/** Verbs that set the old version back in place: "nobody puts the old page back on but me". */
const PUTTING = new Set(['put', 'bring', 'swap', 'set']);
const BACK_REACH = 6;

/** "Nobody puts the old page back": putting back named under a negation, a rollback mentioned. */
export function putBackDenied(tokens: readonly Token[]): boolean {
  return tokens.some((token, at) => token.negated && putsBack(tokens, at));
}

function putsBack(tokens: readonly Token[], verbAt: number): boolean {
  if (!PUTTING.has(tokens[verbAt]?.lemma ?? '')) return false;
  return tokens.slice(verbAt + 1, verbAt + 1 + BACK_REACH).some((word) => word.text === 'back');
}

const CLAUSE_BREAKS = new Set([';', '.', ':', 'but']);

/** "I'd rather read about it at breakfast than have them page me first": the second turned down. */
function ratherThan(tokens: readonly Token[], at: number): boolean {
  let than = false;
  for (let i = at - 1; i >= 0 && !CLAUSE_BREAKS.has(tokens[i]?.text ?? ''); i--) {
    if (tokens[i]?.text === 'than') than = true;
    else if (than && tokens[i]?.text === 'rather') return true;
  }
  return false;
}
