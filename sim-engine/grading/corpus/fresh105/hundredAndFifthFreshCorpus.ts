import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_FIFTH_A_OTHER_CORPUS } from './hundredAndFifthOtherAnswersA';
import { HUNDRED_AND_FIFTH_B_OTHER_CORPUS } from './hundredAndFifthOtherAnswersB';
import { HUNDRED_AND_FIFTH_C_OTHER_CORPUS } from './hundredAndFifthOtherAnswersC';
import { HUNDRED_AND_FIFTH_A_STRONG_CORPUS } from './hundredAndFifthStrongAnswersA';
import { HUNDRED_AND_FIFTH_B_STRONG_CORPUS } from './hundredAndFifthStrongAnswersB';
import { HUNDRED_AND_FIFTH_C_STRONG_CORPUS } from './hundredAndFifthStrongAnswersC';

/**
 * The hundred-and-fifth fresh held-out set (dg001–dg060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: an Albanian (Tirana) English register in writing
 * (formal, warm, "mirë", "faleminderit", "hajde"), an olive-oil press PM in Berat whose language
 * model suggests which oil suits a dish and how much a family needs for the winter, every answer
 * an exam paper ("Instructions to candidates", "Question N (M marks)") with one question withdrawn
 * by a notice and replaced, stages named after the olive grove (the first tree, the terrace, the
 * whole grove), sign-off as "the press master and I both taste the first drop", holds as "a full
 * week around Dita e Verës" or a count of orders, thresholds as "more than N worse than now, and
 * we close the press", cohorts by Tirana neighbourhood and years buying, rollback as "whoever's on
 * call opens last year's barrel again, no need to call me"; a Tunisian (Tunis) English register in
 * speech ("yezzi", "barcha", "behi", "sahbi"), a chechia workshop PM whose language model suggests
 * the size, colour and style of cap, every answer a fashion-show compère announcing the looks on
 * the runway with one look pulled and replaced, stages named after the cap (the first dye bath,
 * the shaping block, the whole souk), sign-off as "the master chaouachi and I both press the
 * tassel", holds as "a full week of the Carthage festival" or a count of orders, thresholds as
 * "more than N worse than now, and we stop the dye bath", cohorts by Tunis district and years
 * buying, rollback as "whoever's on call puts the old caps back in the window, no need to call
 * me"; a Cambodian (Phnom Penh) English register in speech ("baat", "chaa", "ot panha te",
 * "bong"), a Kampot pepper shop PM whose language model suggests which pepper and how much suits
 * a dish or a gift, every answer a teacher's dictation to a class with the punctuation spoken and
 * one sentence rubbed out and dictated again, stages named after the pepper (the first vine, the
 * drying mat, the whole plantation), sign-off as "the head grower and I both crack the first
 * peppercorn", holds as "a full week of the Water Festival" or a count of orders, thresholds as
 * "more than N worse than now, and we close the drying shed", cohorts by Phnom Penh district and
 * years buying, rollback as "whoever's on call scoops from the old sack again, no need to call me"
 * (the hundred-and-sixth protocol). Beyond the brief's list the first author ran `git status` and
 * counted the files of its own new folder once; the second read the prettier settings, checked
 * the configs exist and ran `git branch --show-current` and `git status --short`; the third ran
 * `git branch --show-current`, checked the tools exist and read the prettier settings; the second
 * and third let the file-editing tool create the folder rather than `mkdir -p`; all three checked
 * their committed texts against their drafts with a read-only word count. They name as closest
 * earlier cider and winery voices (the first), North African and Levantine registers and other
 * frames announced aloud (the second), a festival director's limits, one-step-replaced frames and
 * earlier dictated answers (the third), and steered away from their words. Each drafted only in a
 * private folder. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_FIFTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_FIFTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_FIFTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_FIFTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_FIFTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_FIFTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_FIFTH_C_OTHER_CORPUS,
];
