/**
 * The sentence tests' shared plan: an order of customers and written limits, so that a test's
 * own sentence is read inside an answer that already makes those points (the round test files
 * under sim-engine/grading/).
 */
export const ORDER =
  'Staff go first, then the customers who opted into early access, then regulars by years with us; new customers go last because they forgive least.';
export const LIMITS =
  'Before anything moves we write down the limits: errors more than 0.5 % worse than now, or p99 latency more than 300 ms worse than now, and we shut the gate.';

/**
 * Who owns what, for tests that give their own order of customers (so `plan`, which carries one,
 * does not fit): the speaker's decisions and engineering's, in one sentence.
 */
export const OWNER =
  'I decide the order of customers, the limits and the holds; engineering owns the routing and the flag.';

/** The shared plan with a test's own sentences after it, as one paragraph. */
export const plan = (...sentences: string[]): string => [ORDER, LIMITS, ...sentences].join(' ');
