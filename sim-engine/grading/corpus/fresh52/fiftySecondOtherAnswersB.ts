import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Fifty-second fresh set, author b: middling, weak, salad, negated, misconception-led and
 * off-topic answers (bf028–bf040), written blind, labelled by hand.
 */
export const FIFTY_SECOND_B_OTHER_CORPUS: readonly LabelledAnswer[] = [
  // image-resizer-memory-leak: "Once that's clean," introducing each stage
  {
    id: 'bf028',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: [
      "We'd route the new resizer to images from our own test shops first, since nobody buys from them and we can look at every photo. Once that's clean after two days, it goes to the sellers in the beta programme, about 5 % of listings. Once that's clean after two more days, 25 %. Once that's clean, 50 %, with the busiest sellers' listings held back to the final step, because their pages carry the most traffic. Once that's clean, everything.",
      'The limits go in the release doc before we start: resize errors no more than 0.5 % above the old service, p99 image latency no more than 150 ms worse, and memory per instance not growing more than 10 % over 24 hours. That last one is the one I care about. The benchmarks ran on fresh processes, and this service only restarts on deploys, so every stage holds at least 48 hours without a restart before it moves on.',
      "If something goes wrong we'd go back to the old resizer. Everywhere by Thursday is not going to happen, and I'd tell the team that now.",
    ].join('\n'),
  },
  // support-model-upgrade: roles written as job titles in capitals (PM, ENG LEAD, DATA SCIENTIST, FINANCE)
  {
    id: 'bf029',
    scenario: 'model',
    class: 'middling',
    points: points('P T M'),
    text: [
      'The PM owns the decisions here, the limits and what we are willing to pay per conversation; the ENG LEAD owns the model routing and the deployment, and the DATA SCIENTIST runs the evals.',
      'Before launch the PM and ENG LEAD agree the numbers: hallucination rate on payroll questions in the eval harness under 2 %, thumbs-down no more than 1 point above the old model, p95 latency under 4 seconds for a full answer, cost per conversation no more than 30 % over today, and errors within 0.5 % of control. FINANCE gets the cost figure on day one.',
      'Then the ENG LEAD sends a slice of traffic to the new model and we raise it over the following weeks as the numbers allow. If any limit breaks, we take the new model out.',
    ].join('\n'),
  },
  // night-breach-rollback-authority: a colleague's objection answered mid-answer
  {
    id: 'bf030',
    scenario: 'service',
    class: 'middling',
    points: points('P T R'),
    text: [
      "Let me say what's mine first. As PM I set the rollback limits and decide when we widen; the platform team owns the pricing-service deploy and the traffic switch.",
      'The limits are written down before Tuesday evening: fare-calculation errors no more than 0.3 % above the old service, p99 quote latency no more than 250 ms worse, and completed trips not down more than 1.5 % against control. Because the pricing service shares the nightly batch window with billing, quote latency inside that window is held to the same 250 ms.',
      "A colleague asked me whether the PM should be paged before any rollback, since fares are revenue. No. If a limit breaches at 2 a.m., the on-call engineer rolls back right then, without calling me, by switching fare traffic back to the old service; it's a routing change that takes under three minutes. I read the incident note in the morning. Riders being mispriced while someone waits for me to wake up is the worse outcome.",
      "After that we'd widen the rollout gradually through the week.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Belizean English register, spoken
  {
    id: 'bf031',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: [
      "Well, for this one I would go slow, you know. The new model cheaper and faster, so that da good, but we noh wahn the vets getting bad summaries. So we put it out to a few clinics first, see how it go, and if everything look fine we put it out to more. The team would keep an eye on the metrics and the feedback. If it look bad, we stop and go back to the old one. I think da the main thing: take time with it, talk to the vets, and don't rush.",
    ].join('\n'),
  },
  // search-tail-latency: a PM at a photo-printing service
  {
    id: 'bf032',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: [
      "At the photo-printing company we do everything gradually and it has served us well, so I'd do the same here. Release the new index to some users, watch the dashboards closely, make sure search still feels fast, and keep going if nobody complains. The engineers know the index better than I do, so I'd lean on them for when to expand. If something looks off we'd pause and look into it. The hosting saving is real, so I'd want to get there reasonably quickly.",
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: an answer given while sketching on a napkin
  {
    id: 'bf033',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: [
      "Napkin. Here's a box. Canary box, arrow, 1 % 5 % 25 % 100 %.",
      'German, du, Sie, formal, thumbs-down, warmer.',
      'Eval harness, hallucination, p95, tokens, cost.',
      'Box: PM, eng, routing, sign-off, gate, hold 48 h.',
      'Arrow back: rollback, on-call, 5 min, flag.',
      '0.5 % errors, 200 ms p99, 2 % conversion, baseline.',
      'Staff, beta, enterprise, last?',
      'Canary safe, A/B better, randomised.',
      'Circle, arrow, box, thresholds pre-committed, another box.',
    ].join('\n'),
  },
  // pricing-page-healthy: roles written as job titles in capitals (PM, ENG LEAD, SRE, ON-CALL)
  {
    id: 'bf034',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: [
      'PM. ENG LEAD. SRE. ON-CALL. Thresholds, 0.5 % errors, p99 200 ms, conversion 2 % baseline, pre-committed. Staff, early access, low-risk, high-value last. Ramp 1 %, 5 %, 25 %, 50 %, 100 %, holds, gates, time-based, metric-based. Sign-off PM ENG LEAD. Rollback under five minutes, config, any hour, no approval. Canary safety, randomised A/B test improvement. Friday campaign, comparison table, pricing page, checkout unchanged. Canary, canary, gate, hold, sign-off.',
    ].join('\n'),
  },
  // staff-cohort-artifact: a final line listing what the candidate would cut if time ran out
  {
    id: 'bf035',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: [
      "Honestly, this is a photos-and-size-guide change, and I wouldn't bother with most of the canary ceremony. I wouldn't sort users into cohorts: staff, loyal shoppers, new visitors, it's all just traffic to me. We won't write rollback thresholds in advance either; nobody knows what a normal number looks like for a page like this, so committing to 0.5 % or 200 ms up front would be theatre. I don't see the point of stages with holds between them, and I don't want anyone signing off steps, which only slows a cosmetic release down. I'm not going to name who can roll back or how fast. And I wouldn't split hairs between a canary and an A/B test here.",
      "If time ran out, I'd cut the cohort plan, the thresholds, the holds and the sign-offs, which is to say everything I wasn't planning to do anyway.",
    ].join('\n'),
  },
  // lunch-peak-recommendations: a colleague's objection answered mid-answer
  {
    id: 'bf036',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: [
      "My instinct is to keep this light. A colleague asked whether we should fix rollback thresholds on feature-store latency before we start. I said no: we wouldn't commit to numbers ahead of time on a model like this. She also wanted staff and beta shoppers first; I don't think ordering cohorts buys us anything for recommendations, so we wouldn't do that. I wouldn't set up stages with holds, and I wouldn't ask for a sign-off at each step. We won't track evals, dismissals or compute cost per request either; that's a research exercise, not a release. I wouldn't give the on-call engineer authority to roll back on their own, and I'm not going to get into canary-versus-A/B distinctions.",
    ].join('\n'),
  },
  // quiet-feedback-trap: a Belizean English register, spoken
  {
    id: 'bf037',
    scenario: 'model',
    class: 'misconception',
    points: points('P T H S R'),
    text: [
      'Okay, so this is how I would run it. As PM, the calls da mine: how far we open it up, the limits, how long we wait between steps. Engineering, dem own the routing and the model deploy.',
      'Now listen, I know people gwen tell me fi watch the eval harness and the vet ratings. But the harness only grade one summary in two hundred, and the vets barely rate anything, so that da noise. For a model, errors and latency tell you everything you need fi know: if the summaries come back on time and nothing throw an error, the model working. So those are the two numbers, and we set them before anything move: error rate no more than 0.5 % above the old model, p99 latency no more than 300 ms worse.',
      'Steps: 5 %, 25 %, 50 %, 100 %, and we hold one full day at each one fi see a full clinic day. Me and the eng lead sign off before every step up.',
      'If either number breach, the on-call engineer switch the model flag back, any hour, without calling me; couple minutes and the old model back.',
      'The new model cheaper, so once the errors and latency hold up, we good fi go all the way.',
    ].join('\n'),
  },
  // booking-purchases-lag: "Once that's clean," introducing each stage
  {
    id: 'bf038',
    scenario: 'service',
    class: 'misconception',
    points: points('C T H S'),
    text: [
      "The nice thing about a canary here is that it doubles as our A/B test. The canary cohort gets the new date picker and the shorter form, everyone else is the control, and at the end we compare booking rates. If the canary books more, we've proven the redesign is better and the design team's reviews were right.",
      'Before anything starts, we write down the limits: booking errors no more than 0.5 % above control, p99 page latency no more than 200 ms worse, and completed bookings no more than 2 % below control, counted with a 24-hour lag because guests book hours after they first look.',
      "Our own staff go first, since they book trips on the site and will spot a broken calendar. Once that's clean, repeat guests who joined the beta, at 5 %, held two days. Once that's clean, 25 %, held three days so the late bookings come in. Once that's clean, 50 %, now including first-time guests, who go last because they are the least forgiving. Once that's clean, 100 %. The product lead signs off each step with the eng lead.",
      "By the end, the canary's booking uplift is our headline number for the quarterly review.",
    ].join('\n'),
  },
  // after-the-sale-healthy: roles written as job titles in capitals (HEAD OF PRODUCT, ENG LEAD, RECRUITER, DESIGN LEAD, FINANCE)
  {
    id: 'bf039',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: [
      "Here is how I'd staff the team for the next half. HEAD OF PRODUCT approves two new PM roles, one for the product page and one for checkout. ENG LEAD interviews for a senior front-end engineer first, because the gallery work is blocked on that hire. RECRUITER opens the roles on Monday; the first screen is a thirty-minute call, then a take-home exercise, then a panel with DESIGN LEAD and me. We aim to make offers within five weeks. Each new PM shadows an experienced PM for the first month and owns a small roadmap item by month two. The two PM roles and the engineer fit inside the budget FINANCE approved in January. If we can hire only one person, it's the front-end engineer.",
    ].join('\n'),
  },
  // support-model-upgrade: a PM at a photo-printing service
  {
    id: 'bf040',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: [
      "At the photo-printing service I'm launching a new layflat photo book in time for the holidays, so let me walk through that. The book comes in two sizes, with a linen or leather cover, and we're pricing it 20 % above the standard album. Marketing will announce it in the November newsletter with a gallery of sample books, and we'll offer free shipping on the first order. The print lab needs new binding equipment, which arrives in October; we'll print a batch of fifty test books to catch glue and colour problems before launch. Success is 3,000 books sold by the end of December and a return rate under 2 %.",
    ].join('\n'),
  },
];
