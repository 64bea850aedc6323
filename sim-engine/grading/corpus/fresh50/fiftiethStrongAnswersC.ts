import type { LabelledAnswer } from '../corpusTypes';
import { points } from '../labels';

/** Fiftieth fresh set, author c: strong answers (bd041–bd047), written blind and labelled by hand. */
export const FIFTIETH_C_STRONG_CORPUS: readonly LabelledAnswer[] = [
  // support-model-upgrade: "I will" throughout
  {
    id: 'bd041',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'I will treat this release as two jobs with two owners. I will own the release decisions: the order in which customers see the larger model, the limits that stop it, and how long each stage holds. The ML platform team will own the routing and the deploy, and I will not touch either.',
      'I will start with our own employees, because they read their own payslips in the product and will spot a wrong answer about leave or tax the same day. Next I will add the customer admins who opted into the beta programme. I will bring in large payroll customers last, and I will keep every customer out during the three days before their payday, because a wrong answer then reaches people who are anxious about being paid.',
      'Before any traffic moves I will write the rollback limits into the release doc and get the ML lead to agree to them: error rate more than 0.5 percentage points above the old model, p95 latency more than 400 ms above it, hallucination rate from the eval harness above 2 % of sampled conversations, thumbs-down rate up by more than 20 % relative to the old model, and cost per conversation above 4 cents, which is the number I will also give Finance.',
      'I will ramp at 1 %, 5 %, 25 %, 50 % and 100 %. At each stage I will hold for at least 24 hours and until the harness has graded 300 conversations, and I will advance only if every limit is green. The ML lead and I will both sign each advance; if either of us declines, the stage holds.',
      'I will let the on-call engineer roll back at any hour without asking me: one flag switch sends all traffic back to the old model in under two minutes, and I will hear about it afterwards.',
      'I will not read the three-point offline gain as proof of anything in production. The canary will tell me the larger model is safe to run. Whether it actually resolves more questions, I will learn from a randomised A/B test, old model against new with users assigned at random, after the ramp is done.',
    ].join('\n'),
  },
  // payment-sdk-android-bursts: on-call engineer's side
  {
    id: 'bd042',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      "I'm the on-call engineer for this one, so this is the release as it looks from my chair.",
      "The PM owns the calls that decide whether the canary catches anything: which users go first, the rollback limits, how long each stage holds. My team owns the plumbing: the app ships both payment SDKs behind a remote-config flag, and we control the flag and the deploy. I don't change the order or the limits, and the PM doesn't touch the flag.",
      'The order the PM has set, with reasons I agree with: staff accounts first, because our own people order lunch through the app every day and will report a failed payment within the hour. Then the customers who opted into the beta app channel. Then ordinary Android and iOS users in two smaller cities. Big cities and anything touching Friday dinner come last, because that is the hour where a payment burst costs the most orders.',
      "The limits were agreed in the release doc before the first payment went through the new SDK, and they're already in my alerting: payment failure rate more than 0.5 percentage points above the old SDK over any 5-minute window, because the bursts won't show in hourly averages; p99 payment confirmation time more than 300 ms above control; and completed orders down 2 % against the baseline cohort. Android is alerted separately from iOS.",
      "Stages are 1 %, 5 %, 25 %, 50 % and 100 %. Each one holds at least 48 hours and has to include a full weekday dinner peak, and no stage advances on a Friday. The percentage only moves when the PM and the payments lead have both signed off that stage in the release doc; I don't move it on my own.",
      'Rollback is mine. If any limit trips, at any hour, I flip the flag back to the old SDK without asking the PM or anyone else. Apps pick up the config within about three minutes, so the whole rollback is done in under five. I tell the PM afterwards.',
      'One more thing the PM made sure we all understood: this canary tells us the new SDK is safe. It does not tell us wallet payments lift orders. That question goes to a randomised A/B test once the SDK is fully out.',
    ].join('\n'),
  },
  // prompt-locale-thumbs-down: Barbadian English register, written
  {
    id: 'bd043',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'As PM I does own the decisions: who sees the new prompt and in what order, the limits, and how long each step does hold. Engineering own the routing and the deploy.',
      "We own staff go first, English and German both, 'cause they will tell we quick if the tone ain' right. Then the beta users who sign up early. German business users go last, since formal address does matter most to them and they is a quarter of the base.",
      'The limits get written down before one message go through: thumbs-down up more than 2 points over control in either language, hallucination rate on the eval harness over 1 %, p95 latency up 200 ms, tokens per reply up more than 10 %, errors up 0.5 %. Any one of them and we roll back.',
      'The steps is 1 %, 5 %, 25 %, 50 %, 100 %, each one holding 48 hours minimum, German tracked separate. Me and the ML lead does sign off every step before it move.',
      'The on-call engineer can flip back to the old prompt any hour, no asking nobody, and it done in under five minutes.',
      'And lemme be clear: the canary only showing it safe. If wunna want to know if warmer is better, that is a randomised A/B test after.',
    ].join('\n'),
  },
  // storage-migration-under-load: each stage a card in prose: who, how many, how long, what stops it
  {
    id: 'bd044',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      'Ownership before the cards: I own the order of the cards, the limits on them and how long each one holds. The infrastructure team owns the new proxy, the routing and the data migration. The limits are written into the release doc and agreed with the infrastructure lead before the first task is read through the proxy, and they do not change mid-card.',
      "The first card is our own company. Who: our product, support and engineering teams, whose workspaces live in the tool all day and who will report a slow board within minutes. How many: about 1 % of reads. How long: three working days, so the new cluster's caches go cold overnight at least twice. What stops it: error rate more than 0.5 percentage points above the old cluster, p99 page-load latency more than 200 ms above it, or proxy connection-pool use above 80 %.",
      'The second card is the teams in the early-access programme, who asked to see changes first. How many: 5 % of reads. How long: 48 hours, including a Monday morning, when every team opens its boards at once on cold caches. What stops it: the same limits, plus tasks created per active user down more than 2 % against the baseline cohort.',
      'The third card is small paying teams on monthly plans. How many: 25 %. How long: 72 hours, because this is the first stage with enough volume for the business metric to mean something. What stops it: the same four limits.',
      'The fourth card is everyone except the largest enterprise accounts. How many: 50 %. How long: 72 hours. What stops it: the same four limits.',
      'The last card is the enterprise accounts, last because they are the customers we can least afford to hurt. How many: 100 %. How long: a full week before the old cluster is decommissioned, and if that runs past the end of the month, I will argue for keeping the old cluster a little longer.',
      'Between cards: nothing moves to the next card until the infrastructure lead and I have both signed the advance in the release doc.',
      'Pulling a card: the on-call SRE can send reads back to the old cluster at any hour, without asking me, by switching the proxy route; it takes under three minutes. That only works because writes go to both clusters until the last card has held, and I will not let anyone stop the dual writes early.',
      'What no card shows: that the managed cluster makes the product better. The cards show it is safe. If anyone wants to claim it made boards faster for customers, that needs a randomised A/B test.',
    ].join('\n'),
  },
  // quiet-feedback-trap: PM at a hospital appointment-scheduling system
  {
    id: 'bd045',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      'My day job is product for a hospital appointment-scheduling system, where a booking that silently lands in the wrong slot is found out only when a patient turns up to a locked clinic. That habit of asking how we would even notice is where I start with this change, because the trap here is that the signal is thin.',
      'As the PM here I would own the release decisions: the order of clinics, the rollback limits and how long each stage holds. The ML platform engineers own the routing, the model deploy and the flag.',
      'Our own support team and the two vets on staff would use internal test clinics first; they know what a good summary looks like. Then the dozen or so clinics who joined our pilot programme and agreed to rate every summary for a fortnight. Then single-vet practices. Multi-site groups and clinics doing emergency and out-of-hours work go last, because a missing medication in a summary there does the most harm.',
      "The rollback limits get fixed and signed before the first summary is generated: hallucination or omitted-medication rate from the eval harness above 1 % of graded summaries; thumbs-down rate more than 1.5 times the old model's; error rate 0.5 points above control; p95 latency above today's; cost per summary less than 30 % below the old model's, because then the change has lost its point.",
      "At today's sampling the harness grades one summary in two hundred, which at a few hundred a minute would take days to say anything at 5 %. So on canary traffic the harness grades one in ten. Stages are 5 %, 20 %, 50 % and 100 %, and each holds until at least 500 canary summaries are graded and three clinic days have passed, whichever is later.",
      'I sign every advance together with the ML lead and our staff vet, who reads a sample of the graded summaries.',
      'The on-call engineer can switch any clinic, or all of them, back to the old model at any hour with the flag, in under five minutes, without waiting for me.',
      "What the canary can't tell me is whether the cheaper model is as good as the old one for vets. It tells me it is safe to keep going; a randomised A/B test on summary quality answers the other question.",
    ].join('\n'),
  },
  // night-breach-rollback-authority: bracketed tags such as [decision] and [limit]
  {
    id: 'bd046',
    scenario: 'service',
    class: 'strong',
    points: points('P C T H S R A'),
    text: [
      '[decision] I own the order, the limits and the holds for this release.',
      '[owner] Platform engineering owns the routing and the deploy of the pricing service.',
      "[decision] Employees' own rides go first, then riders in the opted-in beta, then one mid-sized city on weekdays. Airport trips and the weekend night peak come last, because a wrong fare there reaches the most riders.",
      '[limit] Written and agreed before any fare is calculated by the new service: fares differing from the old service on more than 0.2 % of trips, errors 0.5 points above control, p99 quote latency 150 ms above control, completed trips down 2 % against baseline.',
      '[gate] 1 %, 5 %, 25 %, 50 %, 100 %. Each stage holds at least 24 hours and must include one nightly billing batch window before it advances.',
      '[decision] The pricing lead and I both sign every advance.',
      '[authority] The on-call engineer rolls back at any hour, 2 a.m. included, without phoning me: one routing switch puts fares back on the old service in under three minutes.',
      '[assumption] The old service stays warm for a week after 100 %.',
      '[caveat] The canary tells us the new service is safe. Whether its fares earn more is a question for a randomised A/B test.',
    ].join('\n'),
  },
  // lunch-peak-recommendations: plain essay built around the scenario risk, closing line addressed to the interviewer
  {
    id: 'bd047',
    scenario: 'model',
    class: 'strong',
    points: points('P C T H S R A M'),
    text: [
      "The risk in this change is not the model's ranking; it is what the model asks of the feature stores. The stores were sized for the old model, the new one reads more features per request, and the heaviest load arrives at the Singapore lunch hour, when Berlin is barely awake. My plan is built around that.",
      'I own the release decisions: which regions and customers see the model in what order, the limits that stop it and how long each stage holds. The ML platform team owns the model serving and the traffic split; the regional SRE teams own the feature stores.',
      'Staff accounts in both regions go first, since our own people use the app and a broken home screen gets reported fast. Then customers in the opted-in beta. Then European customers. South-East Asian customers come after Europe has held, and Singapore at lunch is the last cohort to reach full exposure, because it is where the stores are closest to their limit.',
      'Before any traffic moves, the limits go into the release doc, agreed with the ML lead: feature-store p99 read latency above 80 ms in either region; home-screen p95 more than 150 ms above control; errors 0.5 points above control; fallbacks to the default basket above 1 % of requests; add-to-basket from recommendations down more than 2 % against control; compute cost per thousand requests more than 25 % above the old model.',
      "Stages are 1 %, 5 %, 25 %, 50 % and 100 %, per region. Each holds at least 24 hours so it spans both Europe's evening peak and Singapore's lunch, and it advances only if every limit is green in both regions. The ML lead and I sign each advance; for the Asian stages the Singapore SRE lead signs as well.",
      'Whoever is on call in the region that breaches may roll back there, at any hour, without waking Berlin: the model version is a per-region flag, and switching it back takes under five minutes.',
      "I also want the eval harness to score relevance on a daily sample of served baskets, and I will watch the 'not interested' taps as the users' own verdict. Those guard quality; they do not prove the new model is better, and neither does the canary. The canary shows it is safe, and whether it sells more baskets goes to a randomised A/B test.",
      'You asked how I would run it; I would rather you push on the Singapore stage than on anything else, because that is where this plan earns its keep.',
    ].join('\n'),
  },
];
