import type { Plan } from '../domain/plan';
import type { Scenario } from '../domain/scenario';
import type { ReferencePlans } from '../pack/loadPack';
import { strongPlanFor, WEAK_REFERENCE_PLAN } from '../scoring/referencePlans';

/** The two plans a scenario is calibrated with, and where each came from. */
export interface CalibrationPlans {
  readonly strong: Plan;
  readonly weak: Plan;
  readonly source: { readonly strong: 'pack' | 'default'; readonly weak: 'pack' | 'default' };
}

/** The pack's reference plans where given, else the seed's strong and weak answers. */
export function calibrationPlans(scenario: Scenario, reference?: ReferencePlans): CalibrationPlans {
  return {
    strong: reference?.strong ?? strongPlanFor(scenario),
    weak: reference?.weak ?? WEAK_REFERENCE_PLAN,
    source: {
      strong: reference?.strong ? 'pack' : 'default',
      weak: reference?.weak ? 'pack' : 'default',
    },
  };
}
