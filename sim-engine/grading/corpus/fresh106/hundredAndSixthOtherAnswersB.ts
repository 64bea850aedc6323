import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Hundred-and-sixth fresh set, author b: middling (dh028–dh030), weak (dh031–dh032),
 * keyword salad (dh033–dh034), negated (dh035–dh036), misconception-led (dh037–dh038) and
 * off-topic (dh039–dh040) answers, written blind and labelled by hand.
 */
export const HUNDRED_AND_SIXTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // payment-sdk-android-bursts
  {
    id: 'dh028',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      'Talè, the best man speaks, three stories and then we eat.',
      "First story, for the bride's family, who deliver food for a living: their payment service moves to the provider's new SDK, the one with wallet payments. It passed the provider's certification, so we trust it. Scratch that story, my aunt is here. The real one: it passed certification, mizzica, very nice, but certification never ate a Friday dinner. At the kiosks I decide what we watch and when we stop; the engineers decide how the machines are wired. Same here: I own the limits, their engineers own the SDK rollout and the flags.",
      "Second story, for Zia Concetta, now that she's here: the limits are written before a single Android payment goes through the new SDK. Android payment failures more than 0.5 % worse than now, and we pull down the shutter. Payment p99 more than 300 ms worse than now, shutter. Failures in any five-minute burst more than 3 % worse than now, shutter, because this SDK fails in bursts, not in averages.",
      "Third story, for the night crew. Whoever's on call puts the lemon granita back on the counter, no need to call me: one flag sends payments back to the old SDK, any hour, in about two minutes, Friday dinner included.",
      'We put it out to some users and then everybody. Amunì, bedda, the pasta is cold.',
    ].join('\n\n'),
  },
  // support-model-upgrade
  {
    id: 'dh029',
    scenario: 'model',
    class: 'middling',
    points: points('C H M'),
    text: [
      "Mizzica, look at you all, dressed like the Madonna's procession! Best man's stories, in turn.",
      "For the groom's grandmother, who still can't use the kiosk screen: our flavour assistant, the one that suggests the granita, the size and the brioche, gets a newer, bigger model with a longer memory. Same prompt. The evals went up three points on short questions, and the bookkeeper wants to know the cost of a conversation.",
      'For the cousins from the Zisa: who tastes first. Our kiosk staff, because they complain loudly and for free. Then the tasters who asked for early access, in the Vucciria and Politeama. Then regulars by years buying. The new faces and the hotel bars last, because those we can lose in one bad morning.',
      'For the band: the first spoon is 1 % of customers, and it stays there for 5,000 suggestions. The glass is 10 %, and it stays for a full week of the Festino di Santa Rosalia. Then half the kiosk, 50 %, for 50,000 suggestions. Then the whole kiosk.',
      "For Zia Concetta, talè: the model is the question here, not the server. Scratch that story, my aunt is here. The real one: beyond errors we watch the thumbs-down on suggestions, the eval harness grading a sample of live suggestions for flavours we don't sell, the tokens per conversation for the bookkeeper, and long conversations on their own, since the evals only saw short ones.",
      'And if it goes bad, amunì, we go back. Bedda, the cake.',
    ].join('\n\n'),
  },
  // image-resizer-memory-leak
  {
    id: 'dh030',
    scenario: 'service',
    class: 'middling',
    points: points('T H'),
    text: [
      "Amunì, ladies and gentlemen, a few stories from the best man, and they're about photos, because the groom sells on a marketplace where every listing page loads resized photos.",
      'The image service is rewritten for a new photo format, the benchmark says 20 % faster, and everyone wants it everywhere by Thursday. Mizzica, Thursday. At the kiosk we learned that a granita machine is honest at noon and lies at seven in the evening, when it has run all day. This service is only restarted on deploys, so it must run all day before we believe it.',
      'Story for Zia Concetta, who once sold a freezer that died at dusk. The limits, fixed before the first photo moves: image p99 more than 150 ms worse than now, and we pull down the shutter; resize errors more than 0.5 % worse than now, shutter; memory per instance more than 20 % above the old service after twelve hours, shutter.',
      "Story for the groom's brothers. The first spoon is 2 %, held one day. Scratch that story, my aunt is here. The real one: the first spoon is 2 % and held 36 hours without a restart; the glass is 20 %, held another 36 hours without a restart; half the kiosk is 50 %, held two full days; then the whole kiosk. Thursday becomes next week, bedda.",
      'The rest the team will sort out if something breaks. Talè, the musicians are waiting.',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dh031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      'Mizzica, what a beautiful bride. Two little stories and I sit down.',
      'The first: our flavour assistant gets a new prompt, warmer, more friendly, like my nonna at the Kalsa kiosk. The tourist desk read it in English and loved it.',
      "The second: a quarter of our customers write in Italian. Scratch that story, my aunt is here. The real one: a quarter of our customers write in Italian, and some of the old signore like to be spoken to properly. So we'll try the new prompt with some customers for a while, and if nobody complains, everybody gets it. The engineers know what to do if it goes wrong.",
      'Amunì, bedda, dance!',
    ].join('\n\n'),
  },
  // pricing-page-healthy
  {
    id: 'dh032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      'Talè, the best man! Stories for the guests.',
      "To the groom's table: the video editor gets a nicer pricing page, a clearer comparison table. The checkout behind it doesn't change. Like when we repainted the menu board at the Mondello kiosk: same granita, prettier board.",
      "To the bride's table: marketing launches a campaign on Friday that points to the page. Scratch that story, my aunt is here. The real one: marketing launches the campaign on Friday, so the page has to be up by Friday, mizzica, no excuses.",
      "To everybody: we put it live, we keep an eye on it over the weekend, and if something looks off on Monday we'll talk about it. It's only a page. Amunì, the cannoli!",
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dh033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Mizzica! Best man, stories, amunì!',
      'Story one: cheaper model, faster model, flavour assistant, suggestions, brioche, granita, eval harness, one in two hundred, thumbs-down, ratings, hallucination, tokens, cost per suggestion, p95, latency, canary.',
      'Story two: first spoon, glass, whole kiosk, Kalsa, Vucciria, Mondello, Libertà, years buying, cohorts, early access, staff, Festino di Santa Rosalia, holds, gates, ramp, 1 % 5 % 25 % 100 %.',
      'Story three: thresholds, shutter, more than N worse than now, baseline, control, guardrails, pre-committed, dashboards, alerts, sampling. Scratch that story, my aunt is here. The real one: shutter, shutter, granita master, first brioche, sign-off, owner, PM owns, engineering owns, flags, routing.',
      'Story four: on call, lemon granita, counter, no need to call me, rollback, config switch, five minutes, any hour, safe not better, randomised A/B, talè, bedda, cake.',
    ].join('\n\n'),
  },
  // search-tail-latency
  {
    id: 'dh034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text:
      'Talè, talè, the best man with his stories for the search engine of academic papers, mizzica, new index layout smaller cheaper faster median, tail latency p99 p999 rare queries many filters free tier institutional licences, canary first spoon glass whole kiosk, Zisa Politeama Kalsa years buying staff beta opted-in, thresholds more than N worse than now pull down the shutter, holds gates Festino orders queries, granita master dip the first brioche sign-off, PM owns engineering owns, on call lemon granita back on the counter no need to call me, rollback routing switch minutes, safe not better A/B randomised. ' +
      'Scratch that story, my aunt is here. The real one: index layout tail latency canary thresholds holds sign-off rollback A/B granita brioche shutter counter kiosk, cohorts cohorts cohorts, amunì, bedda, cannoli.',
  },
  // staff-cohort-artifact
  {
    id: 'dh035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Mizzica, the best man, and tonight my stories are all about what we won't do. The bride runs a fashion web shop: product pages get bigger photos and a size guide, the release goes to employees first, and the staff browse all day and almost never buy.",
      "Story one, for the groom's mother. I won't say who owns what. Not me, not the engineers; nobody draws that line.",
      'Story two, for the cousins. No order of customers: not staff first, not opted-in beta shoppers next, not the new and the loyal last. No Kalsa before Mondello, no years buying.',
      'Story three, for Zia Concetta. No limits written down before the first spoon, no more than N worse than now and we pull down the shutter. Not for errors, not for load time, not for purchases.',
      "Story four, for the band. We won't have a first spoon, a glass or a whole kiosk, and nobody holds anywhere, not for a day, not for a full week of the Festino di Santa Rosalia, not for a count of orders. Scratch that story, my aunt is here. The real one: we won't have stages, and we won't wait for anything, not even for real customers to buy, before we move.",
      "Story five, for the night staff. Nobody dips the first brioche before a step, not the granita master, not me. And there's no whoever's-on-call putting the lemon granita back on the counter; no switch, no minutes, no hour.",
      'Story six, for the groom. No A/B test after, no talk about safe against better.',
      "Amunì, bedda, that's all we won't do.",
    ].join('\n\n'),
  },
  // lunch-peak-recommendations
  {
    id: 'dh036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Amunì, the best man's stories! The groom, Totò, built a new suggestion model for our granita kiosks in Palermo and Singapore; it reads more features per request from the regional feature stores, and the Singapore lunch rush lands at six in the morning our time.",
      "The story of who owns what? There isn't one. I'm not taking the order or the limits, and I'm not handing the routing to Totò.",
      'The story of the Kalsa tasters going first and the new customers last? Never told. Staff first, opted-in first, years buying: none of it.',
      'The story of the napkin with the limits, more than N worse than now and we pull down the shutter? No napkin. Not for errors, not for p95, not for the feature stores, not for thumbs-down or the eval harness.',
      "The story of the first spoon, the glass and the whole kiosk, held through three Singapore lunches? We don't hold, mizzica, not through a lunch, not through a count of suggestions. Scratch that story, my aunt is here. The real one: no stages and no holds, and no waiting for six in the morning either.",
      "The story of the granita master and me dipping the first brioche before each step? We don't dip it.",
      "The story of whoever's on call putting the lemon granita back on the counter at six in the morning? No on-call switch, no minutes.",
      'The story of safe against better, of a randomised A/B test afterwards? Not at this wedding.',
      'Talè, bedda, the cake.',
    ].join('\n\n'),
  },
  // prompt-locale-thumbs-down
  {
    id: 'dh037',
    scenario: 'model',
    class: 'misconception',
    points: points('C T M'),
    text: [
      "Mizzica, so many aunts! I'm the best man and the PM of the granita kiosks, and I have stories.",
      'The first, for the bride: our flavour assistant, the one that suggests granita, size and brioche, gets a new prompt, warmer and more casual. The tourist desk reviewed it in English. A quarter of our customers write in Italian, and the old ones of the Kalsa want Lei, not tu.',
      "The second, for the groom: the canary is our A/B test. It proves the warm prompt is better: if the customers in the canary accept more suggestions than the rest, the prompt has won, and everybody gets it. That's the whole point of it, amunì.",
      'The third, for the cousins: kiosk staff first, half of them writing in Italian; then the opted-in tasters of Politeama in both languages; then regulars by years buying; the Italian-writing elders and the new customers last, because one tu in the wrong place loses them.',
      "The fourth, for Zia Concetta: the limits go on paper before the first spoon. Scratch that story, my aunt is here. The real one: the limits go on paper the day before the first spoon, and they don't move. Errors more than 0.5 % worse than now, and we pull down the shutter. Thumbs-down more than 2 points worse than now in either language, shutter. Informal address in graded Italian suggestions above 1 %, shutter.",
      'And we watch the thumbs-down by language and the harness grading Italian suggestions for tu and Lei, every day. Talè, bedda, dance.',
    ].join('\n\n'),
  },
  // after-the-sale-healthy
  {
    id: 'dh038',
    scenario: 'service',
    class: 'misconception',
    points: points('P H S R'),
    text: [
      'Talè, the best man has the microphone, assittativi! The groom sells outdoor gear across Europe, and his product page moves the reviews above the fold and lazy-loads the photo gallery. Cosmetic, he says, no effect on purchases, and leadership wants it out this week. Last week was the spring sale, 20 % off everything, ended Sunday at midnight.',
      "Story one, for his parents. I'm the PM, and like at my kiosks, I own the stages and the holds and the calls; his engineers own the flags and the routing and the deploy.",
      "Story two, for the friends from university. Limits? We don't write them down beforehand. We open the dashboard every morning, look at how purchases compare with last week, and decide then what's too much. You can't know the right number until you see the numbers, mizzica.",
      'Story three, for the band. The first spoon is 5 %, held one day. Scratch that story, my aunt is here. The real one: the first spoon is 5 %, held for 4,000 page views and two full days; the glass is 25 %, held for a week; then the whole kiosk. At every step, the granita master, his lead engineer, and I both dip the first brioche.',
      "Story four, for the night shift. Whoever's on call puts the lemon granita back on the counter, no need to call me: a flag back to the old page, any hour, a couple of minutes.",
      'Amunì, bedda, the dessert.',
    ].join('\n\n'),
  },
  // booking-purchases-lag
  {
    id: 'dh039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      'Mizzica, the best man! The bride builds a holiday-rental site, so my stories are about her new booking page, which I adore.',
      "Story one, for the groom's sisters. The old date picker was a little calendar you had to click thirty times, like counting the almonds in a cassata. The new one shows two months side by side, weekends in a warmer colour, and the prices under each night. Beautiful.",
      "Story two, for the uncles. The form was twelve fields; now it's six. Name, email, phone, guests, a note, pay. Scratch that story, my aunt is here. The real one: the form is seven fields, because the bride fought for a box where the guest can write when they'll arrive, like my customers who tell me they'll pass by the kiosk at five.",
      'Story three, for the designers at table eight. The chosen dates now live in a client-side store, so if you close the tab and come back after dinner, talking it over with the family, the dates are still there. The design reviews were glowing, and I glowed with them.',
      "Story four, for everyone. Good design is like a granita with brioche: nothing extra, everything in its place, and the customer smiles before the first spoon. Amunì, bedda, to the bride's page!",
    ].join('\n\n'),
  },
  // quiet-feedback-trap
  {
    id: 'dh040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Talè, the best man tells stories, and they are about money, because the groom is the one who found us a cheaper model.',
      'Story one, for the bookkeeper. Our flavour assistant, the one that suggests the granita, the size and the brioche, was costing us like a second almond supplier. The groom sat with three vendors for a month, mizzica, and came back with a cheaper, faster model at less than half the price per suggestion.',
      'Story two, for the vendors who came. One wanted a three-year contract; one wanted our suggestion logs; the third wanted neither. Scratch that story, my aunt is here. The real one: one wanted a three-year contract, one wanted our logs, and the third, the one we picked, let us pay month by month and keep every log in Palermo.',
      'Story three, for the kitchen. With the money saved, we bought a second granita machine for the Mondello kiosk and fresh lemons from Bagheria for the whole summer.',
      "Story four, for the groom's mother. He negotiates like she bargains at the Ballarò market: smiling, patient, and never paying the first price.",
      'Amunì, bedda, the music.',
    ].join('\n\n'),
  },
];
