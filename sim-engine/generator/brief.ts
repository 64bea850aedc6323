import type { Draw } from './draw';
import type { SegmentChoice } from './families';
import type { Trap } from './traps';

/*
 * The brief as an interviewer tells it: the product and who uses it, what ships, the
 * business context and the calendar. Every figure comes from the scenario itself, and no
 * sentence names or hints at the hidden regression.
 */

export interface BriefFacts {
  readonly what: string;
  readonly people: string;
  readonly users: number;
  readonly requestsPerMinute: number;
  readonly peakHour: number;
  readonly timeZone: string;
  readonly segments: readonly SegmentChoice[];
  readonly change: string;
  readonly trap: Trap | null;
}

export interface Brief {
  readonly product: string;
  readonly change: string;
  readonly context: string;
  readonly calendar: string;
}

/** 1234567 → "1,234,567": the way the brief writes counts, and the way tests read them back. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const percentOf = (share: number): number => Math.round(share * 100);

const OPENINGS = [
  (facts: BriefFacts) =>
    `You are the product manager for ${facts.what}, with about ${formatCount(facts.users)} active ${facts.people}.`,
  (facts: BriefFacts) =>
    `Picture ${facts.what}. About ${formatCount(facts.users)} ${facts.people} use it.`,
  (facts: BriefFacts) =>
    `The product is ${facts.what}, used by about ${formatCount(facts.users)} ${facts.people}.`,
];

const TRAFFIC = [
  (facts: BriefFacts) =>
    `Traffic averages ${formatCount(facts.requestsPerMinute)} requests a minute and peaks around ${String(facts.peakHour).padStart(2, '0')}:00 ${facts.timeZone} time.`,
  (facts: BriefFacts) =>
    `On an average minute it serves ${formatCount(facts.requestsPerMinute)} requests, most of them around ${String(facts.peakHour).padStart(2, '0')}:00 ${facts.timeZone} time.`,
];

const DEADLINES = [
  'Leadership wants it live this week.',
  'The team would like it out before the end of the month.',
  'A competitor shipped something similar last month, so there is pressure to move.',
  'Nobody expects trouble, and the team is keen to move on to the next project.',
  'The engineers are confident; the design was reviewed twice.',
];

const STAKES = [
  'A bad week would show up in the quarterly numbers.',
  'Support is small and would struggle with a flood of complaints.',
  'The largest accounts have contracts with service levels.',
  'The last release that went wrong took two days to clean up.',
];

const ORDINARY_WEEKS = [
  'An ordinary week: no campaign and no holiday.',
  'Nothing special on the calendar this week or last.',
  'No campaign this week; last week was quiet too.',
];

function segmentSentence(facts: BriefFacts): string {
  const parts = facts.segments.map((segment) => `${segment.name} (${percentOf(segment.share)} %)`);
  const last = parts.pop() ?? '';
  return `Traffic splits into ${parts.join(', ')} and ${last}.`;
}

function regionSentence(facts: BriefFacts): string {
  const region = facts.segments.find((segment) => segment.clockOffsetHours !== 0);
  if (!region) return '';
  const hours = Math.abs(region.clockOffsetHours);
  return ` ${region.name} live ${hours} hours ${region.clockOffsetHours > 0 ? 'ahead of' : 'behind'} the team's clock.`;
}

function trapContext(facts: BriefFacts): string {
  if (facts.trap?.kind !== 'cohort-artifact') return '';
  const staff = facts.segments.find((segment) => segment.kind === 'internal');
  return staff
    ? ` ${staff.name} use the live product all day to check orders, but rarely buy through it.`
    : '';
}

function calendar(facts: BriefFacts, draw: Draw): string {
  if (facts.trap?.kind === 'drift')
    return `Last week was the ${facts.trap.event}, ${facts.trap.discountPercent} % off everything; it ended on Sunday at midnight. Nothing is planned this week.`;
  return draw.pick(ORDINARY_WEEKS);
}

/** Writes the four parts of the brief from the scenario's own facts. */
export function writeBrief(facts: BriefFacts, draw: Draw): Brief {
  const product = `${draw.pick(OPENINGS)(facts)} ${draw.pick(TRAFFIC)(facts)} ${segmentSentence(facts)}`;
  const [first, second] = draw.some(DEADLINES, 1).concat(draw.some(STAKES, 1));
  return {
    product,
    change: facts.change,
    context: `${first} ${second}${regionSentence(facts)}${trapContext(facts)}`,
    calendar: calendar(facts, draw),
  };
}
