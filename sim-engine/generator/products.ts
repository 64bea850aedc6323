import type { SegmentKind } from '../domain/plan';
import type { ChangeKind } from '../domain/scenario';

/*
 * The products a generated scenario can be about: who uses them, how they are split into
 * segments, and what a team might ship. Data only; the generator draws from it.
 */

/** A group of users a product can have; shares are drawn inside `share` and then normalised. */
export interface SegmentTemplate {
  readonly id: string;
  readonly names: readonly string[];
  readonly kind: SegmentKind;
  readonly share: readonly [number, number];
  /** Revenue per conversion against the product's, e.g. 5 for wholesale accounts. */
  readonly valueFactor?: number;
  /** Conversion against the product's baseline (staff browse and rarely buy). */
  readonly conversionFactor?: number;
  /** A region on another clock: its local hours run this far ahead of the team's. */
  readonly clockOffsetHours?: number;
  /** When false, the segment may be left out of a draw. */
  readonly always?: boolean;
}

export interface ChangeTemplate {
  readonly kind: ChangeKind;
  /** Short noun phrase for the title: "a one-page checkout". */
  readonly title: string;
  /** One or two sentences, as an interviewer says what ships. */
  readonly text: string;
}

export interface ProductTemplate {
  readonly id: string;
  /** "an online shop for home and garden goods", completed by the brief's phrasing. */
  readonly what: readonly string[];
  /** Whether users are "customers", "members", "teams" … in the brief's prose. */
  readonly people: string;
  readonly model: boolean;
  readonly users: readonly [number, number];
  readonly requestsPerMinute: readonly [number, number];
  readonly valuePerConversion: readonly [number, number];
  readonly conversionRate: readonly [number, number];
  readonly errorRate: readonly [number, number];
  readonly medianMs: readonly [number, number];
  readonly peakHour: number;
  readonly weekendFactor: number;
  readonly timeZone: string;
  readonly segments: readonly SegmentTemplate[];
  readonly changes: readonly ChangeTemplate[];
  /** Model products only: graded-answer baselines. */
  readonly quality?: {
    readonly hallucinationRate: readonly [number, number];
    readonly thumbsDownRate: readonly [number, number];
    readonly tokensPerQuery: readonly [number, number];
  };
}

const STAFF: SegmentTemplate = {
  id: 'staff',
  names: ['Employees', 'Staff accounts', 'Company staff'],
  kind: 'internal',
  share: [0.02, 0.04],
  valueFactor: 0,
  always: true,
};

const EARLY: SegmentTemplate = {
  id: 'preview',
  names: ['Preview programme', 'Beta testers', 'Insiders programme'],
  kind: 'early-access',
  share: [0.04, 0.08],
  always: true,
};

export const PRODUCTS: readonly ProductTemplate[] = [
  {
    id: 'shop',
    what: [
      'an online shop for home and garden goods',
      'a web shop for outdoor gear',
      'an online furniture store',
    ],
    people: 'customers',
    model: false,
    users: [150_000, 600_000],
    requestsPerMinute: [2500, 6000],
    valuePerConversion: [40, 90],
    conversionRate: [0.025, 0.045],
    errorRate: [0.001, 0.004],
    medianMs: [120, 240],
    peakHour: 20,
    weekendFactor: 1.2,
    timeZone: 'Europe/Paris',
    segments: [
      STAFF,
      EARLY,
      {
        id: 'browsers',
        names: ['Coupon browsers', 'Casual visitors'],
        kind: 'low-risk',
        share: [0.1, 0.2],
      },
      {
        id: 'regulars',
        names: ['Returning customers', 'Regular customers'],
        kind: 'general',
        share: [0.3, 0.45],
        always: true,
      },
      {
        id: 'overseas',
        names: ['Customers in South Korea', 'Customers in Japan'],
        kind: 'general',
        share: [0.1, 0.2],
        clockOffsetHours: 8,
      },
      {
        id: 'first-order',
        names: ['First-time buyers', 'New customers'],
        kind: 'new-customer',
        share: [0.1, 0.2],
        always: true,
      },
      {
        id: 'trade',
        names: ['Trade accounts', 'Wholesale accounts'],
        kind: 'high-value',
        share: [0.08, 0.18],
        valueFactor: 5,
        conversionFactor: 1.4,
        always: true,
      },
    ],
    changes: [
      {
        kind: 'surface',
        title: 'a one-page checkout',
        text: 'The three-step checkout becomes a single page, with saved addresses filled in automatically.',
      },
      {
        kind: 'surface',
        title: 'a redesigned product page',
        text: 'Product pages move reviews above the fold and load the photo gallery lazily.',
      },
      {
        kind: 'backend',
        title: 'a new pricing service',
        text: 'Prices and discounts move from the monolith to a new pricing service.',
      },
      {
        kind: 'backend',
        title: 'a rewritten basket service',
        text: 'The basket is rewritten as its own service with a new session store.',
      },
      {
        kind: 'infrastructure',
        title: 'a database proxy',
        text: 'Every service now reaches the orders database through a new connection proxy.',
      },
      {
        kind: 'infrastructure',
        title: 'a move to a new cache cluster',
        text: 'The product catalogue cache moves to a new managed cluster.',
      },
    ],
  },
  {
    id: 'travel',
    what: [
      'a train and coach booking site',
      'a ferry booking service',
      'a coach and rail booking site',
    ],
    people: 'travellers',
    model: false,
    users: [200_000, 800_000],
    requestsPerMinute: [3000, 7000],
    valuePerConversion: [60, 140],
    conversionRate: [0.02, 0.04],
    errorRate: [0.001, 0.003],
    medianMs: [150, 300],
    peakHour: 19,
    weekendFactor: 1.1,
    timeZone: 'Europe/London',
    segments: [
      STAFF,
      EARLY,
      {
        id: 'leisure',
        names: ['Leisure travellers', 'Holiday bookers'],
        kind: 'general',
        share: [0.35, 0.5],
        always: true,
      },
      {
        id: 'abroad',
        names: ['Travellers booking from North America', 'Bookers in the United States'],
        kind: 'general',
        share: [0.1, 0.2],
        clockOffsetHours: -5,
      },
      {
        id: 'newcomers',
        names: ['First-time bookers', 'New accounts'],
        kind: 'new-customer',
        share: [0.1, 0.2],
        always: true,
      },
      {
        id: 'business',
        names: ['Business travel accounts', 'Corporate bookers'],
        kind: 'high-value',
        share: [0.1, 0.2],
        valueFactor: 4,
        conversionFactor: 1.5,
        always: true,
      },
    ],
    changes: [
      {
        kind: 'surface',
        title: 'a new seat picker',
        text: 'Seat selection becomes an interactive map instead of a list.',
      },
      {
        kind: 'backend',
        title: 'a new fare engine',
        text: 'Fare quotes come from a rewritten fare engine that caches routes.',
      },
      {
        kind: 'backend',
        title: 'a new payment provider',
        text: 'Card payments move to a second payment provider with its own SDK.',
      },
      {
        kind: 'infrastructure',
        title: 'a move to a new region',
        text: 'The booking service moves to a new cloud region with a new load balancer.',
      },
    ],
  },
  {
    id: 'banking',
    what: ['a mobile banking app', 'a savings and payments app', 'an online bank for freelancers'],
    people: 'account holders',
    model: false,
    users: [100_000, 400_000],
    requestsPerMinute: [2000, 5000],
    valuePerConversion: [20, 60],
    conversionRate: [0.03, 0.06],
    errorRate: [0.001, 0.003],
    medianMs: [100, 200],
    peakHour: 12,
    weekendFactor: 0.7,
    timeZone: 'Europe/Berlin',
    segments: [
      STAFF,
      EARLY,
      {
        id: 'everyday',
        names: ['Everyday accounts', 'Personal accounts'],
        kind: 'general',
        share: [0.4, 0.55],
        always: true,
      },
      {
        id: 'expats',
        names: ['Account holders in Singapore', 'Customers in Asia'],
        kind: 'general',
        share: [0.08, 0.15],
        clockOffsetHours: 7,
      },
      {
        id: 'joiners',
        names: ['Accounts opened this month', 'New joiners'],
        kind: 'new-customer',
        share: [0.08, 0.15],
        always: true,
      },
      {
        id: 'business',
        names: ['Business accounts', 'Premium accounts'],
        kind: 'high-value',
        share: [0.1, 0.2],
        valueFactor: 5,
        conversionFactor: 1.3,
        always: true,
      },
    ],
    changes: [
      {
        kind: 'surface',
        title: 'a new transfer screen',
        text: 'Transfers move to a single screen with payee suggestions.',
      },
      {
        kind: 'backend',
        title: 'a new ledger service',
        text: 'Balances are read from a new ledger service instead of the core system.',
      },
      {
        kind: 'infrastructure',
        title: 'a new message queue',
        text: 'Payment events move to a new message queue cluster.',
      },
    ],
  },
  {
    id: 'support-assistant',
    what: [
      'an AI assistant that drafts replies for support agents',
      'a help-desk tool with an AI reply drafter',
    ],
    people: 'support agents',
    model: true,
    users: [20_000, 80_000],
    requestsPerMinute: [800, 2500],
    valuePerConversion: [30, 80],
    conversionRate: [0.02, 0.05],
    errorRate: [0.002, 0.004],
    medianMs: [900, 1800],
    peakHour: 11,
    weekendFactor: 0.4,
    timeZone: 'Europe/Dublin',
    quality: {
      hallucinationRate: [0.02, 0.04],
      thumbsDownRate: [0.05, 0.1],
      tokensPerQuery: [600, 1400],
    },
    segments: [
      STAFF,
      EARLY,
      {
        id: 'teams',
        names: ['Small support teams', 'Team plans'],
        kind: 'general',
        share: [0.4, 0.55],
        always: true,
      },
      {
        id: 'apac',
        names: ['Teams in Japan', 'Teams in Asia-Pacific'],
        kind: 'general',
        share: [0.1, 0.2],
        clockOffsetHours: 9,
      },
      {
        id: 'trials',
        names: ['Trial accounts', 'Teams on a free trial'],
        kind: 'new-customer',
        share: [0.08, 0.15],
        always: true,
      },
      {
        id: 'enterprise',
        names: ['Enterprise customers', 'Large contact centres'],
        kind: 'high-value',
        share: [0.1, 0.2],
        valueFactor: 6,
        always: true,
      },
    ],
    changes: [
      {
        kind: 'model',
        title: 'a larger reply model',
        text: 'Reply drafts come from a larger, newer language model.',
      },
      {
        kind: 'model',
        title: 'a cheaper reply model',
        text: 'Reply drafts move to a cheaper, faster model to cut serving costs.',
      },
      {
        kind: 'prompt',
        title: 'a friendlier drafting prompt',
        text: 'The drafting prompt is rewritten to sound warmer and to quote the help centre.',
      },
      {
        kind: 'prompt',
        title: 'a longer system prompt',
        text: 'The system prompt gains the full product catalogue so drafts can cite it.',
      },
    ],
  },
  {
    id: 'search-answers',
    what: [
      'a recipe site with AI answers above the search results',
      'a travel guide app that answers questions with a language model',
    ],
    people: 'readers',
    model: true,
    users: [100_000, 400_000],
    requestsPerMinute: [1500, 4000],
    valuePerConversion: [5, 20],
    conversionRate: [0.03, 0.06],
    errorRate: [0.001, 0.003],
    medianMs: [600, 1200],
    peakHour: 18,
    weekendFactor: 1.3,
    timeZone: 'America/New_York',
    quality: {
      hallucinationRate: [0.02, 0.05],
      thumbsDownRate: [0.06, 0.12],
      tokensPerQuery: [300, 900],
    },
    segments: [
      STAFF,
      EARLY,
      {
        id: 'readers',
        names: ['Signed-in readers', 'Regular readers'],
        kind: 'general',
        share: [0.4, 0.55],
        always: true,
      },
      {
        id: 'europe',
        names: ['Readers in Ireland', 'Readers in the United Kingdom'],
        kind: 'general',
        share: [0.1, 0.2],
        clockOffsetHours: 5,
      },
      {
        id: 'visitors',
        names: ['Visitors from search engines', 'Anonymous visitors'],
        kind: 'low-risk',
        share: [0.1, 0.2],
      },
      {
        id: 'subscribers',
        names: ['Paying subscribers', 'Premium members'],
        kind: 'high-value',
        share: [0.08, 0.15],
        valueFactor: 8,
        always: true,
      },
    ],
    changes: [
      {
        kind: 'model',
        title: 'a new answer model',
        text: 'Answers come from a newer model with a longer context.',
      },
      {
        kind: 'prompt',
        title: 'a shorter answer prompt',
        text: 'The answer prompt is trimmed so answers are two sentences long.',
      },
      {
        kind: 'prompt',
        title: 'an answer prompt with citations',
        text: 'The prompt asks the model to quote and link the pages it used.',
      },
    ],
  },
];
