import type { LabelledAnswer } from '../corpusTypes';
import { NINETY_SIXTH_A_OTHER_CORPUS } from './ninetySixthOtherAnswersA';
import { NINETY_SIXTH_B_OTHER_CORPUS } from './ninetySixthOtherAnswersB';
import { NINETY_SIXTH_C_OTHER_CORPUS } from './ninetySixthOtherAnswersC';
import { NINETY_SIXTH_A_STRONG_CORPUS } from './ninetySixthStrongAnswersA';
import { NINETY_SIXTH_B_STRONG_CORPUS } from './ninetySixthStrongAnswersB';
import { NINETY_SIXTH_C_STRONG_CORPUS } from './ninetySixthStrongAnswersC';

/**
 * The ninety-sixth fresh held-out set (cx001–cx060), written by three authors who had read neither
 * the grader nor the other answers, nor each other's (README-a.md, README-b.md, README-c.md). The
 * voices they were given: a Hungarian English register in writing ("na", "jó", "hát", "kérem",
 * "szia"), a puppet-theatre ticketing PM whose language model answers parents' questions about
 * which show suits which age, every answer the rulebook of a board game (Components, Setup, Turn
 * order, Scoring, End of the game) with one disputed rule settled by a "House ruling: …", stages
 * named after the show (the strings, the first act, the bow), sign-off as "the head puppeteer and
 * I both pull the curtain cord", holds as "a full week of the Busójárás carnival" or a count of
 * tickets, thresholds as "more than N worse than now and we drop the curtain", cohorts by Budapest
 * district and years of season tickets, rollback as "whoever's on call threads the old version
 * back onto its strings, no need to call me"; a Finnish English register in speech (short
 * sentences, pauses written as "…", "no niin", "joo", "moi", "kiitos"), a Lapland husky-safari
 * booking PM whose language model suggests which safari suits a family, every answer a
 * detective's closing speech to the suspects gathered in the lodge, the risks as the suspects and
 * the plan as the solution, one speech interrupted and a deduction revised, stages named after
 * the safari (the kennel, the forest trail, the frozen lake), sign-off as "the lead musher and I
 * both ring the sled bell", holds as "a full week of the Christmas rush" or a count of bookings,
 * thresholds as "more than N worse than now and we turn the dogs home", cohorts by Lapland town
 * and years booking, rollback as "whoever's on call hitches the old version back to the sled, no
 * need to call me"; a Persian (Tehran) English register in writing ("khob", "merci", "joon",
 * "befarmaid"), a calligraphy-supplies shop PM whose language model suggests which nib and ink
 * suit a script, every answer an itemised invoice with numbered lines and a total, one line
 * voided and reissued, stages named after the writing (the first stroke, the dot, the flourish),
 * sign-off as "the master calligrapher and I both dip our pens", holds as "a full week of Nowruz"
 * or a count of orders, thresholds as "more than N worse than now and we blot the page", cohorts
 * by Tehran neighbourhood and years buying, rollback as "whoever's on call sets the old version
 * back on the desk, no need to call me" (the ninety-seventh protocol). The first author reports
 * that ticketing PMs, a theatre programme and stages named after a show's or a game's parts were
 * given before. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const NINETY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...NINETY_SIXTH_A_STRONG_CORPUS,
  ...NINETY_SIXTH_A_OTHER_CORPUS,
  ...NINETY_SIXTH_B_STRONG_CORPUS,
  ...NINETY_SIXTH_B_OTHER_CORPUS,
  ...NINETY_SIXTH_C_STRONG_CORPUS,
  ...NINETY_SIXTH_C_OTHER_CORPUS,
];
