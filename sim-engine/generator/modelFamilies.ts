import { rounded } from './draw';
import type { DrawnRegression, FamilyContext } from './families';
import { capped, pct } from './familyWording';

// The families only a model or prompt change can draw: worse answers, and a costlier answer.

export function modelQuality(context: FamilyContext): DrawnRegression {
  const { strength } = context;
  const hallucination = rounded(capped(0.8 * strength, 3), 2);
  const thumbs = rounded(capped(0.4 * strength, 2), 2);
  return {
    family: 'model-quality',
    regression: {
      id: `quality-${context.index}`,
      effects: [
        { metric: 'hallucination_rate', change: 'relative', amount: hallucination },
        { metric: 'thumbs_down_rate', change: 'relative', amount: thumbs },
      ],
      onset: { type: 'immediate' },
      cause: `With ${context.changeTitle}, long requests push the model into inventing details: the graded hallucination rate rises by ${pct(hallucination)} and thumbs-down by ${pct(thumbs)}.`,
    },
    probes: [
      {
        text: 'Error rate and latency are flat. How would you know the answers got worse?',
        whenMissing: 'model-metrics',
      },
    ],
    debriefNotes: [
      `The answers got worse, not slower: hallucinations rose by ${pct(hallucination)} while errors and latency stayed flat.`,
      'Guards on graded answers and user feedback, held long enough to gather enough of them, are what see a quality regression.',
    ],
  };
}

export function tokenCost(context: FamilyContext): DrawnRegression {
  const { strength } = context;
  const amount = rounded(capped(0.3 * strength, 1.5), 2);
  return {
    family: 'token-cost',
    regression: {
      id: `tokens-${context.index}`,
      effects: [{ metric: 'token_cost', change: 'relative', amount }],
      onset: { type: 'immediate' },
      cause: `With ${context.changeTitle}, answers carry much more context: each query uses about ${pct(amount)} more tokens.`,
    },
    probes: [
      {
        text: 'Quality holds up. Is there anything else the finance team would ask about?',
        whenMissing: 'model-metrics',
      },
    ],
    debriefNotes: [
      `Each query cost about ${pct(amount)} more tokens: a regression in money, invisible to errors, latency and quality.`,
      'A token-cost guard against the control turns a surprise on the next invoice into a rollback at a small share.',
    ],
  };
}
