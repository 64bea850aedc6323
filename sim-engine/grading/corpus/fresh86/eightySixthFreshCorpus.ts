import type { LabelledAnswer } from '../corpusTypes';
import { EIGHTY_SIXTH_A_OTHER_CORPUS } from './eightySixthOtherAnswersA';
import { EIGHTY_SIXTH_B_OTHER_CORPUS } from './eightySixthOtherAnswersB';
import { EIGHTY_SIXTH_C_OTHER_CORPUS } from './eightySixthOtherAnswersC';
import { EIGHTY_SIXTH_A_STRONG_CORPUS } from './eightySixthStrongAnswersA';
import { EIGHTY_SIXTH_B_STRONG_CORPUS } from './eightySixthStrongAnswersB';
import { EIGHTY_SIXTH_C_STRONG_CORPUS } from './eightySixthStrongAnswersC';

/**
 * The eighty-sixth fresh held-out set (cn001–cn060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a New Jersey shore English register in speech ("down
 * the shore", "wooder"), a shore-house summer rental booking PM whose language model answers
 * questions about beach-badge and parking rules, every answer a tarot reading with the plan told
 * in each card's meaning, stages named after the boardwalk (the first block, the pier, the last
 * arcade), sign-off as "the property manager and I both turn the card over", holds as "a full
 * Memorial Day week" or a count of bookings, thresholds as "more than N worse than now and the
 * reading ends", cohorts by shore town and summers renting, rollback as "whoever's on call puts
 * the old version back on the table, no need to call me", one reading started over when a card
 * came up reversed; a Mauritian English register in writing ("alors", "ki manière"; a Mauritian
 * register had been given once before, which the lead's check of earlier voices missed), a
 * music-festival ticketing PM whose language model answers festival-goers' questions, every answer
 * a shipping forecast read sea area by sea area with the plan told in each forecast, stages named
 * after the festival nights (the opening night, the second night, the closing night), sign-off as
 * "the festival director and I both stamp the wristband", holds as "a full school-holiday week" or
 * a count of tickets, thresholds as "more than N worse than now and we close the gates", cohorts
 * by district and years attending, rollback as "whoever is on call switches the old version back
 * in, no need to ring me", one forecast interrupted by a cyclone warning and read again; an
 * Oklahoma English register in speech ("might oughta", "over thataway"), a custom wheat-harvest
 * crew booking PM whose language model estimates when each field will be ready, every answer a
 * filled-in census form with numbered questions, stages named after the harvest run (the first
 * field, the county line, the grain elevator), sign-off as "the crew boss and I both sign the
 * scale ticket", holds as "a full week of wheat harvest" or a count of bookings, thresholds as
 * "more than N worse than now and we shut the combines down", cohorts by county and seasons
 * booked, rollback as "whoever's on call pulls the old version back into the field, no need to
 * call me", one form with an answer crossed out and filled in again (the eighty-seventh
 * protocol). Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const EIGHTY_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...EIGHTY_SIXTH_A_STRONG_CORPUS,
  ...EIGHTY_SIXTH_A_OTHER_CORPUS,
  ...EIGHTY_SIXTH_B_STRONG_CORPUS,
  ...EIGHTY_SIXTH_B_OTHER_CORPUS,
  ...EIGHTY_SIXTH_C_STRONG_CORPUS,
  ...EIGHTY_SIXTH_C_OTHER_CORPUS,
];
