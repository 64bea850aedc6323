import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Eighth blind set, author B: middling (q028–q030), weak (q031–q032), salad (q033–q034),
 * negated (q035–q036), misconception-led (q037–q038) and off-topic (q039–q040) answers.
 */
export const EIGHTH_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    id: 'q028',
    scenario: 'service',
    class: 'middling',
    points: points('C H R'),
    text:
      "The thing that worries me about the resizer is that it's only restarted on deploys, so if the rewrite leaks memory it looks perfect for the first few hours and then slowly falls over. " +
      "So I'd go to our own staff first, then the beta sellers, then hobby sellers, and the professional sellers — the ones whose listings are their living — only at the end. " +
      'And I would not let anyone rush a stage: each one stays put for at least a day and a half, so we see the service after it has been up a long time and not just fresh from a restart. The Thursday deadline would have to give. ' +
      "If anything looks off, whoever is on call swaps the traffic back to the old resizer at the load balancer; it's a couple of minutes and they can do it at any hour, they don't need to find a manager first.",
  },
  {
    id: 'q029',
    scenario: 'model',
    class: 'middling',
    points: points('T M A'),
    text: [
      'Start with a random 5 % of users on the new model.',
      'Stop criteria, fixed in advance:',
      '- error responses > 0.5 pt above the old model',
      '- p95 latency > 600 ms above control',
      '- deflection (conversations without a human ticket) > 2 % below the control group',
      'Plus, because it is a model: hallucination rate from the eval harness, thumbs-down per answer, p95, tokens per conversation (Finance will ask).',
      'None of this shows the bigger model is better — that needs a randomised A/B test after release.',
    ].join('\n'),
  },
  {
    id: 'q030',
    scenario: 'service',
    class: 'middling',
    points: points('P T S'),
    text:
      'As product manager I would own the release criteria for the new index; the search infrastructure team owns the deployment itself. ' +
      'Because the benchmark covered only typical queries, the slowness we should fear is in the tail, and the median will look fine. ' +
      'Before exposing anyone, I would agree in writing with the team on three limits: the 99th-percentile query time must not exceed the current index by more than 300 milliseconds, failed searches must not rise by more than 0.2 percentage points, and the share of searches that end in a paper being opened must stay within 1.5 % of the control group. ' +
      'We would then increase exposure in stages, and at each stage the search lead and I would each have to approve continuing explicitly, with the numbers in front of us.',
  },
  {
    id: 'q031',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: "Growth wants this before the spring campaign, and I get that, the lab results were great. I'd still do it as a canary: give the one-page checkout to a small group, look at whether conversion holds up, and if it does, give it to everybody in time for the campaign. If it doesn't, we fix it and try again. The main thing is communication: I'd keep Growth in the loop every day so nobody is surprised, and I'd make sure customer service knows the checkout is changing so they can help anyone who gets confused.",
  },
  {
    id: 'q032',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: 'Honestly I think the risk here is mostly the German translation. I would ask a couple of German-speaking colleagues to read through some example outputs before launch, adjust the prompt if needed, and then launch it to a percentage of users and keep an eye on how people react. Prompts are easy to change, so if something is off we just change it again. I would also put a short note in the release notes so users know the assistant sounds a little different, and I would ask support to flag any complaints about tone.',
  },
  {
    id: 'q033',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'Canary. Managed cluster. Proxy.',
      'Staff, beta, free, paid, enterprise.',
      'Errors 0.3 pp. p99 250 ms. Baseline. Control.',
      '2 10 25 50 100.',
      'Hold 24 h. Gate. Sign-off. PM.',
      'Rollback routing 4 min on-call.',
      'Warm caches. Safe not better. A/B.',
      'Decommission end of month. Tenant routing. Weekly active teams −1.5 %.',
      'Enterprise last. Peak load. Metric gate, not timer.',
      'Ticket. Platform lead. Approve. Revert.',
    ].join('\n'),
  },
  {
    id: 'q034',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: 'canary cohort rollout recommendation model feature store Singapore lunch peak p95 p99 latency hallucination eval harness thumbs-down token cost per request baseline control 1 % 5 % 25 % 50 % 100 % hold gate metric-based sign-off PM owns rollback on-call 24/7 config flag minutes A/B randomised safe vs better canary cohort rollout recommendation model feature store p95 p99 hallucination eval harness rollback sign-off gate hold Berlin team early morning add-to-cart −2 % 200 ms 0.5 pt dismissals not interested regional tail inference cost preview programme employees repeat customers last 24 h two days',
  },
  {
    id: 'q035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Look, it's bigger photos and a size guide. I know the textbook answer and I'd skip most of it here.",
      "- No staged order of who gets it. Staff, insiders, shoppers — doesn't matter, it's a product page.",
      "- I wouldn't set error or latency limits up front. Writing down numbers for a cosmetic change is theatre.",
      '- No holds between steps either; there is nothing to wait for.',
      "- No approval at each step. I'm not going to make the lead and me sign a form four times for photos.",
      "- Rollback plan? Not needed. If something is ugly we'll fix it forward in the next deploy.",
      "- And no A/B test afterwards, nobody's going to care enough.",
      'Ship it to everyone Monday morning.',
    ].join('\n'),
  },
  {
    id: 'q036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text:
      "People usually tell you to start with employees, set hallucination and latency limits in advance, hold each step until the eval harness has enough graded summaries, and let the on-call engineer revert the model any time. For a summariser at a few hundred summaries a minute, I don't think any of that pays for itself. " +
      "Our staff aren't vets, so starting with them tells us nothing, and I'd rather not spend a week on pilot clinics. Pre-set limits are pointless when the harness grades one summary in two hundred, so I wouldn't define any. " +
      "I also wouldn't let an engineer revert the model on their own at night — that decision shouldn't be made without product, and it can wait until the morning. " +
      "The cheaper model is a cost decision that's already been made, so we go straight to 100 %.",
  },
  {
    id: 'q037',
    scenario: 'service',
    class: 'misconception',
    points: points('C R'),
    text:
      "I'd treat the canary as our chance to prove that reviews above the fold actually sell more gear. " +
      "Exposure would go staff first, then the members' club, then casual visitors, and regular shoppers last, since they're the ones whose habits we'd disturb most. " +
      "At each step I'd compare purchases in the canary group against last week — the spring-sale week is the freshest data we have — and as soon as the canary shows a clear uplift we'd call it a win and go to 100 %. If the canary converts better, that's our evidence the layout is better, and we don't need a separate test. " +
      'If the page is broken, the on-call developer can switch the flag back any time of day; it takes a minute.',
  },
  {
    id: 'q038',
    scenario: 'model',
    class: 'misconception',
    points: points('P M'),
    text:
      "As PM I'd own this rollout and make the calls on it; the ML engineers run the switch. " +
      "What I'd watch, because it's a model: hallucinations from the eval harness's graded sample, thumbs-up and thumbs-down from users, p95 response time, and token cost per conversation, since Finance already asked. " +
      "I wouldn't fix any stop numbers in advance, though. We don't know what normal looks like for the bigger model yet, so I'd put it on a slice of traffic, watch the dashboards for the first couple of days, and then set the limits based on what we see. If the numbers look reasonable, we keep going; if something looks too far off, we pull it.",
  },
  {
    id: 'q039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text:
      "The date picker is the part I'd really dig into. Holiday-rental guests rarely book alone — they talk it over at home — so I'd want the picker to make flexible dates easy: 'a week in July' rather than exact nights, a price hint on each day, and a way to share the shortlist with whoever they're travelling with. " +
      "I'd run five or six moderated sessions with real guests, including some on phones and some using screen readers, since date pickers are notoriously hard with a keyboard. " +
      "The shorter form is great, but I'd check with legal which fields we can actually drop. And I'd make sure the design system team owns the new component so other pages can reuse it.",
  },
  {
    id: 'q040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      'Um, so I think the interesting question here is really the business one.',
      "Small vet clinics are price-sensitive, so if the new model is cheaper I'd want to pass some of that saving on, maybe a lower tier for single-vet practices.",
      "I'd also talk to a few clinic owners about what they actually do with the summaries — do they paste them into their records system, send them to pet owners, both? That tells us where to invest next.",
      "And honestly I'd want marketing to tell the story, like, 'summaries twice as fast', because vets between appointments care about speed more than anything.",
    ].join('\n'),
  },
];
