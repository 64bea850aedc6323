import type { LabelledAnswer } from '../corpusTypes';
import { HUNDRED_AND_SIXTH_A_OTHER_CORPUS } from './hundredAndSixthOtherAnswersA';
import { HUNDRED_AND_SIXTH_B_OTHER_CORPUS } from './hundredAndSixthOtherAnswersB';
import { HUNDRED_AND_SIXTH_C_OTHER_CORPUS } from './hundredAndSixthOtherAnswersC';
import { HUNDRED_AND_SIXTH_A_STRONG_CORPUS } from './hundredAndSixthStrongAnswersA';
import { HUNDRED_AND_SIXTH_B_STRONG_CORPUS } from './hundredAndSixthStrongAnswersB';
import { HUNDRED_AND_SIXTH_C_STRONG_CORPUS } from './hundredAndSixthStrongAnswersC';

/**
 * The hundred-and-sixth fresh held-out set (dh001–dh060), written by three authors who had read
 * neither the grader nor the other answers, nor each other's (README-a.md, README-b.md,
 * README-c.md). The voices they were given: an Azerbaijani (Baku) English register in writing
 * (courteous, precise, a little ceremonious, "buyurun", "çox sağ ol", "əla", "can"), a
 * pomegranate-juice press PM in Goychay whose language model suggests which juice or narsharab
 * syrup suits a dish and how much a household needs, every answer a race card for a day at the
 * races ("Race N", the going, the runners and their form) with one runner declared a non-runner
 * and replaced, stages named after the fruit (the first seed, the bowl, the whole garden),
 * sign-off as "the juice master and I both tie the ribbon on the first crate", holds as "a full
 * week of the Goychay pomegranate festival" or a count of orders, thresholds as "more than N
 * worse than now, and we cover the vats", cohorts by Baku district and years buying, rollback as
 * "whoever's on call pours from last year's vat again, no need to call me"; a Sicilian (Palermo)
 * English register in speech (loud, fond, theatrical, "mizzica", "amunì", "bedda", "talè"), a
 * granita kiosk chain PM whose language model suggests the flavour, size and brioche for a
 * customer and an hour, every answer a best man's speech at a wedding with one story taken back
 * and told again, stages named after the granita (the first spoon, the glass, the whole kiosk),
 * sign-off as "the granita master and I both dip the first brioche", holds as "a full week of
 * the Festino di Santa Rosalia" or a count of orders, thresholds as "more than N worse than now,
 * and we pull down the shutter", cohorts by Palermo quarter and years buying, rollback as
 * "whoever's on call puts the lemon granita back on the counter, no need to call me"; a Malagasy
 * (Antananarivo) English register in writing (soft-spoken, careful, "misaotra", "azafady",
 * "tsara", "mora mora"), a vanilla exporter PM whose language model suggests which grade of pod
 * and how many suit a buyer's kitchen or factory, every answer a botanist's field notebook of
 * dated entries with one entry marked misread and re-recorded, stages named after the vanilla
 * (the first pod, the sweating box, the whole warehouse), sign-off as "the curing master and I
 * both smell the first pod", holds as "a full week of the Donia festival" or a count of orders,
 * thresholds as "more than N worse than now, and we seal the crates", cohorts by Antananarivo
 * district and years buying, rollback as "whoever's on call ships the old grade again, no need to
 * call me" (the hundred-and-seventh protocol). Beyond the brief's list the first and second
 * authors ran `git status` and `git branch --show-current` and read the prettier settings; the
 * third ran a `sed -i` on its own word-count helper (never on a draft or a committed file),
 * which its brief did not allow and its README records, renamed one stage that came too near an
 * earlier voice, and on model scenarios made the ML lead the curing master. Each drafted only in
 * a private folder. Held out entirely: graded once after the grader was frozen, never tuned on
 * (../README.md).
 */
export const HUNDRED_AND_SIXTH_FRESH_CORPUS: readonly LabelledAnswer[] = [
  ...HUNDRED_AND_SIXTH_A_STRONG_CORPUS,
  ...HUNDRED_AND_SIXTH_A_OTHER_CORPUS,
  ...HUNDRED_AND_SIXTH_B_STRONG_CORPUS,
  ...HUNDRED_AND_SIXTH_B_OTHER_CORPUS,
  ...HUNDRED_AND_SIXTH_C_STRONG_CORPUS,
  ...HUNDRED_AND_SIXTH_C_OTHER_CORPUS,
];
