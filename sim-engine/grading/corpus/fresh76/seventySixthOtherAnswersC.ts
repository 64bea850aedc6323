import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Seventy-sixth fresh set, author c: middling (cd048–cd050), weak (cd051–cd052), salad
 * (cd053–cd054), negated (cd055–cd056), misconception-led (cd057–cd058) and off-topic
 * (cd059–cd060) answers, written blind and labelled by hand before anything was run.
 */
export const SEVENTY_SIXTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade · Essex speech, salon-chatbot PM, no salon story; cohorts, limits, model signals only
  {
    id: 'cd048',
    scenario: 'model',
    class: 'middling',
    points: points('C T M'),
    text: [
      "So at mine we had this exact thing, moving the booking bot to a bigger model, so I'll go off that.",
      "Who gets it first matters most to me. Our own support agents first, cos they'll spot a wrong payslip answer straight off. Then customers on the early-access list who asked for new stuff. Then everyone else, with the biggest payroll customers and new sign-ups last, cos they're the ones we can't afford to upset.",
      "Before it goes to anyone, I'd write down what kills it, compared to the current model: errors up more than 0.5 %, p95 latency up more than 700 ms, or escalations to a human up more than 3 % on the old model's group. If any of those happen, it's off.",
      "On the model side I'd watch the eval harness hallucination rate, the thumbs-down from users and the cost per conversation, cos Finance is already asking. Bigger model, bigger bill, innit.",
      "Then it's just a case of rolling it out to more people as it goes well.",
    ].join('\n'),
  },
  // checkout-first-order · Essex speech, friend's-salon opening; ownership, rollback, canary vs A/B only
  {
    id: 'cd049',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: [
      "Last year my mate Tash's salon changed their booking page to one screen and the regulars loved it, but new clients couldn't find where to pay the deposit. So I'd be careful here.",
      "As PM, my bit is deciding who gets it, how far we push it and when we stop. The engineers own the feature flag, the deploy and how the traffic gets split, and I'd leave that with them.",
      "We'd put it out gradually and keep an eye on first orders, cos that's who the usability lab missed, and Growth can wait a week on the spring campaign if they have to.",
      "If it goes wrong, whoever's on call sticks the old version back, middle of the night or not, and doesn't need to ring me first. It's the feature flag off, done in a couple of minutes, no new deploy.",
      "And I'd be clear with Growth that a canary only tells us the one-page checkout doesn't break anything. If they want to know it converts better, especially for first-time buyers, that's a randomised A/B test afterwards.",
    ].join('\n'),
  },
  // search-tail-latency · Essex speech, friend's-salon opening, salon stages; no ownership, no cohorts, no A/B
  {
    id: 'cd050',
    scenario: 'service',
    class: 'middling',
    points: points('T H S R'),
    text: [
      "Last year my mate Becky's salon got a new search on their booking site. Typing 'gel' was faster, but looking for a Saturday slot with one particular tech and a long appointment took ages, and people just gave up. Same thing here: rare searches with lots of filters.",
      "Before we start, written down against the current index: if p99 search time is more than 300 ms worse than now, it's off, and I'd look at the filtered queries separately. If search errors are more than 0.3 % worse than now, it's off. If searches that end in someone opening a paper drop more than 2 % compared to the old index, it's off.",
      "Stages: the front chair is 2 % of searches, held till it's served 50,000 queries with at least 5,000 of those filtered. The middle chairs are 10 % and then 30 %, each held for a full week of term-time searching. Then the whole salon.",
      "Me and the search engineering lead both have to say 'go on then' before it goes up a stage.",
      "Whoever's on call sticks the old version back, any hour, no asking anyone. It's pointing the index alias back at the old layout, which is a couple of minutes.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Essex speech, friend's-salon opening, vague throughout
  {
    id: 'cd051',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "So last year my friend's salon changed how their bot talked and it went a bit wrong, people didn't like it. Shut up, it was awful. Anyway.",
      "For this I'd basically take it slow. Put the new prompt out to some people, see what they think, and if it's all good keep going. The German side is a worry so I'd keep an eye on that. If people start complaining we'd sort it out and maybe change it back. Tone's a funny one, innit, it's about how it feels, so I'd want to listen to users a lot and get the team's opinion as well.",
    ].join('\n'),
  },
  // image-resizer-memory-leak · Essex speech ("babe"), one paragraph, vague
  {
    id: 'cd052',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "Honestly babe, with something like this I'd trust the engineers. My friend's salon had a photo thing go wrong last year and it was just a case of being careful. I'd roll it out bit by bit, monitor it, make sure it's stable, and be ready to go back if it isn't. Thursday's tight, so I'd talk to the team about whether it's realistic. Faster is nice but not if it breaks stuff.",
    ].join('\n'),
  },
  // quiet-feedback-trap · salon vocabulary as fragments, every keyword, no committed sentence
  {
    id: 'cd053',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      'Canary innit. Vet summaries, cheaper model, faster model.',
      'Front chair / middle chairs / whole salon. 1 % 5 % 25 % 100 %.',
      'Hallucination rate, eval harness, one in two hundred, thumbs-down, p95, tokens, cost per summary.',
      'Thresholds 0.5 % errors 200 ms p99 2 % baseline.',
      'Go on then, go on then. Sign-off, clinical lead, PM owns, engineering owns.',
      'Rollback, on-call, old version back, minutes, any hour, config.',
      'A/B test after, safe not better, randomised.',
      'Staff first, early access, new clinics last. Full Saturday rush, 400 summaries. Reem.',
    ].join('\n'),
  },
  // staff-cohort-artifact · salon vocabulary as arrow and slash fragments, no committed sentence
  {
    id: 'cd054',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Staff cohort, babe. Employees browse, never buy. Bigger photos, size guide, canary.',
      'PM / engineering / flags / routing / deploy.',
      'Internal → beta → general → new customers last → VIPs last.',
      "Limits / 0.5 % worse than now / 250 ms p99 / conversion −2 % baseline / it's off, it's off.",
      'Front chair, middle chairs, whole salon, Saturday rush, 1,000 appointments, hold, gate, hold.',
      'Go on then, merch lead, go on then, PM.',
      "Whoever's on call, old version, back, 2 a.m., switch, three minutes, no redeploy.",
      'Canary safe, A/B better, randomised, afterwards. Shut up.',
    ].join('\n'),
  },
  // pricing-page-healthy · Essex speech, friend's-salon opening, every practice rejected
  {
    id: 'cd055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      'My friend Sian redid the price board in her salon last year and honestly nothing happened, nobody even noticed. So for a pricing page, nah.',
      "I wouldn't start with staff, and I wouldn't bother with an early-access group or keeping new customers till last. I'm not writing down any limits before the campaign either, no error or latency numbers, no conversion line. I wouldn't do a front chair, middle chairs and whole salon, and I wouldn't hold it through a full Saturday rush or count sign-ups. No one needs to say 'go on then' before anything. I wouldn't set up an on-call to stick the old version back at night, and I'm not going to sort out who owns what between me and engineering. And I'm not running an A/B test after it. It's a comparison table, babe.",
    ].join('\n'),
  },
  // lunch-peak-recommendations · Essex speech, friend's-salon opening, every practice rejected
  {
    id: 'cd056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "Last year my mate's salon put a new recommendations thing on their booking bot and, shut up, it was fine. So I'm not going to overthink this one.",
      "I'm not doing staff first, or a beta group, or leaving new customers and big households until last. I won't set limits before it goes out, not on errors, not on p99, not on baskets against the old model. I'm not holding each stage through a Singapore lunch peak, and there won't be stages called anything. I won't have two people say 'go on then'. I'm not gating on compute cost or the offline eval or the 'not for me' taps. The Berlin on-call won't be sticking the old version back at five in the morning. And I wouldn't follow it with an A/B test. Who owns what? I'm not splitting that out either. The feature stores will be fine, innit.",
    ].join('\n'),
  },
  // support-model-upgrade · Essex speech, friend's-salon opening; built on "the canary is our A/B test"
  {
    id: 'cd057',
    scenario: 'model',
    class: 'misconception',
    points: points('C H S R M'),
    text: [
      "Last year my mate Kerry's salon upgraded their booking bot and, shut up, bookings went up like 8 % in the first week. That's the whole point of a canary for me: it's our A/B test.",
      "So the bigger model goes to our own support agents first, cos they'll spot a wrong payslip answer, then the customers on the early-access list, then everyone, with the big payroll accounts and new sign-ups last, cos they're the ones we'd lose.",
      "The front chair is the agents, held for 500 conversations. The middle chairs are early access and then 25 %, each held through a full payday week. Then the whole salon. Me and the support lead both say 'go on then' before each move.",
      "The canary cohort against everyone else is the experiment. If resolution rate in the canary group is up on the rest, that proves the bigger model is better, and that's what I take to Finance as the case for the extra cost per conversation. No need for a separate A/B test after, the canary already is one.",
      "I'd watch the hallucination rate from the eval harness, the thumbs-down rate and the cost per conversation the whole way through.",
      "Whoever's on call sticks the old version back, any hour, no asking. It's a config switch that takes a couple of minutes.",
    ].join('\n'),
  },
  // after-the-sale-healthy · Essex speech, friend's-salon opening; built on "limits set while watching"
  {
    id: 'cd058',
    scenario: 'service',
    class: 'misconception',
    points: points('P C H R'),
    text: [
      "Last year my friend Nat's salon set a rule before Christmas that if bookings fell 10 % they'd pull their new website. They fell 12 %, cos it was January, babe, and they pulled a perfectly good site. So I don't set numbers before I start.",
      "My view is you can't know what normal looks like until you're watching it. So we put it out, look at the dashboards, and once I've seen how it's behaving I decide where the line is. That way the limits fit the week we actually get, especially with the sale having just ended.",
      'What I own: the order, the stages and when we pull it. The web team own the flag and the deploy.',
      "Order: staff first, then customers who've opted into previews, then everyone else, with first-time buyers last, cos they're the ones a broken page loses.",
      'The front chair holds for 2,000 product-page visits, the middle chairs for a full weekend each, then the whole salon.',
      "Whoever's on call sticks the old version back if it looks wrong, day or night, without asking me. It's a flag flip, a couple of minutes.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down · Essex speech, friend's-salon opening; a tone-of-voice project plan, no canary
  {
    id: 'cd059',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "My friend Rochelle's salon last year had a client from Munich who got a reply from the bot that was well over-familiar, and she wrote a proper stinker of a review. So what I'd do here is a tone project.",
      'Week one, I get a German-speaking copywriter in and we write a style guide: Sie not du, no emojis, how to greet and how to sign off. Week two, a workshop with the English team so they understand why it matters. Week three, we rewrite the prompt in two versions, one per language, and five German-speaking customers read sample emails with us, an hour each.',
      "Then I'd put together a list of phrases the assistant should never use and get legal to look it over. Longer term I'd hire a German content designer. Reem, proper job.",
    ].join('\n'),
  },
  // booking-purchases-lag · Essex speech, friend's-salon opening; a research and support plan, no canary
  {
    id: 'cd060',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Last year my mate Shannon's salon put in a new calendar for picking appointments and loads of people booked the wrong day. Gutting.",
      "So for the date picker I'd start with research. Get ten guests who booked in the last month and watch them book again on the new page, on their phones and on laptops. Check the picker with a screen reader. Try dates across a month boundary and both UK and US date formats, cos that's what caught Shannon out.",
      "Then I'd write the help-centre article, brief the support team on the new form, and send hosts an email explaining what guests will see. Once that's done I'd book a design review for the next bit, the comparison page.",
    ].join('\n'),
  },
];
