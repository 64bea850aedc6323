import { nameBasedUuid, URL_NAMESPACE } from './nameBasedUuid';

// Every IRI the exports mint, in one place, so statements and the cmi5 course structure name
// the same activities (cmi5 requires a statement's object to be its AU's id). The base is under
// the reserved `.invalid` domain on purpose: Canary Coach owns no web address, and a made-up
// real-looking domain could belong to someone. An instructor whose platform wants its own
// namespace passes `iriBase`.

export const DEFAULT_IRI_BASE = 'https://canary-coach.invalid/xapi';

/** ADL's verbs (the registry at adlnet.gov/expapi/verbs). */
export const XAPI_VERBS = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
export type XapiVerb = keyof typeof XAPI_VERBS;

/** ADL's activity types: a scenario is a simulation, a pack a course. */
export const ACTIVITY_TYPES = {
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  pack: 'http://adlnet.gov/expapi/activities/course',
} as const;

const segment = (text: string) => encodeURIComponent(text);

export function learningIris(base: string = DEFAULT_IRI_BASE) {
  const root = base.replace(/\/+$/, '');
  const namespace = nameBasedUuid(URL_NAMESPACE, root);
  return {
    root,
    pack: (packId: string) => `${root}/packs/${segment(packId)}`,
    scenario: (packId: string, scenarioId: string) =>
      `${root}/packs/${segment(packId)}/scenarios/${segment(scenarioId)}`,
    extension: (name: string) => `${root}/extensions/${name}`,
    dimension: (id: string) => `${root}/extensions/dimension/${segment(id)}`,
    /** The same attempt and verb always give the same statement id. */
    statementId: (attemptId: string, verb: XapiVerb) =>
      nameBasedUuid(namespace, `${attemptId}/${verb}`),
    registration: (attemptId: string) => nameBasedUuid(namespace, attemptId),
  };
}
export type LearningIris = ReturnType<typeof learningIris>;
