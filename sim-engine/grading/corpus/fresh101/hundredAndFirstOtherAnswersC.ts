import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-first fresh set, author c: middling (dc048–dc050), weak (dc051–dc052),
 * keyword salad (dc053–dc054), negated (dc055–dc056), misconception-led (dc057–dc058) and
 * off-topic (dc059–dc060) answers, written blind and labelled by hand, in the same voice as
 * the strong ones: a Bilbao pintxo-bar PM teaching a Basque folk dance from a count sheet.
 */
export const HUNDRED_AND_FIRST_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // lunch-peak-recommendations
  {
    id: 'dc048',
    scenario: 'model',
    class: 'middling',
    points: points('C T H'),
    text: [
      'Aupa, aupa, in a circle, the fandango again, we never learned it properly last week.',
      'The change: the new suggestion model for our bars reads more from the regional feature stores, and our two Boise bars eat dinner while Bilbao sleeps.',
      'Counts 1 to 8, entrance: first our own staff, in both cities, because they shout when something is off. Then the regulars from Deusto and Santutxu who asked to try things early. Then everybody else. The people in their first year coming go last; a bad first night and they are gone.',
      'Second eight: before anything moves, on the slate, split Bilbao and Boise: errors more than 0.5 % worse than now, and we close the bar; p99 more than 300 ms worse than now, and we close the bar.',
      'Third eight, half turn: the first bar at 5 %, then the whole street. Those counts are cut; re-set them as: the first bar at 5 %, the counter at 30 %, the whole street, and each one holds for three Boise dinners before the next step.',
      'Fourth eight: and then we see. Bai, that is all I have today. Agur.',
    ].join('\n'),
  },
  // checkout-first-order
  {
    id: 'dc049',
    scenario: 'service',
    class: 'middling',
    points: points('H S R'),
    text: [
      'Aupa. Home-and-garden shop, checkout goes from three steps to one page, saved cards filled in. Growth wants it before the spring campaign. Our bars had the same fight with a new till.',
      'Counts 1 to 8, entrance: a random 5 % of shoppers gets the one page. Fine, whoever comes.',
      'Second eight: that is the first bar. The counter is 25 %, the whole street is 100 %. Those counts are cut; re-set them as: the first bar at 5 % for 4,000 checkouts, the counter at 25 % for 4,000 more and one spring-campaign weekend, then the whole street. We hold at each one; nobody jumps.',
      'Third eight, turn: before each step up, the head cook, Jon Larrañaga, our lead engineer, and I both taste from the same spoon. No spoon, no step.',
      "Fourth eight: if it goes wrong, whoever's on call sets the old tray back on the counter, no need to call me. Three in the morning or lunchtime, the checkout flag goes off and the three-step checkout is back in a couple of minutes, no redeploy, no meeting.",
      'Bow. Agur.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'dc050',
    scenario: 'model',
    class: 'middling',
    points: points('P A M'),
    text: [
      'Bai, bai, come in, the aurresku, and we start with the bow this time.',
      'The change: our pintxo helper moves to a bigger, newer model with a longer memory. Same prompt. The accountant asks what a conversation will cost.',
      'Counts 1 to 8: who owns which steps. Mine as PM: who gets the new model first, how far we go, how long we wait, when we stop. Not mine: the deploy, the routing, the flags; the engineers own those, and I do not touch them.',
      "Second eight: what we watch, every day, next to the usual errors: cost per conversation, because the accountant is right to ask; thumbs-down on suggestions; and the eval harness grading suggestions that break a guest's diet or name a pintxo we do not serve.",
      'Third eight, half turn: we put it on a random 5 % and see. Those counts are cut; re-set them as: a random 5 %, and if nobody shouts, more.',
      'Fourth eight, the bow: the canary only tells us the big model is safe. It does not tell us the suggestions are better; for that we run a randomised A/B test afterwards, a proper one. Eskerrik asko.',
    ].join('\n'),
  },
  // pricing-page-healthy
  {
    id: 'dc051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Aupa! Tira, it is only a pricing page, a nicer table, the checkout behind it does not change. Marketing sends people to it on Friday.',
      'Counts 1 to 8, entrance: we put the new table up.',
      'Second eight: we look at it on a phone and on a laptop, like when we change the chalkboard in the bar.',
      'Third eight, turn: Friday comes, people arrive from the campaign. Those counts are cut; re-set them as: Friday comes, people arrive, and we look again.',
      'Fourth eight: if somebody complains, we go back. Bai, that is the dance. Agur.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dc052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Aupa, dancers, we do the fandango, slowly.',
      'Counts 1 to 8, entrance: the new model is cheaper and faster, and the accountant is very happy, so I am happy.',
      'Second eight: we try it on some people first, a few guests here and there, in a few bars.',
      'Third eight, half turn: we watch how it goes. Those counts are cut; re-set them as: we watch how it goes for a while, a good while, and ask around the bars.',
      'Fourth eight: the guests do not rate much, so we will not hear much; no news is good news, no?',
      'Fifth eight: then everybody gets it. If something is really wrong, somebody will tell us and we go back to the old one.',
      'Bow, eskerrik asko, agur.',
    ].join('\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'dc053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Aupa! Counts 1 to 8, entrance: canary, image resizer, new photo format, progressive delivery, blast radius, observability, golden signals, synergy.',
      'Second eight: cohorts, thresholds, holds, gates, sign-off, rollback, memory, restarts, latency, p99, SLO, error budget, feature flags, guardrails.',
      'Third eight, half turn: the first bar, the counter, the whole street, ownership, alignment, stakeholders, data-driven, the head cook, the spoon, best practice.',
      'Fourth eight: Those counts are cut; re-set them as: rollback, roll forward, rollout, ramp, gate, hold, cohort, canary, A/B, lift, safety, velocity, Thursday.',
      'Fifth eight, full turn: dashboards, alerts, on-call, pintxos, Deusto, Indautxu, Aste Nagusia, monitoring, metrics, learnings, iteration, ownership again.',
      'Bow: end-to-end, holistic, scalable, safe and better. Agur.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dc054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Bai, the aurresku of buzzwords, everybody up.',
      'Counts 1 to 8, entrance: warm prompt, casual tone, Euskara, hika, locale, persona, alignment, guardrails, tone of voice, brand.',
      'Second eight: canary cohorts thresholds holds sign-off rollback, model metrics, hallucination rate, eval harness, thumbs-down, tokens, p95, cost per suggestion.',
      'Third eight, turn: Those counts are cut; re-set them as: prompt engineering, A/B, canary, lift, safe, better, cohort, funnel, North Star, the whole street.',
      'Fourth eight: Casco Viejo, Santutxu, Abando, Aste Nagusia, stakeholders, the head cook, the same spoon, the old tray, the counter, empathy, localisation, delight.',
      'Fifth eight: responsible AI, human in the loop, data-driven, ownership, agility. Tira. Eskerrik asko, agur.',
    ].join('\n'),
  },
  // search-tail-latency
  {
    id: 'dc055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'Aupa. Search for academic papers, new smaller index, cheaper to host; the median got faster, the rare queries with many filters were never tested. Today we dance the fandango, and I tell you what I will not dance.',
      "Counts 1 to 8, entrance: I will not split what is mine as PM from what is the engineers'. Ez. No lines between the bar and the kitchen.",
      'Second eight: I do not write limits on a slate before traffic moves, not for errors, not for p99, not for searches per visit. No "more than N worse than now, and we close the bar" from me.',
      'Third eight, half turn: no order of users. Not the staff first, not the opted-in beta, not the free tier before the institutional licences. Those counts are cut; re-set them as: still no order, I will not pick anybody.',
      'Fourth eight: no first bar, no counter, no stages, no holds, not a week of Aste Nagusia, not a count of queries.',
      'Fifth eight: nobody signs anything. The head cook and I do not taste from any spoon.',
      'Sixth eight: I will not name who rolls back, or at what hour, or with which switch; there is no old tray on the counter in this dance.',
      'Bow: and I will not say the canary is only about safe, or that an A/B test comes after. Ez, ez. Agur.',
    ].join('\n'),
  },
  // support-model-upgrade
  {
    id: 'dc056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      'Ez, ez, tira, sit down, I will count it anyway.',
      'The change: the pintxo helper on a bigger, newer model, longer memory, same prompt; the accountant asks about cost per conversation.',
      "Counts 1 to 8, entrance: I am not going to say which steps are the PM's and which are the engineers'.",
      'Second eight: no neighbourhoods in order. Not Casco Viejo staff first, not the Deusto regulars who opted in, not first-year guests last.',
      'Third eight, turn: I will not fix any number before we start. Not errors, not latency, not cost per conversation.',
      'Fourth eight: Those counts are cut; re-set them as: no stages either. No first bar, no counter, no holds between them.',
      'Fifth eight: no hallucination rate, no diet mistakes from the eval harness, no thumbs-down; I will not watch any of them.',
      'Sixth eight: no head cook, no spoon, no sign-off at any gate. No on-call person setting the old tray back on the counter, no switch.',
      'Bow: and I will not tell you a canary shows safe but not better, or that a randomised A/B test follows. Agur.',
    ].join('\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dc057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H M'),
    text: [
      'Aupa, dancers! The fandango, and this one I love, because the canary is where we find out the cheaper model is better.',
      'The change: our pintxo suggestions move to a cheaper, faster model. A quiet street, a few hundred suggestions a minute, few guests rate anything, and the eval harness grades one suggestion in two hundred.',
      'Counts 1 to 8, entrance: our own cooks and waiters first, they know the counter by heart. Then the regulars in Deusto and Indautxu who opted in to early access. Then the street. Guests in their first year coming last, because one wrong suggestion and they never come back.',
      'Second eight: what I watch the whole time: the share of suggestions the eval harness grades as bad, wrong diet or a pintxo not on the counter, and the thumbs-down rate, and how many suggestions guests actually order.',
      'Third eight, half turn: the first bar at 5 %, the counter at 50 %, the whole street. Those counts are cut; re-set them as: the first bar at 5 % until the harness has graded 300 suggestions, the counter at 50 % until 300 more, then the whole street.',
      'Fourth eight, and here is the point of the whole dance: if the canary guests order more of what it suggests, the canary has proved the new model is better, and that is our A/B test done. No need for a second experiment; the canary is the experiment.',
      'Bow. Eskerrik asko, agur.',
    ].join('\n'),
  },
  // staff-cohort-artifact
  {
    id: 'dc058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C S R'),
    text: [
      'Aupa. Fashion shop, product pages get bigger photos and a size guide, and the staff who browse the live site all day go first.',
      'Counts 1 to 8, entrance: as PM I own the order, and when we widen it. The engineers own the deploy, the routing and the flags.',
      'Second eight: our own staff first, like our cooks eating the new pintxo before anyone, then the customers who opted in to the beta, then the rest, neighbourhood by neighbourhood; customers in their first year and the big spenders last, because a broken size guide loses them for good.',
      'Third eight, half turn: limits? I do not write them down before. We watch the counter, and when we see how the numbers move, we decide what is too much. Maybe 5 % less conversion is bad, maybe 10 %, we will know when we see it. Those counts are cut; re-set them as: we watch, we feel it, we decide on the night.',
      'Fourth eight: each time we widen it, the head cook, Unai Goikoetxea, our lead engineer, and I both taste from the same spoon first.',
      "Fifth eight, full turn: when it looks bad to them, whoever's on call sets the old tray back on the counter, no need to call me: any hour, the page flag goes off and the old page is back in two minutes.",
      'Bow. Agur.',
    ].join('\n'),
  },
  // booking-purchases-lag
  {
    id: 'dc059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Aupa! The holiday-rental people asked me to teach their team a Basque dance at the offsite, so here is the count sheet I brought, with the booking page for later.',
      'Counts 1 to 8: stand in a line, hands joined at shoulder height. Right foot forward on 1, back on 2, left forward on 3, back on 4, and a small hop on 5 to 8.',
      'Second eight: entrance of the dantzari from the left, the leader goes first, the rest follow in the order they arrived at the bar, like a txikiteo round.',
      'Third eight, half turn to the right, clap on 4 and on 8.',
      'Fourth eight: Those counts are cut; re-set them as: half turn to the left this time, because half of you turned into the wall, clap only on 8.',
      'Fifth eight: the aurresku leader bows to the mayor, or here, to whoever is paying for the pintxos.',
      'Sixth eight: full turn and finish facing the bar, where a txakoli is poured from high up, that is the only rule that matters.',
      'After the dance we go through Casco Viejo, seven bars, one pintxo and one zurito in each. Eskerrik asko, agur.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dc060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Bai, bai, the aurresku, and while you practise I will tell you about hika, because everybody asks me about the new prompt and Euskara.',
      'Counts 1 to 8: entrance. In Euskara you say zu to most people. Hika is for your brother, your best friend from school, the people you grew up with in Santutxu.',
      'Second eight, half turn: hika changes the verb depending on whether you speak to a man or a woman: "etorri duk" to him, "etorri dun" to her. Even the Bilbao kids mix it up.',
      'Third eight: Those counts are cut; re-set them as: etorri duk, etorri dun, and say them slowly, left foot on each.',
      'Fourth eight, full turn: my grandmother in Abando used hika only with her sisters. If a waiter used it with her, she would leave the bar and not pay.',
      'Fifth eight: and that is also why the menu in our Indautxu bar is written in zu, with the Spanish underneath, and the specials on the chalkboard in both.',
      'Bow. Eskerrik asko, agur.',
    ].join('\n'),
  },
];
