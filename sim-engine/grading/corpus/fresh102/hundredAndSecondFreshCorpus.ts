import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_SECOND_A_OTHER_CORPUS } from './hundredAndSecondOtherAnswersA';
import { HUNDRED_AND_SECOND_B_OTHER_CORPUS } from './hundredAndSecondOtherAnswersB';
import { HUNDRED_AND_SECOND_C_OTHER_CORPUS } from './hundredAndSecondOtherAnswersC';
import { HUNDRED_AND_SECOND_A_STRONG_CORPUS } from './hundredAndSecondStrongAnswersA';
import { HUNDRED_AND_SECOND_B_STRONG_CORPUS } from './hundredAndSecondStrongAnswersB';
import { HUNDRED_AND_SECOND_C_STRONG_CORPUS } from './hundredAndSecondStrongAnswersC';

/**
 * The hundred-and-second fresh held-out set (dd001–dd060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Danish (Copenhagen) English register in writing
 * (dry, flat, modest, "ja", "nej", "nå", "hygge", "tak"), a candle-and-lamp shop PM whose language
 * model suggests candles for a room and an occasion, every answer a regatta's sailing
 * instructions (numbered sections, the course, marks rounded to port or starboard, the start
 * signal) with one amendment moving a mark, stages named after the candle (the wick, the flame,
 * the full light), sign-off as "the master chandler and I both light the first candle", holds as
 * "a full week of the Copenhagen Jazz Festival" or a count of orders, thresholds as "more than N
 * worse than now, and we blow the candles out", cohorts by Copenhagen district and years buying,
 * rollback as "whoever's on call sets the old wick back in the holder, no need to call me"; a
 * Romanian (Bucharest) English register in speech ("da", "nu", "hai", "mersi", "gata", "bine"), a
 * perfume shop PM whose language model suggests a scent for a person and a season, every answer a
 * yoga teacher leading a class aloud (numbered poses, breaths counted) with one pose replaced,
 * stages named after the scent (the top note, the heart note, the base note), sign-off as "the
 * master perfumer and I both smell the paper strip", holds as "a full week of the George Enescu
 * Festival" or a count of orders, thresholds as "more than N worse than now, and we close the
 * atomiser", cohorts by Bucharest neighbourhood and years buying, rollback as "whoever's on call
 * sprays the old scent again, no need to call me"; a Taiwanese (Taipei) English register in
 * speech ("hó", "duì" for yes, "bù" for no, "ai-yo", "xièxie"), a night-market bubble-tea stall
 * PM whose language model suggests a drink for a customer, every answer an automated phone menu
 * being recorded ("Press 1 for …") with one option retired and replaced, stages named after the
 * drink (the first pearl, the shake, the full cup), sign-off as "the tea master and I both seal
 * the first cup", holds as "a full week of the Lantern Festival" or a count of orders, thresholds
 * as "more than N worse than now, and we switch off the sealing machine", cohorts by Taipei
 * district and years buying, rollback as "whoever's on call brews the old recipe again, no need to
 * call me" (the hundred-and-third protocol). Beyond the brief's list, the first author read the
 * worktree's prettier settings and ran `git branch --show-current`, and the second read the
 * prettier settings, checked that tsx and the config files exist and counted its exported words
 * through tsx; the third names an earlier museum audio guide's "Press N" as the closest earlier
 * voice. From this set on the brief also asks that drafts be edited with the file tool only (not
 * sed or scripts). Each drafted only in a private folder. Held out entirely: graded once after
 * the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_SECOND_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_SECOND_A_STRONG_CORPUS,
  ...HUNDRED_AND_SECOND_A_OTHER_CORPUS,
  ...HUNDRED_AND_SECOND_B_STRONG_CORPUS,
  ...HUNDRED_AND_SECOND_B_OTHER_CORPUS,
  ...HUNDRED_AND_SECOND_C_STRONG_CORPUS,
  ...HUNDRED_AND_SECOND_C_OTHER_CORPUS,
];
