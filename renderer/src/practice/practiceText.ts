import type { ChangeKind } from '../../../sim-engine/index';
import type { PracticeChoice } from './nextPractice';

/** A kind of change as the learner would say it after "on": "Rollback readiness on model upgrades". */
export const CHANGE_KIND_PLURALS: Readonly<Record<ChangeKind, string>> = {
  surface: 'surface tweaks',
  backend: 'backend changes',
  infrastructure: 'infrastructure changes',
  model: 'model upgrades',
  prompt: 'prompt changes',
};

const DAY = 24 * 60 * 60 * 1000;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** "today", "since Tue" (within the last week), "since 3 Nov", "Sat", "12 Nov": local days. */
export function dueWords(due: Date, now: Date): string {
  const days = Math.round((startOfDay(due) - startOfDay(now)) / DAY);
  if (days === 0) return 'due today';
  const name =
    Math.abs(days) < 7
      ? due.toLocaleDateString('en-GB', { weekday: 'short' })
      : due.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  return days < 0 ? `due since ${name}` : `due ${name}`;
}

/** The card's headline and the sentence that says why this is next. */
export function practiceWhy(choice: PracticeChoice, now: Date): { headline: string; why: string } {
  const kind = CHANGE_KIND_PLURALS[choice.changeKind];
  if (!choice.card) {
    return {
      headline: `Start on ${kind}`,
      why: `Nothing is due for review yet, and you have not practised ${kind}.`,
    };
  }
  const { title, lastScore, card } = choice.card;
  const headline = `${title} on ${kind}`;
  const last = `last ${lastScore}/100`;
  const due = dueWords(card.due, now);
  return choice.reason === 'due'
    ? {
        headline,
        why: `${due[0]?.toUpperCase()}${due.slice(1)}; ${last}. Spaced practice brings it back before it fades.`,
      }
    : {
        headline,
        why: `Nothing is due for review; this is your weakest (${last}, ${due}).`,
      };
}
