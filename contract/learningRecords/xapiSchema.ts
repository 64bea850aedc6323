import * as z from 'zod';

// The xAPI 1.0.3 statement rules this app's exports must keep (Part Two, §2.4 of the spec),
// written as a schema so a test can hold every exported statement to them. It covers the
// properties we write — actor as an Agent, an Activity object, result, context, timestamp —
// and refuses anything else, as a learning record store would (§2.2: no undefined properties).

/** An absolute IRI: a scheme, a colon, and no spaces (RFC 3987's shape, simplified). */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
/** RFC 9562 text form, any version, the RFC's variant. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** ISO 8601 durations (§4.6): `P[nY][nM][nD][T[nH][nM][n.nnS]]` or `PnW`. */
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$|^P\d+W$/;
/** An RFC 5646 language tag, as language maps are keyed (`en`, `en-US`, `zh-Hant-TW`). */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export const xapiIri = z.string().regex(IRI, 'must be an absolute IRI');
const uuid = z.string().regex(UUID, 'must be a UUID');
const languageMap = z.record(z.string().regex(LANGUAGE_TAG, 'must be a language tag'), z.string());
const extensions = z.record(xapiIri, z.json());
/** §4.5: ISO 8601 with a time zone (a store may refuse a timestamp without one). */
const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp' });

const account = z.strictObject({ homePage: xapiIri, name: z.string().min(1) });

/** §2.4.2.1: an Agent is identified by exactly one inverse functional identifier. */
const agent = z
  .strictObject({
    objectType: z.literal('Agent').optional(),
    name: z.string().optional(),
    mbox: z
      .string()
      .regex(/^mailto:[^\s@]+@[^\s@]+$/, 'must be a mailto: IRI')
      .optional(),
    mbox_sha1sum: z
      .string()
      .regex(/^[0-9a-f]{40}$/i, 'must be a SHA-1 hex digest')
      .optional(),
    openid: xapiIri.optional(),
    account: account.optional(),
  })
  .refine(
    (value) =>
      [value.mbox, value.mbox_sha1sum, value.openid, value.account].filter(
        (identifier) => identifier !== undefined,
      ).length === 1,
    { message: 'an Agent needs exactly one of mbox, mbox_sha1sum, openid or account' },
  );

const verb = z.strictObject({ id: xapiIri, display: languageMap.optional() });

const activityDefinition = z.strictObject({
  name: languageMap.optional(),
  description: languageMap.optional(),
  type: xapiIri.optional(),
  moreInfo: xapiIri.optional(),
  extensions: extensions.optional(),
});

export const xapiActivity = z.strictObject({
  objectType: z.literal('Activity').optional(),
  id: xapiIri,
  definition: activityDefinition.optional(),
});

/** §2.4.5.1: scaled in [-1, 1]; raw between min and max; min below max. */
const score = z
  .strictObject({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine(({ min, max }) => min === undefined || max === undefined || min < max, {
    message: 'min must be below max',
  })
  .refine(
    ({ raw, min, max }) =>
      raw === undefined || ((min === undefined || raw >= min) && (max === undefined || raw <= max)),
    { message: 'raw must lie between min and max' },
  );

const result = z.strictObject({
  score: score.optional(),
  success: z.boolean().optional(),
  completion: z.boolean().optional(),
  response: z.string().optional(),
  duration: z.string().regex(DURATION, 'must be an ISO 8601 duration').optional(),
  extensions: extensions.optional(),
});

const activities = z.array(xapiActivity);
const context = z.strictObject({
  registration: uuid.optional(),
  contextActivities: z
    .strictObject({
      parent: activities.optional(),
      grouping: activities.optional(),
      category: activities.optional(),
      other: activities.optional(),
    })
    .optional(),
  revision: z.string().optional(),
  platform: z.string().optional(),
  language: z.string().regex(LANGUAGE_TAG, 'must be a language tag').optional(),
  extensions: extensions.optional(),
});

/** One statement as this app writes it (Agent actor, Activity object). */
export const xapiStatementSchema = z.strictObject({
  id: uuid,
  actor: agent,
  verb,
  object: xapiActivity,
  result: result.optional(),
  context: context.optional(),
  timestamp: timestamp.optional(),
  version: z
    .string()
    .regex(/^1\.0(\.\d+)?$/, 'must be a 1.0.x version')
    .optional(),
});

export type XapiStatement = z.infer<typeof xapiStatementSchema>;
export type XapiActivity = z.infer<typeof xapiActivity>;
