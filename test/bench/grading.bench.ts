/**
 * CPU time of grading a 2,000-word written answer once the language model is loaded (budget:
 * median 20 ms), the one-off cost of loading the model and of the first, cold grade, and the
 * grader's figures on its labelled corpus (training, the old held-out fifth, the fresh sets).
 * Run: npx tsx test/bench/grading.bench.ts   (report the load average it prints)
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { OWN_STRONG, SEED_STRONG } from '../../sim-engine/grading/answers.fixture';
import {
  CORPUS,
  FRESH_CORPUS,
  isHeldOut,
  SECOND_FRESH_CORPUS,
  THIRD_FRESH_CORPUS,
  FOURTH_FRESH_CORPUS,
  FIFTH_FRESH_CORPUS,
  SIXTH_FRESH_CORPUS,
  SEVENTH_FRESH_CORPUS,
  EIGHTH_FRESH_CORPUS,
  NINTH_FRESH_CORPUS,
  TENTH_FRESH_CORPUS,
  ELEVENTH_FRESH_CORPUS,
  TWELFTH_FRESH_CORPUS,
} from '../../sim-engine/grading/corpus/corpus';
import type { LabelledAnswer } from '../../sim-engine/grading/corpus/corpus';
import { AWAITING_FIRST_EVALUATION } from '../../sim-engine/grading/corpus/awaitingEvaluation';
import { FRESH_SET_RECORDS } from '../../sim-engine/grading/corpus/freshSetRecords';
import { GAMING_PROBES } from '../../sim-engine/grading/corpus/probes/gamingProbes';
import { RED_TEAM_CORPUS } from '../../sim-engine/grading/corpus/redteam/redTeamAnswers';
import { RED_TEAM_T_CORPUS } from '../../sim-engine/grading/corpus/redteam2/redTeamAnswersT';
import { RED_TEAM_V_CORPUS } from '../../sim-engine/grading/corpus/redteam3/redTeamAnswersV';
import { RED_TEAM_W_CORPUS } from '../../sim-engine/grading/corpus/redteam4/redTeamAnswersW';
import { RED_TEAM_Z_CORPUS } from '../../sim-engine/grading/corpus/redteam5/redTeamAnswersZ';
import {
  evaluate,
  precision,
  recall,
  targetMisses,
} from '../../sim-engine/grading/corpus/evaluate';
import { gradeAnswer, loadLanguageModel } from '../../sim-engine/grader';
import { fixtureScenario } from '../../sim-engine/testing/fixtures';
import { median, report } from './measure';

const REPEATS = 61;
/**
 * Grades before measuring. The JavaScript engine compiles the grader's and the model's hot code
 * on background threads during roughly the first thirty grades, and process CPU time counts
 * those threads; with 5 warm-up grades (this bench before 2026-12-01) the median still carried
 * that compiling (26–31 ms under load 13, against 21–22 ms with 30 and 14–15 ms with 30 and 201).
 * The budget is for grading after the model is loaded, so the bench measures the settled grader
 * and reports the cold first grade on its own line.
 */
const WARM_UP = 50;
const WORDS = 2_000;

function answerOf(words: number): string {
  const pool = [SEED_STRONG, ...OWN_STRONG.map(({ text }) => text)].join('\n\n').split(/\s+/);
  return Array.from({ length: words }, (_, i) => pool[i % pool.length]).join(' ');
}

/**
 * The answer above is the fixtures' 1,054 words run together on one line, and again: half of its
 * sentences are repeats, and it has no paragraphs, bullets or headings. A candidate's long answer
 * has none of that ease, so the bench also grades 2,000 words of distinct strong answers from the
 * labelled corpus (its first ones, whole, as written, then cut at the 2,000th word).
 */
function writtenAnswerOf(words: number): string {
  const strong = CORPUS.filter((answer) => answer.class === 'strong').map(({ text }) => text);
  const pieces: string[] = [];
  let count = 0;
  for (const text of strong) {
    if (count >= words) break;
    pieces.push(text);
    count += text.split(/\s+/).filter(Boolean).length;
  }
  return cutAtWord(pieces.join('\n\n'), words);
}

function cutAtWord(text: string, words: number): string {
  const word = /\S+/g;
  let seen = 0;
  while (word.exec(text) !== null) if (++seen === words) return text.slice(0, word.lastIndex);
  return text;
}

const loadStart = performance.now();
loadLanguageModel();
report(
  'loading the language model (once, in the worker at start)',
  performance.now() - loadStart,
  'ms',
);

const scenario = fixtureScenario();
measureGrades(answerOf(WORDS), `${WORDS}-word answer`);
measureGrades(writtenAnswerOf(WORDS), `${WORDS} words of written answers`);

/** The first grade's CPU time, then wall and CPU medians of REPEATS grades after WARM_UP. */
function measureGrades(answer: string, name: string): void {
  const coldBefore = process.cpuUsage();
  gradeAnswer(answer, scenario);
  const cold = process.cpuUsage(coldBefore);
  report(`gradeAnswer, ${name}, first grade: CPU`, (cold.user + cold.system) / 1000, 'ms');
  for (let i = 1; i < WARM_UP; i++) gradeAnswer(answer, scenario);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    gradeAnswer(answer, scenario);
    const cpu = process.cpuUsage(cpuBefore);
    times.push(performance.now() - start);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  report(`gradeAnswer, ${name}, loaded: wall (median of ${REPEATS})`, median(times), 'ms');
  // On a shared machine wall time includes waiting for a core; CPU time is the grader's own work.
  report(`gradeAnswer, ${name}, loaded: CPU (median of ${REPEATS})`, median(cpuTimes), 'ms');
  const sorted = [...cpuTimes].sort((a, b) => a - b);
  report(`  the same: 10th–90th percentile spread`, (sorted[54] ?? 0) - (sorted[6] ?? 0), 'ms');
}
console.log(
  `load average (1, 5, 15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`,
);

// The labelled corpus (corpus/README.md): the training answers, the old held-out fifth (id ≡ 3
// mod 5; seen, so no longer unseen) and the three fresh sets f001–f030, g001–g030 and h001–h040
// (each held out for one evaluation, then tuned on), and all of them together. The fourth set
// k001–k040 (fresh4/) was graded once at 2a8e48f and the fifth m001–m040 (fresh5/) once at
// 8126f31, the sixth n001–n040 (fresh6/) once at 8915003 and the seventh p001–p040 (fresh7/)
// once at 577e305 and the eighth q001–q040 (fresh8/) once at 7299ef5; all are training now (385
// answers). The ninth r001–r040 (fresh9/), graded once at 24e9f4b, the red-team set s001–s020
// (redteam/, a blind author's tricks for scoring without committing, and committed answers in
// unusual forms) and the lead's gaming probes g901–g910 (probes/), graded at 7299ef5 and
// 24e9f4b, are training since the tenth protocol (425 + 30 answers). The tenth set u001–u040
// (fresh10/) and the second red team t001–t020 (redteam2/), graded once at 7a35daa, are training
// since the eleventh protocol, the third red team v001–v020 (redteam3/), graded once at a1b15d4,
// since the twelfth, the eleventh set x001–x040 (fresh11/) and the fourth red team w001–w020
// (redteam4/), graded once at 29dad6e, since the thirteenth, the twelfth set y001–y040 (fresh12/)
// and the fifth red team z001–z020 (redteam5/), graded once at c37f5c9, since the fourteenth
// (y021–y040 held back from tuning by the grader's author, grader14), the thirteenth set
// e001–e060 (fresh13/, three authors), graded once at 1d1d7f3, since the fifteenth, the
// fourteenth set j001–j060 (fresh14/, three authors), graded once at 81d3c18, since the sixteenth
// (j041–j060 held back from tuning by the grader's author, grader16), the fifteenth set
// a001–a060 (fresh15/, three authors), graded once at af2a146, since the seventeenth (a001–a020
// held back by the grader's author, grader17), the sixteenth set d001–d060 (fresh16/, three
// authors), graded once at 784cc1c, since the eighteenth (d001–d020 held back, grader18), the
// seventeenth set b001–b060 (fresh17/, three authors), graded once at d1fdd4c, since the
// nineteenth (b001–b020 held back, grader19), the eighteenth set i001–i060 (fresh18/, three
// authors), graded once at e121d07, since the twentieth (i021–i040 held back, grader20), the
// nineteenth set l001–l060 (fresh19/, three authors), graded once at c4f31d4, since the
// twenty-first (l041–l060 held back, grader21), the twentieth set o001–o060 (fresh20/, three
// authors), graded once at ef6470d, since the twenty-second (o041–o060 held back, grader22). The
// twenty-first set aa001–aa060 (fresh21/, three authors), graded once at 517d01a, since the
// twenty-third (aa041–aa060 held back, grader23). The twenty-second set ab001–ab060 (fresh22/,
// three authors), graded once at 70118de, since the twenty-fourth (ab001–ab020 held back,
// grader25), the twenty-third set ac001–ac060 (fresh23/, three authors), graded once at 25b5087,
// since the twenty-fifth (ac001–ac020 except ac014 held back, grader26), the twenty-fourth set
// ad001–ad060 (fresh24/, three authors), graded once at 1a800d0, since the twenty-sixth
// (ad041–ad060 held back, grader27), the twenty-fifth set ae001–ae060 (fresh25/, three
// authors), graded once at dd29dac, since the twenty-seventh (ae041–ae060 held back, grader28).
// The twenty-sixth set af001–af060 (fresh26/, three authors), graded once at b16b32e, since the
// twenty-eighth (af041 and af043–af060 held back, grader29), the twenty-seventh set ag001–ag060
// (fresh27/, three authors), graded once at 4d73087, since the twenty-ninth (ag001–ag020 held
// back, grader30), the twenty-eighth set ah001–ah060 (fresh28/, three authors), graded once at
// 8dec8c6, since the thirtieth (ah041–ah060 held back, grader31), the twenty-ninth set
// ai001–ai060 (fresh29/, three authors), graded once at b3b3c74, since the thirty-first
// (ai001–ai012 and ai014–ai020 held back, grader32), the thirtieth set aj001–aj060 (fresh30/,
// three authors), graded once at 8700f6f, since the thirty-second (aj001–aj005, aj007–aj017,
// aj019 and aj020 held back, grader33), the thirty-first set ak001–ak060 (fresh31/, three
// authors), graded once at 693ae00, since the thirty-third (ak041–ak060 held back, grader34),
// the thirty-second set al001–al060 (fresh32/, three authors), graded once at ebf5216, since the
// thirty-fourth (al021–al023 and al025–al040 held back, grader35), the thirty-third set
// am001–am060 (fresh33/, three authors), graded once at 566abc2, since the thirty-fifth
// (am021–am040 held back, grader36), the thirty-fourth set an001–an060 (fresh34/, three
// authors), graded once at 7f042c0, since the thirty-sixth (an041–an046 and an048–an060 held
// back, grader37), the thirty-fifth set ao001–ao060 (fresh35/, three authors), graded once at
// d008666, since the thirty-seventh (ao021–ao040 held back, grader38), the thirty-sixth set
// ap001–ap060 (fresh36/, three authors), graded once at dca7b29, since the thirty-eighth
// (ap041–ap057 and ap059–ap060 held back, grader39), the thirty-seventh set aq001–aq060
// (fresh37/, three authors), graded once at 998c6f0, since the thirty-ninth (aq021–aq040 held
// back, grader40), the thirty-eighth set ar001–ar060 (fresh38/, three authors), graded once at
// 61b4d52, since the fortieth (ar001–ar020 held back, grader41), the thirty-ninth set
// as001–as060 (fresh39/, three authors), graded once at 9d7b3c4, since the forty-first
// (as041–as060 held back, grader42), the fortieth set at001–at060 (fresh40/, three authors),
// graded once at 9ca5560, since the forty-second (at041–at060 held back, grader43), the
// forty-first set au001–au060 (fresh41/, three authors), graded once at 46bcdf4, since the
// forty-third (au001–au020 held back, grader44), the forty-second set av001–av060 (fresh42/,
// three authors), graded once at 5cd49ff, since the forty-fourth (av041–av060 held back,
// grader45), the forty-third set aw001–aw060 (fresh43/, three authors), graded once at 4d6f44e,
// since the forty-fifth (aw021–aw040 held back, grader46), the forty-fourth set ax001–ax060
// (fresh44/, three authors), graded once at c2af1c1, since the forty-sixth (ax021–ax040 held
// back, grader47), the forty-fifth set ay001–ay060 (fresh45/, three authors), graded once at
// c1b52b1, since the forty-seventh (ay041–ay060 held back, grader48), the forty-sixth set
// az001–az060 (fresh46/, three authors), graded once at 7f5124c, since the forty-eighth
// (az001–az004 and az006–az020 held back, grader49), the forty-seventh set ba001–ba060
// (fresh47/, three authors), graded once at 3096b43, since the forty-ninth (ba001–ba014 and
// ba016–ba020 held back, grader50), the forty-eighth set bb001–bb060 (fresh48/, three authors),
// graded once at 6ad77c3, since the fiftieth (bb021–bb040 held back, grader51), the forty-ninth
// set bc001–bc060 (fresh49/, three authors), graded once at a351e1c, since the fifty-first
// (bc001–bc020 held back, grader52), the fiftieth set bd001–bd060 (fresh50/, three authors),
// graded once at 8b21ef2, since the fifty-second (bd001–bd020 held back, grader53), the
// fifty-first set be001–be060 (fresh51/, three authors), graded once at 7ceb596, since the
// fifty-third (be041–be060 held back, grader54), the fifty-second set bf001–bf060 (fresh52/,
// three authors), graded once at aad9901, since the fifty-fourth (bf021–bf040 held back,
// grader55), the fifty-third set bg001–bg060 (fresh53/, three authors), graded once at 0c00d11,
// since the fifty-fifth (bg041–bg060 held back, grader56), the fifty-fourth set bh001–bh060
// (fresh54/, three authors), graded once at 64feed5, since the fifty-sixth (bh021–bh040 held back,
// grader57), the fifty-fifth set bi001–bi060 (fresh55/, three authors), graded once at 2b5fdf4,
// since the fifty-seventh (bi001–bi020 held back, grader58), the fifty-sixth set bj001–bj060
// (fresh56/, three authors), graded once at 8129b7f, since the fifty-eighth (bj001–bj020 held
// back, grader59), the fifty-seventh set bk001–bk060 (fresh57/, three authors), graded once at
// 3b7ac3c, since the fifty-ninth (bk001–bk020 held back, grader60), the fifty-eighth set
// bl001–bl060 (fresh58/, three authors), graded once at 5015629, since the sixtieth (bl001–bl020
// held back, grader61), the fifty-ninth set bm001–bm060 (fresh59/, three authors), graded once at
// 9e4dc94, since the sixty-first (bm001–bm020 held back, grader62), the sixtieth set bn001–bn060
// (fresh60/, three authors), graded once at a5afe44, since the sixty-second (bn041–bn060 held
// back, grader63), the sixty-first set bo001–bo060 (fresh61/, three authors), graded once at
// 7e84bbe, since the sixty-third (bo041–bo060 held back, grader64), the sixty-second set
// bp001–bp060 (fresh62/, three authors), graded once at 2e53d75, since the sixty-fourth
// (bp041–bp060 held back, grader65), the sixty-third set bq001–bq060 (fresh63/, three authors),
// graded once at fde16cb, since the sixty-fifth (bq001–bq020 held back, grader66), the
// sixty-fourth set br001–br060 (fresh64/, three authors), graded once at ed7ef87, since the
// sixty-sixth (br021–br040 held back, grader67), the sixty-fifth set bs001–bs060 (fresh65/, three
// authors), graded once at 62371c6, since the sixty-seventh (bs041–bs060 held back, grader68), the
// sixty-sixth set bt001–bt060 (fresh66/, three authors), graded once at 21a891d, since the
// sixty-eighth (bt021–bt040 held back, grader69), the sixty-seventh set bu001–bu060 (fresh67/,
// three authors), graded once at 3e416e1, since the sixty-ninth (bu021–bu040 held back, grader70),
// the sixty-eighth set bv001–bv060 (fresh68/, three authors), graded once at 70a8579, since the
// seventieth (bv021–bv040 held back, grader71), the sixty-ninth set bw001–bw060 (fresh69/, three
// authors), graded once at ba70205, since the seventy-first (bw001–bw020 held back, grader72), the
// seventieth set bx001–bx060 (fresh70/, three authors), graded once at 27e095d, since the
// seventy-second (bx041–bx060 held back, grader73), the seventy-first set by001–by060 (fresh71/,
// three authors), graded once at 3fdcaa7, since the seventy-third (by021–by040 held back,
// grader74), the seventy-second set bz001–bz060 (fresh72/, three authors), graded once at
// 3fabe61, since the seventy-fourth (bz001–bz020 held back, grader75), the seventy-third set
// ca001–ca060 (fresh73/, three authors), graded once at 9ed223b, since the seventy-fifth
// (ca041–ca060 held back, grader76), the seventy-fourth set cb001–cb060 (fresh74/, three
// authors), graded once at 6cc4042, since the seventy-sixth (cb021–cb040 held back, grader77),
// the seventy-fifth set cc001–cc060 (fresh75/, three authors), graded once at 6f285bd, since the
// seventy-seventh (cc001–cc020 held back, grader78), the seventy-sixth set cd001–cd060 (fresh76/,
// three authors), graded once at f787afe, since the seventy-eighth (cd041–cd060 held back,
// grader79), the seventy-seventh set ce001–ce060 (fresh77/, three authors), graded once at
// 006a1d1, since the seventy-ninth (ce021–ce040 held back, grader80), the seventy-eighth set
// cf001–cf060 (fresh78/, three authors), graded once at 8aa902a, since the eightieth (cf001–cf020
// held back, grader81), the seventy-ninth set cg001–cg060 (fresh79/, three authors), graded once
// at 290f69a, since the eighty-first (cg041–cg060 held back, grader82), the eightieth set
// ch001–ch060 (fresh80/, three authors), graded once at 9192a47, since the eighty-second
// (ch021–ch040 held back, grader83), the eighty-first set ci001–ci060 (fresh81/, three authors),
// graded once at b5c78ce, since the eighty-third (ci001–ci020 held back, grader84), the
// eighty-second set cj001–cj060 (fresh82/, three authors), graded once at 4887e40, since the
// eighty-fourth (cj041–cj060 held back, grader85), the eighty-third set ck001–ck060 (fresh83/,
// three authors), graded once at bfd28d6, since the eighty-fifth (ck021–ck040 held back,
// grader86), the eighty-fourth set cl001–cl060 (fresh84/, three authors), graded once at
// 81907fb, since the eighty-sixth (cl001–cl020 held back, grader87), the eighty-fifth set
// cm001–cm060 (fresh85/, three authors), graded once at 6628583, since the eighty-seventh
// (cm041–cm060 held back, grader88), the eighty-sixth set cn001–cn060 (fresh86/, three authors),
// graded once at da5c278, since the eighty-eighth (cn021–cn040 held back, grader89), the
// eighty-seventh set co001–co060 (fresh87/, three authors), graded once at e8f9342, since the
// eighty-ninth (co001–co020 held back, grader90), the eighty-eighth set cp001–cp060 (fresh88/,
// three authors), graded once at f725524, since the ninetieth (cp041–cp060 held back, grader91),
// the eighty-ninth set cq001–cq060 (fresh89/, three authors), graded once at 386d26c, since the
// ninety-first (cq021–cq040 held back, grader92), the ninetieth set cr001–cr060 (fresh90/, three
// authors), graded once at 504cc42, since the ninety-second (cr001–cr020 held back, grader93), the
// ninety-first set cs001–cs060 (fresh91/, three authors), graded once at da03f49, since the
// ninety-third (cs041–cs060 held back, grader94), the ninety-second set ct001–ct060 (fresh92/,
// three authors), graded once at 8831ab2, since the ninety-fourth (ct021–ct040 held back,
// grader95), the ninety-third set cu001–cu060 (fresh93/, three authors), graded once at 5f87b5d,
// since the ninety-fifth (cu001–cu020 held back, grader96), the ninety-fourth set cv001–cv060
// (fresh94/, three authors), graded once at 114775a, since the ninety-sixth (cv041–cv060 held
// back, grader97), the ninety-fifth set cw001–cw060 (fresh95/, three authors), graded once at
// 5679276, since the ninety-seventh (cw001–cw020 held back, grader98), the ninety-sixth set
// cx001–cx060 (fresh96/, three authors), graded once at 28b191e, since the ninety-eighth
// (cx021–cx040 held back, grader99), the ninety-seventh set cy001–cy060 (fresh97/, three
// authors), graded once at 1e0d36e, since the ninety-ninth (cy001–cy020 held back, grader100),
// the ninety-eighth set cz001–cz060 (fresh98/, three authors), graded once at 9c2d508, since the
// hundredth (cz001–cz020 held back, grader101), the ninety-ninth set da001–da060 (fresh99/, three
// authors), graded once at 655442c, since the hundred-and-first (da041–da060 held back,
// grader102), the hundredth set db001–db060 (fresh100/, three authors), graded once at 2df5eef,
// since the hundred-and-second (db021–db040 held back, grader103), the hundred-and-first set
// dc001–dc060 (fresh101/, three authors), graded once at 968a418, since the hundred-and-third
// (dc001–dc020 held back, grader104), the hundred-and-second set dd001–dd060 (fresh102/, three
// authors), graded once at 76de38b, since the hundred-and-fourth (dd041–dd060 held back,
// grader105), the hundred-and-third set de001–de060 (fresh103/, three authors), graded once at
// 152694a, since the hundred-and-fifth (de021–de040 held back, grader106), the hundred-and-fourth
// set df001–df060 (fresh104/, three authors), graded once at fa3ed046, since the hundred-and-sixth
// (df001–df020 held back, grader107), the hundred-and-fifth set dg001–dg060 (fresh105/, three
// authors), graded once at cf06f911, since the hundred-and-seventh (dg021–dg040 held back,
// grader108), the hundred-and-sixth set dh001–dh060 (fresh106/, three authors), graded once at
// b4f8ffcb, since the hundred-and-eighth (dh041–dh060 held back, grader109), the
// hundred-and-seventh set di001–di060 (fresh107/, three authors), graded once at 54f9845a,
// since the hundred-and-ninth (di021–di040 held back, grader110), the hundred-and-eighth set
// dj001–dj060 (fresh108/, three authors), graded once at 32d213d1, since the hundred-and-tenth
// (dj001–dj020 held back, grader111), the hundred-and-ninth set dk001–dk060 (fresh109/, three
// authors), graded once at b9877d97, since the hundred-and-eleventh (dk041–dk060 held back,
// grader112), the hundred-and-tenth set dl001–dl060 (fresh110/, three authors), graded once
// at 3c8c3203, since the hundred-and-twelfth (dl021–dl040 held back, grader113), the
// hundred-and-eleventh set dm001–dm060 (fresh111/, three authors), graded once at b48f3ddf,
// since the hundred-and-thirteenth (dm001–dm020 held back, grader114), the hundred-and-twelfth
// set dn001–dn060 (fresh112/, three authors), graded once at 1ee816bb, since the
// hundred-and-fourteenth (dn041–dn060 held back, grader115), the hundred-and-thirteenth set
// do001–do060 (fresh113/, three authors), graded once at 03714429, since the
// hundred-and-fifteenth (do021–do040 held back, grader116), the hundred-and-fourteenth set
// dp001–dp060 (fresh114/, three authors), graded once at c7c2f737, since the
// hundred-and-sixteenth (dp001–dp020 held back, grader117), the hundred-and-fifteenth set
// dq001–dq060 (fresh115/, three authors), graded once at a90af5e6, since the
// hundred-and-seventeenth (dq041–dq060 held back, grader118), the hundred-and-sixteenth set
// dr001–dr060 (fresh116/, three authors), graded once at a083bc97, since the
// hundred-and-eighteenth (dr021–dr040 held back, grader119), the hundred-and-seventeenth set
// ds001–ds060 (fresh117/, three authors), graded once at 898116c4, since the
// hundred-and-nineteenth (ds001–ds020 held back, grader120), the hundred-and-eighteenth set
// dt001–dt060 (fresh118/, three authors), graded once at fbd01e47, since the
// hundred-and-twentieth (dt041–dt060 held back, grader121), the hundred-and-nineteenth set
// du001–du060 (fresh119/, three authors), graded once at 196f00c2, since the
// hundred-and-twenty-first (du021–du040 held back, grader122), the hundred-and-twentieth set
// dv001–dv060 (fresh120/, three authors), graded once at 6824a2ab, since the
// hundred-and-twenty-second (dv001–dv020 held back, grader123), the hundred-and-twenty-first set
// dw001–dw060 (fresh121/, three authors), graded once at 2ad1a2a6, since the
// hundred-and-twenty-third (dw041–dw060 held back, grader124), the hundred-and-twenty-second set
// dx001–dx060 (fresh122/, three authors), graded once at bf2b9185, since the
// hundred-and-twenty-fourth (dx021–dx040 held back, grader125), the hundred-and-twenty-third set
// dy001–dy060 (fresh123/, three authors), graded once at 718b236f, since the
// hundred-and-twenty-fifth (dy001–dy020 held back, grader126), the hundred-and-twenty-fourth set
// dz001–dz060 (fresh124/, three authors), graded once at e7a03aed, since the
// hundred-and-twenty-sixth (dz041–dz060 held back, grader127), the hundred-and-twenty-fifth set
// ea001–ea060 (fresh125/, three authors), graded once at b1ce06cd, since the
// hundred-and-twenty-seventh (ea021–ea040 held back, grader128), the hundred-and-twenty-sixth set
// eb001–eb060 (fresh126/, three authors), graded once at 7d1644a1, since the
// hundred-and-twenty-eighth (eb001–eb020 held back, grader129), the hundred-and-twenty-seventh set
// ec001–ec060 (fresh127/, three authors), graded once at 3e95a513, since the
// hundred-and-twenty-ninth (ec041–ec060 held back, grader130), the hundred-and-twenty-eighth set
// ed001–ed060 (fresh128/, three authors), graded once at 0b111a67, since the
// hundred-and-thirtieth (ed021–ed040 held back, grader131). The hundred-and-twenty-ninth set
// ee001–ee060 (fresh129/, three authors) is held out: written blind, landed sealed, graded after
// the grader was frozen (grader131).
/** Records before this one are listed by hand above, with the red teams between them. */
const FIRST_RECORD_LISTED = 12;
const SEEN = ' (seen, now training)';
const awaiting = AWAITING_FIRST_EVALUATION;
const HELD_OUT = ' (held out, never seen)';
const corpusScenarios = { model: scenario, service: fixtureScenario({ changeKind: 'backend' }) };
const sets: (readonly [string, readonly LabelledAnswer[]])[] = [
  ['training', CORPUS.filter((answer) => !isHeldOut(answer))],
  ['old held-out (seen before)', CORPUS.filter(isHeldOut)],
  ['first fresh set (seen, now training)', FRESH_CORPUS],
  ['second fresh set (seen, now training)', SECOND_FRESH_CORPUS],
  ['third fresh set (seen, now training)', THIRD_FRESH_CORPUS],
  ['fourth fresh set (seen, now training)', FOURTH_FRESH_CORPUS],
  ['fifth fresh set (seen, now training)', FIFTH_FRESH_CORPUS],
  ['sixth fresh set (seen, now training)', SIXTH_FRESH_CORPUS],
  ['seventh fresh set (seen, now training)', SEVENTH_FRESH_CORPUS],
  ['eighth fresh set (seen, now training)', EIGHTH_FRESH_CORPUS],
  [
    'all training sets together',
    [
      ...CORPUS,
      ...FRESH_CORPUS,
      ...SECOND_FRESH_CORPUS,
      ...THIRD_FRESH_CORPUS,
      ...FOURTH_FRESH_CORPUS,
      ...FIFTH_FRESH_CORPUS,
      ...SIXTH_FRESH_CORPUS,
      ...SEVENTH_FRESH_CORPUS,
      ...EIGHTH_FRESH_CORPUS,
      ...NINTH_FRESH_CORPUS,
    ],
  ],
  ['ninth fresh set (seen, now training)', NINTH_FRESH_CORPUS],
  ['red-team probes (seen, now training)', RED_TEAM_CORPUS],
  ['gaming probes by the lead (seen, now training)', GAMING_PROBES],
  ['tenth fresh set (seen, now training)', TENTH_FRESH_CORPUS],
  ['second red team (seen, now training)', RED_TEAM_T_CORPUS],
  ['third red team (seen, now training)', RED_TEAM_V_CORPUS],
  ['eleventh fresh set (seen, now training)', ELEVENTH_FRESH_CORPUS],
  ['fourth red team (seen, now training)', RED_TEAM_W_CORPUS],
  ['twelfth fresh set (seen, now training)', TWELFTH_FRESH_CORPUS],
  ['fifth red team (seen, now training)', RED_TEAM_Z_CORPUS],
  // The thirteenth set on, in the records' order: each seen since its one evaluation but the
  // newest, which is held out: the set awaiting its evaluation, or else the last recorded.
  ...FRESH_SET_RECORDS.slice(FIRST_RECORD_LISTED).map(
    (set, i, listed) =>
      [
        set.name.replace(
          / \(.*\)$/,
          awaiting === null && i === listed.length - 1 ? HELD_OUT : SEEN,
        ),
        set.answers,
      ] as const,
  ),
  ...(awaiting === null ? [] : [[`${awaiting.name}${HELD_OUT}`, awaiting.answers] as const]),
];
for (const [name, set] of sets) {
  const evaluation = evaluate(set, corpusScenarios);
  console.log(`\ncorpus, ${name}: ${set.length} answers`);
  for (const tally of evaluation.points) {
    const counts = `tp ${tally.truePositives}, fp ${tally.falsePositives}, fn ${tally.falseNegatives}`;
    console.log(
      `  ${tally.point.padEnd(14)} precision ${precision(tally).toFixed(2)}  recall ${recall(tally).toFixed(2)}  (${counts})`,
    );
  }
  for (const [kind, range] of evaluation.classes) {
    console.log(`  ${kind.padEnd(14)} ${range.count} answers, scores ${range.min}–${range.max}`);
  }
  const misses = targetMisses(evaluation);
  console.log(`  score targets missed: ${misses.length === 0 ? 'none' : ''}`);
  for (const miss of misses) {
    console.log(`    ${miss.id} (${miss.class}) scores ${miss.score}: target ${miss.target}`);
  }
}
