import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-third fresh set, author c: middling, weak, salad, negated, misconception-led and
 * off-topic answers (ca048–ca060), written blind and labelled by hand before any grading.
 */
export const SEVENTY_THIRD_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak (service) · surf-school PM in writing, light Pidgin; wave-named stages; "pull um" limits; vague rollback
  {
    id: 'ca048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Da part I care about most: dis thing slow down over one day, and da service only restart on deploys.',
      'Who goes first: our own staff seller accounts, because we can look at every listing ourselves. Den da sellers who wen opt in to try new features early. Den small sellers. Da big power sellers wit thousands of listings last, because dey get da most buyers on dose pages and dey da ones who call us angry.',
      'Limits, written down before we start and not changed after: if resized-image errors go more than 0.5 percent past what we get now, we pull um. If p99 image latency go more than 200 ms past what we get now, we pull um. If listing page views per session drop more than 2 percent under baseline, we pull um.',
      'Stages: da shore break, staff only; da inside, 5 percent; da outside, 25 percent and up. We hold at least 48 hours on each one wit no restarts in between, because one memory leak only show after hours. Thursday stay too soon and I going tell da team dat.',
      'If something look bad, we go back.',
    ].join('\n'),
  },
  // support-model-upgrade (model) · Hawaii Pidgin register in speech; interview transcript; random slice, no numbers, vague rollback
  {
    id: 'ca049',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Interviewer: How would you run it?',
      'Candidate: First, I stay in my lane. I da PM, so I decide who we expose and how we judge um. Engineering own da routing, da deploy and da flags, and I no mess wit dat.',
      'Interviewer: Who gets it?',
      'Candidate: We take one random 5 percent of conversations and turn um on. Den mo bumbai.',
      'Interviewer: What do you watch?',
      'Candidate: Beyond errors, I gate on two model things. Hallucination rate from da eval harness, da long payslip questions especially, because da offline evals only wen go up on da short ones. And cost per conversation, because Finance already asking. If either one come out worse, we no go bigger.',
      'Interviewer: And if it goes wrong?',
      'Candidate: We go back to da old one.',
      'Interviewer: Does the canary tell you the bigger model helps?',
      'Candidate: No, brah. Canary just say stay safe. Fo da "better", we run one randomised A/B test afterwards, bigger model versus da old one, on how many questions get resolved.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts (service) · Hawaii Pidgin register in speech, monologue; wave-named stages, Friday-dinner holds, shaka sign-off, pager rollback; no cohort order, no numbers
  {
    id: 'ca050',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Payments, brah, so I like go careful. We turn da new SDK on fo one slice of orders and step um up.',
      "Shore break first, den da inside, den da outside, den everybody. At each one we hold through one full Friday dinner rush, because dat's when da bursts going show, and nobody move up until da stage gate stay clean.",
      'Before each step, me and Pua, da payments engineering lead, both give it da shaka. If only one of us like um, we wait.',
      'We keep one eye on payment failures and wallet payments on da dashboard da whole time.',
      'And if stay bad, Friday 7 p.m. or Sunday 3 a.m., whoever get da pager switch back to da old SDK wit da remote flag. Take couple minutes, no app release, and dey no need ask me or anybody.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · Hawaii Pidgin register in speech, short monologue; commits to nothing concrete
  {
    id: 'ca051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Ho, dis one I would just take um easy. Da cheaper model probably fine, but you never know wit AI, yeah?',
      'So we put um out little by little, see how da vets feel, and if get plenny complaints we go back.',
      'I would talk wit da team and make sure everybody stay on da same page before we go. Communication da key, brah.',
    ].join('\n'),
  },
  // pricing-page-healthy (service) · Hawaii Pidgin register in speech; short interview transcript; vague
  {
    id: 'ca052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Interviewer: How would you run the canary for the pricing page?',
      'Candidate: Honestly, pricing page, nothing in da backend change, so stay low risk.',
      "Interviewer: Anything you'd watch?",
      'Candidate: Da usual stuff. Make sure stay looking good on phones.',
      'Interviewer: And before Friday?',
      'Candidate: Get um out little bit early, check wit marketing, make sure everybody happy. If something funny, we fix um.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · voice vocabulary (wave stages, shaka, pager, swell week) strung as fragments; no committed sentence
  {
    id: 'ca053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Shore break, inside, outside. Canary.',
      '1 % 5 % 25 % 50 % 100 %. Shaka shaka.',
      'Pager, old model, switch back, config flag, five minutes.',
      'Thresholds 0.5 % 200 ms 2 % baseline. p95, thumbs-down, eval harness, hallucination rate, token cost.',
      'German, formal, Sie, du, warm prompt, locale.',
      'PM owns, engineering owns, cohort order, internal, early access, high-value last.',
      'One full swell week. A/B, randomised, safe not better.',
      'Da kine. Pau.',
    ].join('\n'),
  },
  // search-tail-latency (service) · interview transcript whose answers are keyword lists; no committed sentence
  {
    id: 'ca054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Interviewer: How would you run it?',
      'Candidate: Canary, brah. Index, layout, p99, tail, filters, rare queries.',
      'Interviewer: Cohorts?',
      'Candidate: Staff, early access, power users, institutions, free tier, last, first, random.',
      'Interviewer: Limits?',
      'Candidate: 0.5 %, 200 ms, 2 %, baseline, before, pull um.',
      'Interviewer: Stages?',
      'Candidate: Shore break, inside, outside, hold, gate, swell week, lessons.',
      'Interviewer: Sign-off and rollback?',
      'Candidate: Shaka, shaka, pager, old index, switch, minutes, any hour.',
      'Interviewer: A/B?',
      'Candidate: Safe, better, randomised, afterwards.',
    ].join('\n'),
  },
  // booking-purchases-lag (service) · Hawaii Pidgin register in speech, monologue; every practice named only to be rejected
  {
    id: 'ca055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'I going be straight about what I would not do wit dis booking page.',
      'I no going split out one cohort. No staff first, no early-access group, nobody saved fo last, and no random 1 percent either.',
      'I no going write down rollback numbers before we start.',
      'I no going stop at 5 percent or 25 percent, and I no going hold one full swell week anywhere.',
      'Nobody going give it da shaka between stages, because get no stages.',
      'Nobody on call going get one switch fo flip back to da old page.',
      'And I not going follow um up wit one A/B test.',
      "Dat's my answer.",
    ].join('\n'),
  },
  // lunch-peak-recommendations (model) · Hawaii Pidgin register in speech; interview transcript; every practice named only to be rejected
  {
    id: 'ca056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Interviewer: Who owns what?',
      'Candidate: I no going draw one line between me and engineering on dis.',
      'Interviewer: Cohorts?',
      'Candidate: No staff first, no beta group, no saving da big subscribers fo last.',
      'Interviewer: Limits?',
      'Candidate: Not going fix numbers ahead of time.',
      'Interviewer: Model quality?',
      'Candidate: No eval harness runs, no tracking cost per request, no watching p95.',
      'Interviewer: Stages?',
      'Candidate: No shore break, no inside, no outside. No holds.',
      'Interviewer: Sign-off?',
      'Candidate: Nobody giving da shaka.',
      'Interviewer: Rollback?',
      'Candidate: Nobody on da pager switching back to da old model, and no flag set up fo dat.',
      'Interviewer: And afterwards?',
      "Candidate: No A/B test after, and I not going call da canary proof dat it's better either.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down (model) · surf-school chatbot PM in speech, Pidgin register; interview transcript; built on "the canary is our A/B test"
  {
    id: 'ca057',
    scenario: 'model',
    class: 'misconception',
    points: points('P C R'),
    text: [
      'Interviewer: How would you run it?',
      "Candidate: Da way I see it, da canary IS our A/B test. We give da warm prompt to da canary group, everybody else keep da old one, and we compare thumbs-up between da two. If da canary group thumbs-up higher, dat prove da warmer prompt stay better and we ship um to everybody. Dat's da whole point of one canary. Same way we wen pick da friendlier greeting fo our surf-lesson booking bot.",
      "Interviewer: Who's in the canary group?",
      'Candidate: Our own staff first, because we use da email client all day. Den da users who opted in to da beta. German-speaking business customers last, because formal address matter to dem and da English team wrote dis prompt, so dey da most likely fo get offended.',
      'Interviewer: Who decides what?',
      'Candidate: I own who go in and when we call da winner. Engineering own da prompt flag and da routing.',
      'Interviewer: Rollback?',
      'Candidate: If da canary group thumbs drop, whoever get da pager switch back to da old prompt. One config flag, couple minutes, any hour, no need ask me.',
      'Interviewer: How long do you run it?',
      'Candidate: Until da thumbs-up show one winner, den we ship.',
    ].join('\n'),
  },
  // staff-cohort-artifact (service) · Hawaii Pidgin register in speech; interview transcript; built on "limits are set while watching"; wave-named stages, shaka sign-off
  {
    id: 'ca058',
    scenario: 'service',
    class: 'misconception',
    points: points('C H S'),
    text: [
      'Interviewer: What are your rollback thresholds?',
      "Candidate: I no believe in setting numbers before. You no know what normal look like till you see um. So we watch da dashboard at da shore break and decide den what kine drop stay too much. Dat's how you find da real threshold.",
      'Interviewer: Who goes first?',
      'Candidate: Staff first, because dey on da site all day. Den customers who opted in to early access. Den general shoppers. New customers and our top spenders last, because one broken size guide hurt dem da most.',
      'Interviewer: Stages?',
      'Candidate: Da shore break is staff, hold two days. Da inside is early access, hold one full swell week. Da outside is general shoppers, den new customers and top spenders, one more week each.',
      'Interviewer: Who approves each step?',
      'Candidate: Me and Pua, da merchandising lead. We both give it da shaka before da next stage.',
      "Interviewer: What if staff don't buy anything?",
      "Candidate: Den we look at da conversion number on da dashboard and decide right den if dat's bad.",
    ].join('\n'),
  },
  // after-the-sale-healthy (service) · Hawaii Pidgin register in speech; interview transcript; answers with a plan for next spring sale instead
  {
    id: 'ca059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Interviewer: How would you run the canary release for this change?',
      "Candidate: Actually, da thing I like fix is da sale itself. Twenty percent off everything da whole week was too blunt. Next spring I would do tiered discounts, 10 percent on tents and 25 on last season's jackets, and send da email in two waves so da warehouse no get slammed.",
      'Interviewer: And the product page?',
      'Candidate: Da designers handle dat. My focus is inventory: order mo rain shells before March, clear da sleeping bags before summer, and brief customer service on da return rules one week before.',
      'Interviewer: Anything else?',
      'Candidate: Yeah, one survey after da sale fo see who bought only because of da discount.',
    ].join('\n'),
  },
  // quiet-feedback-trap (model) · surf-school chatbot PM, Pidgin register; interview transcript; answers with a vendor-selection and fine-tuning plan instead
  {
    id: 'ca060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Interviewer: How would you run it?',
      'Candidate: Before anything, I would pick da right cheap model. I going shortlist three vendors, get pricing per thousand tokens, and ask each one about data residency, because da vet notes get client names.',
      'Interviewer: Then?',
      'Candidate: We build one labelled set, maybe 500 visit notes, scrubbed, and get two vets fo write gold summaries. Den fine-tune da best candidate on half and check um on da other half.',
      'Interviewer: Timeline?',
      'Candidate: About six weeks: two fo vendor talks, two fo da labelled set, two fo tuning. Same like when we wen train our surf-lesson booking bot on old booking chats.',
      'Interviewer: Budget?',
      "Candidate: Under what we pay now. Dat's da whole point.",
    ].join('\n'),
  },
];
