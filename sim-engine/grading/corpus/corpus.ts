import type { LabelledAnswer } from './corpusTypes';
import { MIDDLING_CORPUS } from './middlingAnswers';
import { MIXED_CORPUS } from './mixedAnswers';
import { POOR_CORPUS } from './poorAnswers';
import { STRONG_CORPUS } from './strongAnswers';

export { isHeldOut } from './corpusTypes';
/** The first fresh set (f001–f030): evaluated once as held out, then seen and tuned on (README.md). */
export { FRESH_CORPUS } from './fresh/freshCorpus';
/** The second fresh held-out set (g001–g030): graded once after the grader was frozen (README.md). */
export { SECOND_FRESH_CORPUS } from './fresh2/secondFreshCorpus';
/** The third fresh held-out set (h001–h040): graded once after the grader was frozen (README.md). */
export { THIRD_FRESH_CORPUS } from './fresh3/thirdFreshCorpus';

/** The fourth fresh held-out set (k001–k040): graded once after the grader was frozen (README.md). */
export { FOURTH_FRESH_CORPUS } from './fresh4/fourthFreshCorpus';

/** The fifth fresh held-out set (m001–m040): graded once after the grader was frozen (README.md). */
export { FIFTH_FRESH_CORPUS } from './fresh5/fifthFreshCorpus';

/** The sixth fresh held-out set (n001–n040): graded once after the grader was frozen (README.md). */
export { SIXTH_FRESH_CORPUS } from './fresh6/sixthFreshCorpus';

/** The seventh fresh held-out set (p001–p040): graded once after the grader was frozen (README.md). */
export { SEVENTH_FRESH_CORPUS } from './fresh7/seventhFreshCorpus';

/** The eighth fresh held-out set (q001–q040): graded once after the grader was frozen (README.md). */
export { EIGHTH_FRESH_CORPUS } from './fresh8/eighthFreshCorpus';

/** The ninth fresh held-out set (r001–r040): graded once after the grader was frozen (README.md). */
export { NINTH_FRESH_CORPUS } from './fresh9/ninthFreshCorpus';

/** The tenth fresh held-out set (u001–u040): graded once after the grader was frozen (README.md). */
export { TENTH_FRESH_CORPUS } from './fresh10/tenthFreshCorpus';

/** The eleventh fresh held-out set (x001–x040): graded once after the grader was frozen (README.md). */
export { ELEVENTH_FRESH_CORPUS } from './fresh11/eleventhFreshCorpus';

/** The twelfth fresh held-out set (y001–y040): graded once after the grader was frozen (README.md). */
export { TWELFTH_FRESH_CORPUS } from './fresh12/twelfthFreshCorpus';

/** The thirteenth fresh held-out set (e001–e060): graded once after the grader was frozen (README.md). */
export { THIRTEENTH_FRESH_CORPUS } from './fresh13/thirteenthFreshCorpus';

/** The fourteenth fresh held-out set (j001–j060): graded once after the grader was frozen (README.md). */
export { FOURTEENTH_FRESH_CORPUS } from './fresh14/fourteenthFreshCorpus';

/** The fifteenth fresh held-out set (a001–a060): graded once after the grader was frozen (README.md). */
export { FIFTEENTH_FRESH_CORPUS } from './fresh15/fifteenthFreshCorpus';

/** The sixteenth fresh held-out set (d001–d060): graded once after the grader was frozen (README.md). */
export { SIXTEENTH_FRESH_CORPUS } from './fresh16/sixteenthFreshCorpus';

/** The seventeenth fresh held-out set (b001–b060): graded once after the grader was frozen (README.md). */
export { SEVENTEENTH_FRESH_CORPUS } from './fresh17/seventeenthFreshCorpus';

/** The eighteenth fresh held-out set (i001–i060): graded once after the grader was frozen (README.md). */
export { EIGHTEENTH_FRESH_CORPUS } from './fresh18/eighteenthFreshCorpus';

/** The nineteenth fresh held-out set (l001–l060): graded once after the grader was frozen (README.md). */
export { NINETEENTH_FRESH_CORPUS } from './fresh19/nineteenthFreshCorpus';

/** The twentieth fresh held-out set (o001–o060): graded once after the grader was frozen (README.md). */
export { TWENTIETH_FRESH_CORPUS } from './fresh20/twentiethFreshCorpus';

/** The twenty-first fresh held-out set (aa001–aa060): graded once after the grader was frozen (README.md). */
export { TWENTY_FIRST_FRESH_CORPUS } from './fresh21/twentyFirstFreshCorpus';

/** The twenty-second fresh held-out set (ab001–ab060): graded once after the grader was frozen (README.md). */
export { TWENTY_SECOND_FRESH_CORPUS } from './fresh22/twentySecondFreshCorpus';

/** The twenty-third fresh held-out set (ac001–ac060): graded once after the grader was frozen (README.md). */
export { TWENTY_THIRD_FRESH_CORPUS } from './fresh23/twentyThirdFreshCorpus';

/** The twenty-fourth fresh held-out set (ad001–ad060): graded once after the grader was frozen (README.md). */
export { TWENTY_FOURTH_FRESH_CORPUS } from './fresh24/twentyFourthFreshCorpus';

/** The twenty-fifth fresh held-out set (ae001–ae060): graded once after the grader was frozen (README.md). */
export { TWENTY_FIFTH_FRESH_CORPUS } from './fresh25/twentyFifthFreshCorpus';

/** The twenty-sixth fresh held-out set (af001–af060): graded once after the grader was frozen (README.md). */
export { TWENTY_SIXTH_FRESH_CORPUS } from './fresh26/twentySixthFreshCorpus';

/** The twenty-seventh fresh held-out set (ag001–ag060): graded once after the grader was frozen (README.md). */
export { TWENTY_SEVENTH_FRESH_CORPUS } from './fresh27/twentySeventhFreshCorpus';

/** The twenty-eighth fresh held-out set (ah001–ah060): graded once after the grader was frozen (README.md). */
export { TWENTY_EIGHTH_FRESH_CORPUS } from './fresh28/twentyEighthFreshCorpus';

/** The twenty-ninth fresh held-out set (ai001–ai060): graded once after the grader was frozen (README.md). */
export { TWENTY_NINTH_FRESH_CORPUS } from './fresh29/twentyNinthFreshCorpus';

/** The thirtieth fresh held-out set (aj001–aj060): graded once after the grader was frozen (README.md). */
export { THIRTIETH_FRESH_CORPUS } from './fresh30/thirtiethFreshCorpus';

/** The thirty-first fresh held-out set (ak001–ak060): graded once after the grader was frozen (README.md). */
export { THIRTY_FIRST_FRESH_CORPUS } from './fresh31/thirtyFirstFreshCorpus';

/** The thirty-second fresh held-out set (al001–al060): graded once after the grader was frozen (README.md). */
export { THIRTY_SECOND_FRESH_CORPUS } from './fresh32/thirtySecondFreshCorpus';

/** The thirty-third fresh held-out set (am001–am060): graded once after the grader was frozen (README.md). */
export { THIRTY_THIRD_FRESH_CORPUS } from './fresh33/thirtyThirdFreshCorpus';

/** The thirty-fourth fresh held-out set (an001–an060): graded once after the grader was frozen (README.md). */
export { THIRTY_FOURTH_FRESH_CORPUS } from './fresh34/thirtyFourthFreshCorpus';

/** The thirty-fifth fresh held-out set (ao001–ao060): graded once after the grader was frozen (README.md). */
export { THIRTY_FIFTH_FRESH_CORPUS } from './fresh35/thirtyFifthFreshCorpus';

/** The thirty-sixth fresh held-out set (ap001–ap060): graded once after the grader was frozen (README.md). */
export { THIRTY_SIXTH_FRESH_CORPUS } from './fresh36/thirtySixthFreshCorpus';

/** The thirty-seventh fresh held-out set (aq001–aq060): graded once after the grader was frozen (README.md). */
export { THIRTY_SEVENTH_FRESH_CORPUS } from './fresh37/thirtySeventhFreshCorpus';

/** The thirty-eighth fresh held-out set (ar001–ar060): graded once after the grader was frozen (README.md). */
export { THIRTY_EIGHTH_FRESH_CORPUS } from './fresh38/thirtyEighthFreshCorpus';

/** The thirty-ninth fresh held-out set (as001–as060): graded once after the grader was frozen (README.md). */
export { THIRTY_NINTH_FRESH_CORPUS } from './fresh39/thirtyNinthFreshCorpus';

/** The fortieth fresh held-out set (at001–at060): graded once after the grader was frozen (README.md). */
export { FORTIETH_FRESH_CORPUS } from './fresh40/fortiethFreshCorpus';

/** The forty-first fresh held-out set (au001–au060): graded once after the grader was frozen (README.md). */
export { FORTY_FIRST_FRESH_CORPUS } from './fresh41/fortyFirstFreshCorpus';

/** The forty-second fresh held-out set (av001–av060): graded once after the grader was frozen (README.md). */
export { FORTY_SECOND_FRESH_CORPUS } from './fresh42/fortySecondFreshCorpus';

/** The forty-third fresh held-out set (aw001–aw060): graded once after the grader was frozen (README.md). */
export { FORTY_THIRD_FRESH_CORPUS } from './fresh43/fortyThirdFreshCorpus';

/** The forty-fourth fresh held-out set (ax001–ax060): graded once after the grader was frozen (README.md). */
export { FORTY_FOURTH_FRESH_CORPUS } from './fresh44/fortyFourthFreshCorpus';

/** The forty-fifth fresh held-out set (ay001–ay060): graded once after the grader was frozen (README.md). */
export { FORTY_FIFTH_FRESH_CORPUS } from './fresh45/fortyFifthFreshCorpus';

/** The forty-sixth fresh held-out set (az001–az060): graded once after the grader was frozen (README.md). */
export { FORTY_SIXTH_FRESH_CORPUS } from './fresh46/fortySixthFreshCorpus';

/** The forty-seventh fresh held-out set (ba001–ba060): graded once after the grader was frozen (README.md). */
export { FORTY_SEVENTH_FRESH_CORPUS } from './fresh47/fortySeventhFreshCorpus';

/** The forty-eighth fresh held-out set (bb001–bb060): graded once after the grader was frozen (README.md). */
export { FORTY_EIGHTH_FRESH_CORPUS } from './fresh48/fortyEighthFreshCorpus';

/** The forty-ninth fresh held-out set (bc001–bc060): graded once after the grader was frozen (README.md). */
export { FORTY_NINTH_FRESH_CORPUS } from './fresh49/fortyNinthFreshCorpus';

/** The fiftieth fresh held-out set (bd001–bd060): graded once after the grader was frozen (README.md). */
export { FIFTIETH_FRESH_CORPUS } from './fresh50/fiftiethFreshCorpus';

/** The fifty-first fresh held-out set (be001–be060): graded once after the grader was frozen (README.md). */
export { FIFTY_FIRST_FRESH_CORPUS } from './fresh51/fiftyFirstFreshCorpus';

/** The fifty-second fresh held-out set (bf001–bf060): graded once after the grader was frozen (README.md). */
export { FIFTY_SECOND_FRESH_CORPUS } from './fresh52/fiftySecondFreshCorpus';

/** The fifty-third fresh held-out set (bg001–bg060): graded once after the grader was frozen (README.md). */
export { FIFTY_THIRD_FRESH_CORPUS } from './fresh53/fiftyThirdFreshCorpus';

/** The fifty-fourth fresh held-out set (bh001–bh060): graded once after the grader was frozen (README.md). */
export { FIFTY_FOURTH_FRESH_CORPUS } from './fresh54/fiftyFourthFreshCorpus';

/** The fifty-fifth fresh held-out set (bi001–bi060): graded once after the grader was frozen (README.md). */
export { FIFTY_FIFTH_FRESH_CORPUS } from './fresh55/fiftyFifthFreshCorpus';

/** The fifty-sixth fresh held-out set (bj001–bj060): graded once after the grader was frozen (README.md). */
export { FIFTY_SIXTH_FRESH_CORPUS } from './fresh56/fiftySixthFreshCorpus';

/** The fifty-seventh fresh held-out set (bk001–bk060): graded once after the grader was frozen (README.md). */
export { FIFTY_SEVENTH_FRESH_CORPUS } from './fresh57/fiftySeventhFreshCorpus';

/** The fifty-eighth fresh held-out set (bl001–bl060): graded once after the grader was frozen (README.md). */
export { FIFTY_EIGHTH_FRESH_CORPUS } from './fresh58/fiftyEighthFreshCorpus';

/** The fifty-ninth fresh held-out set (bm001–bm060): graded once after the grader was frozen (README.md). */
export { FIFTY_NINTH_FRESH_CORPUS } from './fresh59/fiftyNinthFreshCorpus';

/** The sixtieth fresh held-out set (bn001–bn060): graded once after the grader was frozen (README.md). */
export { SIXTIETH_FRESH_CORPUS } from './fresh60/sixtiethFreshCorpus';

/** The sixty-first fresh held-out set (bo001–bo060): graded once after the grader was frozen (README.md). */
export { SIXTY_FIRST_FRESH_CORPUS } from './fresh61/sixtyFirstFreshCorpus';

/** The sixty-second fresh held-out set (bp001–bp060): graded once after the grader was frozen (README.md). */
export { SIXTY_SECOND_FRESH_CORPUS } from './fresh62/sixtySecondFreshCorpus';

/** The sixty-third fresh held-out set (bq001–bq060): graded once after the grader was frozen (README.md). */
export { SIXTY_THIRD_FRESH_CORPUS } from './fresh63/sixtyThirdFreshCorpus';

/** The sixty-fourth fresh held-out set (br001–br060): graded once after the grader was frozen (README.md). */
export { SIXTY_FOURTH_FRESH_CORPUS } from './fresh64/sixtyFourthFreshCorpus';

/** The sixty-fifth fresh held-out set (bs001–bs060): graded once after the grader was frozen (README.md). */
export { SIXTY_FIFTH_FRESH_CORPUS } from './fresh65/sixtyFifthFreshCorpus';

/** The sixty-sixth fresh held-out set (bt001–bt060): graded once after the grader was frozen (README.md). */
export { SIXTY_SIXTH_FRESH_CORPUS } from './fresh66/sixtySixthFreshCorpus';

/** The sixty-seventh fresh held-out set (bu001–bu060): graded once after the grader was frozen (README.md). */
export { SIXTY_SEVENTH_FRESH_CORPUS } from './fresh67/sixtySeventhFreshCorpus';

/** The sixty-eighth fresh held-out set (bv001–bv060): graded once after the grader was frozen (README.md). */
export { SIXTY_EIGHTH_FRESH_CORPUS } from './fresh68/sixtyEighthFreshCorpus';

/** The sixty-ninth fresh held-out set (bw001–bw060): graded once after the grader was frozen (README.md). */
export { SIXTY_NINTH_FRESH_CORPUS } from './fresh69/sixtyNinthFreshCorpus';

/** The seventieth fresh held-out set (bx001–bx060): graded once after the grader was frozen (README.md). */
export { SEVENTIETH_FRESH_CORPUS } from './fresh70/seventiethFreshCorpus';

/** The seventy-first fresh held-out set (by001–by060): graded once after the grader was frozen (README.md). */
export { SEVENTY_FIRST_FRESH_CORPUS } from './fresh71/seventyFirstFreshCorpus';

/** The seventy-second fresh held-out set (bz001–bz060): graded once after the grader was frozen (README.md). */
export { SEVENTY_SECOND_FRESH_CORPUS } from './fresh72/seventySecondFreshCorpus';

/** The seventy-third fresh held-out set (ca001–ca060): graded once after the grader was frozen (README.md). */
export { SEVENTY_THIRD_FRESH_CORPUS } from './fresh73/seventyThirdFreshCorpus';

/** The seventy-fourth fresh held-out set (cb001–cb060): graded once after the grader was frozen (README.md). */
export { SEVENTY_FOURTH_FRESH_CORPUS } from './fresh74/seventyFourthFreshCorpus';

/** The seventy-fifth fresh held-out set (cc001–cc060): graded once after the grader was frozen (README.md). */
export { SEVENTY_FIFTH_FRESH_CORPUS } from './fresh75/seventyFifthFreshCorpus';

/** The seventy-sixth fresh held-out set (cd001–cd060): graded once after the grader was frozen (README.md). */
export { SEVENTY_SIXTH_FRESH_CORPUS } from './fresh76/seventySixthFreshCorpus';

/** The seventy-seventh fresh held-out set (ce001–ce060): graded once after the grader was frozen (README.md). */
export { SEVENTY_SEVENTH_FRESH_CORPUS } from './fresh77/seventySeventhFreshCorpus';

/** The seventy-eighth fresh held-out set (cf001–cf060): graded once after the grader was frozen (README.md). */
export { SEVENTY_EIGHTH_FRESH_CORPUS } from './fresh78/seventyEighthFreshCorpus';

/** The seventy-ninth fresh held-out set (cg001–cg060): graded once after the grader was frozen (README.md). */
export { SEVENTY_NINTH_FRESH_CORPUS } from './fresh79/seventyNinthFreshCorpus';

/** The eightieth fresh held-out set (ch001–ch060): graded once after the grader was frozen (README.md). */
export { EIGHTIETH_FRESH_CORPUS } from './fresh80/eightiethFreshCorpus';

/** The eighty-first fresh held-out set (ci001–ci060): graded once after the grader was frozen (README.md). */
export { EIGHTY_FIRST_FRESH_CORPUS } from './fresh81/eightyFirstFreshCorpus';

/** The eighty-second fresh held-out set (cj001–cj060): graded once after the grader was frozen (README.md). */
export { EIGHTY_SECOND_FRESH_CORPUS } from './fresh82/eightySecondFreshCorpus';

/** The eighty-third fresh held-out set (ck001–ck060): graded once after the grader was frozen (README.md). */
export { EIGHTY_THIRD_FRESH_CORPUS } from './fresh83/eightyThirdFreshCorpus';

/** The eighty-fourth fresh held-out set (cl001–cl060): graded once after the grader was frozen (README.md). */
export { EIGHTY_FOURTH_FRESH_CORPUS } from './fresh84/eightyFourthFreshCorpus';

/** The eighty-fifth fresh held-out set (cm001–cm060): graded once after the grader was frozen (README.md). */
export { EIGHTY_FIFTH_FRESH_CORPUS } from './fresh85/eightyFifthFreshCorpus';

/** The eighty-sixth fresh held-out set (cn001–cn060): graded once after the grader was frozen (README.md). */
export { EIGHTY_SIXTH_FRESH_CORPUS } from './fresh86/eightySixthFreshCorpus';

/** The eighty-seventh fresh held-out set (co001–co060): graded once after the grader was frozen (README.md). */
export { EIGHTY_SEVENTH_FRESH_CORPUS } from './fresh87/eightySeventhFreshCorpus';

/** The eighty-eighth fresh held-out set (cp001–cp060): graded once after the grader was frozen (README.md). */
export { EIGHTY_EIGHTH_FRESH_CORPUS } from './fresh88/eightyEighthFreshCorpus';

/** The eighty-ninth fresh held-out set (cq001–cq060): graded once after the grader was frozen (README.md). */
export { EIGHTY_NINTH_FRESH_CORPUS } from './fresh89/eightyNinthFreshCorpus';

/** The ninetieth fresh held-out set (cr001–cr060): graded once after the grader was frozen (README.md). */
export { NINETIETH_FRESH_CORPUS } from './fresh90/ninetiethFreshCorpus';

/** The ninety-first fresh held-out set (cs001–cs060): graded once after the grader was frozen (README.md). */
export { NINETY_FIRST_FRESH_CORPUS } from './fresh91/ninetyFirstFreshCorpus';

/** The ninety-second fresh held-out set (ct001–ct060): graded once after the grader was frozen (README.md). */
export { NINETY_SECOND_FRESH_CORPUS } from './fresh92/ninetySecondFreshCorpus';

/** The ninety-third fresh held-out set (cu001–cu060): graded once after the grader was frozen (README.md). */
export { NINETY_THIRD_FRESH_CORPUS } from './fresh93/ninetyThirdFreshCorpus';

/** The ninety-fourth fresh held-out set (cv001–cv060): graded once after the grader was frozen (README.md). */
export { NINETY_FOURTH_FRESH_CORPUS } from './fresh94/ninetyFourthFreshCorpus';

/** The ninety-fifth fresh held-out set (cw001–cw060): graded once after the grader was frozen (README.md). */
export { NINETY_FIFTH_FRESH_CORPUS } from './fresh95/ninetyFifthFreshCorpus';

/** The ninety-sixth fresh held-out set (cx001–cx060): graded once after the grader was frozen (README.md). */
export { NINETY_SIXTH_FRESH_CORPUS } from './fresh96/ninetySixthFreshCorpus';

/** The ninety-seventh fresh held-out set (cy001–cy060): graded once after the grader was frozen (README.md). */
export { NINETY_SEVENTH_FRESH_CORPUS } from './fresh97/ninetySeventhFreshCorpus';

/** The ninety-eighth fresh held-out set (cz001–cz060): graded once after the grader was frozen (README.md). */
export { NINETY_EIGHTH_FRESH_CORPUS } from './fresh98/ninetyEighthFreshCorpus';

/** The ninety-ninth fresh held-out set (da001–da060): graded once after the grader was frozen (README.md). */
export { NINETY_NINTH_FRESH_CORPUS } from './fresh99/ninetyNinthFreshCorpus';

/** The hundredth fresh held-out set (db001–db060): graded once after the grader was frozen (README.md). */
export { HUNDREDTH_FRESH_CORPUS } from './fresh100/hundredthFreshCorpus';

/** The hundred-and-first fresh held-out set (dc001–dc060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_FIRST_FRESH_CORPUS } from './fresh101/hundredAndFirstFreshCorpus';

/** The hundred-and-second fresh held-out set (dd001–dd060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_SECOND_FRESH_CORPUS } from './fresh102/hundredAndSecondFreshCorpus';

/** The hundred-and-third fresh held-out set (de001–de060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_THIRD_FRESH_CORPUS } from './fresh103/hundredAndThirdFreshCorpus';

/** The hundred-and-fourth fresh held-out set (df001–df060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_FOURTH_FRESH_CORPUS } from './fresh104/hundredAndFourthFreshCorpus';

/** The hundred-and-fifth fresh held-out set (dg001–dg060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_FIFTH_FRESH_CORPUS } from './fresh105/hundredAndFifthFreshCorpus';

/** The hundred-and-sixth fresh held-out set (dh001–dh060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_SIXTH_FRESH_CORPUS } from './fresh106/hundredAndSixthFreshCorpus';

/** The hundred-and-seventh fresh held-out set (di001–di060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_SEVENTH_FRESH_CORPUS } from './fresh107/hundredAndSeventhFreshCorpus';

/** The hundred-and-eighth fresh held-out set (dj001–dj060): graded once after the grader was frozen (README.md). */
export { HUNDRED_AND_EIGHTH_FRESH_CORPUS } from './fresh108/hundredAndEighthFreshCorpus';
export { HUNDRED_AND_NINTH_FRESH_CORPUS } from './fresh109/hundredAndNinthFreshCorpus';
export { HUNDRED_AND_TENTH_FRESH_CORPUS } from './fresh110/hundredAndTenthFreshCorpus';
export { HUNDRED_AND_ELEVENTH_FRESH_CORPUS } from './fresh111/hundredAndEleventhFreshCorpus';
export { HUNDRED_AND_TWELFTH_FRESH_CORPUS } from './fresh112/hundredAndTwelfthFreshCorpus';
export { HUNDRED_AND_THIRTEENTH_FRESH_CORPUS } from './fresh113/hundredAndThirteenthFreshCorpus';
export { HUNDRED_AND_FOURTEENTH_FRESH_CORPUS } from './fresh114/hundredAndFourteenthFreshCorpus';
export { HUNDRED_AND_FIFTEENTH_FRESH_CORPUS } from './fresh115/hundredAndFifteenthFreshCorpus';
export { HUNDRED_AND_SIXTEENTH_FRESH_CORPUS } from './fresh116/hundredAndSixteenthFreshCorpus';
export { HUNDRED_AND_SEVENTEENTH_FRESH_CORPUS } from './fresh117/hundredAndSeventeenthFreshCorpus';
export { HUNDRED_AND_EIGHTEENTH_FRESH_CORPUS } from './fresh118/hundredAndEighteenthFreshCorpus';
export { HUNDRED_AND_NINETEENTH_FRESH_CORPUS } from './fresh119/hundredAndNineteenthFreshCorpus';
export { HUNDRED_AND_TWENTIETH_FRESH_CORPUS } from './fresh120/hundredAndTwentiethFreshCorpus';
export { HUNDRED_AND_TWENTY_FIRST_FRESH_CORPUS } from './fresh121/hundredAndTwentyFirstFreshCorpus';
export { HUNDRED_AND_TWENTY_SECOND_FRESH_CORPUS } from './fresh122/hundredAndTwentySecondFreshCorpus';
export { HUNDRED_AND_TWENTY_THIRD_FRESH_CORPUS } from './fresh123/hundredAndTwentyThirdFreshCorpus';
export { HUNDRED_AND_TWENTY_FOURTH_FRESH_CORPUS } from './fresh124/hundredAndTwentyFourthFreshCorpus';
export { HUNDRED_AND_TWENTY_FIFTH_FRESH_CORPUS } from './fresh125/hundredAndTwentyFifthFreshCorpus';
export { HUNDRED_AND_TWENTY_SIXTH_FRESH_CORPUS } from './fresh126/hundredAndTwentySixthFreshCorpus';
export { HUNDRED_AND_TWENTY_SEVENTH_FRESH_CORPUS } from './fresh127/hundredAndTwentySeventhFreshCorpus';
export { HUNDRED_AND_TWENTY_EIGHTH_FRESH_CORPUS } from './fresh128/hundredAndTwentyEighthFreshCorpus';
export { HUNDRED_AND_TWENTY_NINTH_FRESH_CORPUS } from './fresh129/hundredAndTwentyNinthFreshCorpus';
export type { AnswerClass, LabelledAnswer } from './corpusTypes';

/** Every labelled answer, in id order. */
export const CORPUS: readonly LabelledAnswer[] = [
  ...STRONG_CORPUS,
  ...MIDDLING_CORPUS,
  ...POOR_CORPUS,
  ...MIXED_CORPUS,
];
