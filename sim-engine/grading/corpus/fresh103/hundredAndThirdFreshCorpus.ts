import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_THIRD_A_OTHER_CORPUS } from './hundredAndThirdOtherAnswersA';
import { HUNDRED_AND_THIRD_B_OTHER_CORPUS } from './hundredAndThirdOtherAnswersB';
import { HUNDRED_AND_THIRD_C_OTHER_CORPUS } from './hundredAndThirdOtherAnswersC';
import { HUNDRED_AND_THIRD_A_STRONG_CORPUS } from './hundredAndThirdStrongAnswersA';
import { HUNDRED_AND_THIRD_B_STRONG_CORPUS } from './hundredAndThirdStrongAnswersB';
import { HUNDRED_AND_THIRD_C_STRONG_CORPUS } from './hundredAndThirdStrongAnswersC';

/**
 * The hundred-and-third fresh held-out set (de001–de060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Slovene (Ljubljana) English register in writing
 * (precise, modest, "ja", "ne", "hvala", "no ja"), a karst cave-tour booking PM whose language
 * model suggests which tour and time suit a group, every answer the back of a seed packet (Sow,
 * Germination, Thin out, Harvest …) with one instruction under a correction sticker, stages named
 * after the cave (the entrance, the great hall, the deep gallery), sign-off as "the cave keeper
 * and I both sign the visitors' log", holds as "a full week of the Ljubljana summer festival" or a
 * count of bookings, thresholds as "more than N worse than now, and we close the cave gate",
 * cohorts by Ljubljana district and years booking, rollback as "whoever's on call lights the old
 * lamps again, no need to call me"; a Uruguayan (Montevideo) English register in speech ("ta",
 * "bo", "mirá", "gurises"), a mate-gourd and yerba shop PM whose language model suggests a blend,
 * every answer the Speaker of a parliament reading the order paper aloud with one motion withdrawn
 * and replaced, stages named after the mate (the first sip, the full gourd, the whole thermos),
 * sign-off as "the master cebador and I both warm the water", holds as "a full week of the
 * Llamadas parades" or a count of orders, thresholds as "more than N worse than now, and we cap
 * the thermos", cohorts by Montevideo barrio and years buying, rollback as "whoever's on call
 * fills the old gourd again, no need to call me"; a Burmese (Yangon) English register in speech
 * ("kaung deh", "houq-keh", "ma houq-bu", "a-ko"), a gold-leaf workshop PM whose language model
 * suggests how much leaf and which pattern suit an object, every answer a lottery draw announced
 * live with one ball declared void and redrawn, stages named after the leaf (the first sheet, the
 * bundle, the whole pagoda), sign-off as "the master beater and I both press the first leaf",
 * holds as "a full week of Thingyan" or a count of orders, thresholds as "more than N worse than
 * now, and we shut the beating room", cohorts by Yangon township and years buying, rollback as
 * "whoever's on call puts the old leaf back, no need to call me" (the hundred-and-fourth
 * protocol). Beyond the brief's list the second author read the prettier settings, checked that
 * the package and TypeScript configs exist, ran `git branch --show-current` and counted its words
 * with a small tsx script in its private folder; it names an earlier Buenos Aires voice as the
 * closest and avoided its slang. Each drafted only in a private folder. Held out entirely: graded
 * once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_THIRD_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_THIRD_A_STRONG_CORPUS,
  ...HUNDRED_AND_THIRD_A_OTHER_CORPUS,
  ...HUNDRED_AND_THIRD_B_STRONG_CORPUS,
  ...HUNDRED_AND_THIRD_B_OTHER_CORPUS,
  ...HUNDRED_AND_THIRD_C_STRONG_CORPUS,
  ...HUNDRED_AND_THIRD_C_OTHER_CORPUS,
];
