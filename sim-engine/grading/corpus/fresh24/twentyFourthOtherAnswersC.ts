import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/**
 * Twenty-fourth fresh set, author c: middling (ad048–ad050), weak (ad051–ad052), salad
 * (ad053–ad054), negated (ad055–ad056), misconception-led (ad057–ad058) and off-topic
 * (ad059–ad060) answers, written blind and labelled by hand. Scenario ids are in LABEL-NOTES-c.md.
 */
export const TWENTY_FOURTH_C_OTHER_CORPUS: readonly LabelledAnswer[] = [
  {
    // checkout-first-order — middling, Slack message
    id: 'ad048',
    scenario: 'service',
    class: 'middling',
    points: points('C T H'),
    text: `Quick take on the one-page checkout. I wouldn't start with a random slice. Returning customers with saved addresses and cards go first, since that's who the page was designed and lab-tested for. First-time buyers come last: they have nothing saved, and they're exactly who the spring campaign brings in, so that's where a broken flow would cost us the most. Before launch I'd put the limits in writing: checkout errors no more than 0.5 % above the old flow, p99 page load no more than 250 ms slower, and first-order conversion no more than 2 % below the three-step checkout. Stages at 5 %, 20 %, 50 % and 100 %, with two full days at each, and we only move on when all three numbers are inside those limits. Ideally we're at 100 % a week before the campaign starts.`,
  },
  {
    // image-resizer-memory-leak — middling, email to a colleague
    id: 'ad049',
    scenario: 'service',
    class: 'middling',
    points: points('P R A'),
    text: `Hi Sam,

On the resizer rewrite, let me be clear about the split. Engineering decides how it gets deployed and builds the dashboards; what I own as PM is the release call: how much of the marketplace is exposed, what counts as bad enough to stop, and whether we keep going.

The thing I care most about is the way back. Whoever is on call can roll it back on their own authority at any hour, without waiting for me or a meeting, and it has to be a traffic switch to the old resizer that's done in a few minutes, not a rebuild and redeploy. Please check that's actually in place before we start.

Also, let's not oversell the canary. The benchmark says 20 % faster, but a clean canary only tells us the new service is safe to run. If we want to tell sellers it's faster, that's an A/B test afterwards.

Thursday is a target, not a promise.

Thanks,
Priya`,
  },
  {
    // support-model-upgrade — middling, terse notes
    id: 'ad050',
    scenario: 'model',
    class: 'middling',
    points: points('T S M'),
    text: `New model for the assistant, my notes:
- Limits we'd pull it back on, agreed before launch: error rate no more than +0.5 % vs the current model, p95 response time no more than +500 ms, cost per conversation capped at €0.04 (Finance asked, so this goes in the launch doc).
- Watch more than errors: hallucinations on our eval set of payroll questions, thumbs-down and "talk to a human" clicks, tokens per conversation.
- Every increase in exposure needs a yes from me and the engineering lead, written down.
- Evals +3 on short questions; need to check the long ones too.`,
  },
  {
    // pricing-page-healthy — weak
    id: 'ad051',
    scenario: 'service',
    class: 'weak',
    points: [],
    text: `Since the checkout behind it isn't changing, this is about as low-risk as a release gets. I'd roll the new pricing page out gradually over the next few days so it's definitely live before Marketing's campaign on Friday, and I'd keep an eye on sign-ups and the general health of the site while it goes out. If anything looks wrong we can always revert to the old page. I'd let engineering decide the exact percentages and timing since they know the deployment tooling best, and I'd make sure Marketing knows the new page is where their links will land.`,
  },
  {
    // prompt-locale-thumbs-down — weak
    id: 'ad052',
    scenario: 'model',
    class: 'weak',
    points: [],
    text: `I would start by trying the new prompt internally on a set of sample emails and getting the team to check that the replies sound warmer without becoming unprofessional. Once we're happy with it, I'd release it to a small group of users and monitor how it goes, looking at the feedback people leave. If there are complaints we can switch back to the old prompt. Since a lot of our users write in German, it would be good to have someone check that the tone works there as well. Then we roll it out to everyone.`,
  },
  {
    // search-tail-latency — salad
    id: 'ad053',
    scenario: 'service',
    class: 'salad',
    points: [],
    text: `Canary, tail latency, p99 and p99.9, index layout, filters. Thresholds, rollback, holds, sign-off, cohorts, A/B. Staff, free tier, institutional licences, beta. 1 %, 5 %, 25 %, 50 %, 100 %, 0.5 %, 200 ms, 2 %, 24 hours, five minutes. Baseline, control, canary cohort, dashboards, SLOs, alerts, error budget, blast radius, kill switch, on-call, eng lead, PM. Cheaper hosting, faster median, rare queries, monitoring, gates. Replicas, shards, cache warm-up, query mix, semester peaks, p95, cost per query. Metrics, metrics, metrics.`,
  },
  {
    // lunch-peak-recommendations — salad
    id: 'ad054',
    scenario: 'model',
    class: 'salad',
    points: [],
    text: `Recommendations, model, canary. Feature stores, regions, Singapore, Berlin, lunch peak, early morning. Eval harness, hallucination, thumbs-down, p95, p99, tokens, compute, cost. Internal, beta, high-value, general, EU, SEA. One, five, twenty-five, fifty, a hundred. Half a percent, two hundred milliseconds, two percent, twenty-four hours, five minutes. Holds, gates, sign-off, rollback, on-call, PM, eng lead, data science. Baseline, control cohort, A/B, canary, safety, lift. Dashboards, alerts, capacity, QPS, recall@10, basket value, add-to-cart. Latency budget, weekdays, weekends. All of it, all important, all monitored.`,
  },
  {
    // after-the-sale-healthy — negated
    id: 'ad055',
    scenario: 'service',
    class: 'negated',
    points: [],
    text: `Honestly, this is a cosmetic change and leadership wants it this week, so I'd push back on most of the usual canary ceremony. I wouldn't pick a careful order of segments, staff first, beta users next, big customers last; it's reviews and a gallery, not payments. I'm not going to write rollback thresholds down in advance either: numbers like 0.5 % errors or a 2 % conversion drop are arbitrary for a page like this. No 1 %, 5 %, 25 % ramp with holds at each stage, and no sign-off from me and the tech lead before every step; that's a week we don't have. I wouldn't spend time making rollback a one-click config switch for the on-call engineer either. If something is truly broken we'll redeploy the old page. And I don't see the need for an A/B test afterwards. Ship it Monday and move on.`,
  },
  {
    // quiet-feedback-trap — negated
    id: 'ad056',
    scenario: 'model',
    class: 'negated',
    points: [],
    text: `I don't think the usual model playbook fits here. The eval harness only grades one summary in two hundred, so I wouldn't lean on hallucination rates, and I wouldn't bother tracking thumbs-down either, since so few vets rate anything. p95 latency and cost per summary aren't worth a dashboard when the whole point of the change is that it's cheaper and faster. I wouldn't commit to rollback numbers before launch, and I'm not going to stage it through 5 %, 25 % and 50 % with multi-day holds when traffic is this small; there's nothing to read at 5 % anyway. I'd skip a staff-first or early-access-first order too, because every clinic is small. Sign-off at each step by me and the eng lead? Not needed. Nor would I set things up so the on-call engineer can roll back on their own. We just switch it on for everyone.`,
  },
  {
    // booking-purchases-lag — misconception-led (canary proves it better; thresholds while watching)
    id: 'ad057',
    scenario: 'service',
    class: 'misconception',
    points: points('C H R'),
    text: `The canary is how we'll prove the new date picker converts better. Design reviews were glowing, so I'd expect the canary group to book more than everyone else, and that lift is our evidence for going to 100 %. I wouldn't pin thresholds down up front; booking numbers move around so much that I'd rather watch the dashboard as the data comes in and decide then what looks wrong. Order: our own staff first, then guests in the beta programme, then new visitors, with repeat guests who book several stays a year last, since they're the ones we can least afford to annoy. Ramp 5 %, 25 %, 50 %, 100 %, and each stage holds a full day, because people often book in the evening after talking it over at home. If something looks off, the on-call engineer can switch the flag back to the old booking page at any hour without waiting for me; it takes about a minute.`,
  },
  {
    // support-model-upgrade — misconception-led (only errors and latency; most valuable customers first)
    id: 'ad058',
    scenario: 'model',
    class: 'misconception',
    points: points('P T R'),
    text: `As PM I own the rollout call; engineering owns the model switch and the infrastructure. For a model, what matters is the same as for any service: error rate and latency. Quality is what the offline evals are for, and they already went up three points, so during the rollout I'd watch errors and latency and nothing else. Thresholds are set before launch: we roll back if errors rise more than 0.5 % over the current model or p99 latency is more than 400 ms worse. I'd put our biggest enterprise customers on it first. They have the most conversations, so we'll see problems quickest, and they'll appreciate getting the better model early. Rollback is the on-call engineer's call at any hour: switch the model flag back, a couple of minutes, no need to ask me.`,
  },
  {
    // staff-cohort-artifact — off-topic (product discovery for the size guide)
    id: 'ad059',
    scenario: 'service',
    class: 'off-topic',
    points: [],
    text: `For the bigger photos and the size guide, I'd start with the problem we're solving: customers returning items because they picked the wrong size. I'd pull the return reasons from the last two quarters, see which categories have the highest "too small" and "too large" rates, and interview a dozen customers who returned something recently. The size guide should be per brand, not generic, because our brands cut differently; ideally it shows how tall the model in the photo is and which size they're wearing. For the photos, I'd work with the studio on a consistent crop and make sure they're compressed well enough that pages stay quick on mobile. Success for me would be fewer size-related returns within three months and more people opening the guide before they add to basket.`,
  },
  {
    // prompt-locale-thumbs-down — off-topic (tone guide and localisation)
    id: 'ad060',
    scenario: 'model',
    class: 'off-topic',
    points: [],
    text: `The thing I'd sort out first is the tone guide, because "warmer and more casual" means different things in different languages. In English, casual is fine almost everywhere. In German, switching from Sie to du with a customer or a manager can read as rude, so the prompt should follow the register the user is already writing in, and default to formal when it can't tell. I'd get a native German writer to rewrite the German examples in the prompt rather than translating the English ones, and add a short list of phrases the assistant should never use in formal emails. Longer term, we could let users pick a tone in settings, formal, neutral or friendly, which would also help with French and Spanish if we add them.`,
  },
];
