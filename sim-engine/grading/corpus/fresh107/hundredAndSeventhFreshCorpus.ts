import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_SEVENTH_A_OTHER_CORPUS } from './hundredAndSeventhOtherAnswersA';
import { HUNDRED_AND_SEVENTH_B_OTHER_CORPUS } from './hundredAndSeventhOtherAnswersB';
import { HUNDRED_AND_SEVENTH_C_OTHER_CORPUS } from './hundredAndSeventhOtherAnswersC';
import { HUNDRED_AND_SEVENTH_A_STRONG_CORPUS } from './hundredAndSeventhStrongAnswersA';
import { HUNDRED_AND_SEVENTH_B_STRONG_CORPUS } from './hundredAndSeventhStrongAnswersB';
import { HUNDRED_AND_SEVENTH_C_STRONG_CORPUS } from './hundredAndSeventhStrongAnswersC';

/**
 * The hundred-and-seventh fresh held-out set (di001–di060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: a Lao (Vientiane) English register in writing
 * (gentle, unhurried, polite, "sabaidee", "khop jai", "bo pen nyang", "jao"), a silk-weaving
 * cooperative PM whose language model suggests which scarf or sinh pattern, colour and length
 * suit a buyer and an occasion, every answer a weaving draft read row by row with one row
 * unpicked and rewoven, stages named after the silk (the first cocoon, the loom, the whole
 * market), sign-off as "the master weaver and I both knot the first fringe", holds as "a full
 * week of Boun That Luang" or a count of orders, thresholds as "more than N worse than now, and
 * we cut the warp", cohorts by Vientiane district and years buying, rollback as "whoever's on
 * call hangs the old scarves back on the rail, no need to call me"; a New Zealand (Rotorua)
 * English register in speech with te reo Māori words (warm, relaxed, dry, "kia ora", "ka pai",
 * "chur", "sweet as", "e hoa"), a geothermal hot-pools booking PM whose language model suggests
 * which pool, time and length of soak suit a group, every answer a choir rehearsal with one
 * verse stopped and sung again, stages named after the pools (the first step in, the warm pool,
 * the whole terrace), sign-off as "the pool keeper and I both test the water", holds as "a full
 * week of Matariki" or a count of bookings, thresholds as "more than N worse than now, and we
 * shut the steam valves", cohorts by Rotorua suburb and years booking, rollback as "whoever's on
 * call opens the old pool again, no need to call me"; a Bhutanese (Thimphu) English register in
 * writing (respectful, formal, the polite "la", "kuzuzangpo la", "kadrinchey la", "tashi
 * delek"), a handmade-paper workshop PM whose language model suggests which weight, size and
 * number of sheets suit a buyer's use, every answer a museum tour guide's script with one exhibit
 * described wrongly and corrected, stages named after the paper (the first pulp, the drying wall,
 * the whole workshop), sign-off as "the paper master and I both hold the first sheet to the
 * light", holds as "a full week of the Thimphu Tshechu" or a count of orders, thresholds as "more
 * than N worse than now, and we still the water wheel", cohorts by Thimphu area and years buying,
 * rollback as "whoever's on call brings back the old sheets, no need to call me" (the
 * hundred-and-eighth protocol). Beyond the brief's list the first author ran `git branch
 * --show-current` and printed the prettier settings; the second ran `git status` and `git
 * branch`, listed the worktree root and read `.prettierrc`; the third ran `git status`, read
 * `.prettierrc.json` and the first 30 lines of `package.json`. They name as closest an earlier
 * knitting-pattern voice and a carpet shop's master weaver (the first) and three earlier museum
 * and cave-tour voices (the third). Each drafted only in a private folder. Held out entirely:
 * graded once after the grader was frozen, never tuned on (../README.md).
 */
export const HUNDRED_AND_SEVENTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_SEVENTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_SEVENTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_SEVENTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_SEVENTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_SEVENTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_SEVENTH_C_OTHER_CORPUS,
];
