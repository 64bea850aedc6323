import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradedFor } from '../testing/gradedFor';

// The ninety-sixth round (corpus/README.md): a product manager narrated in the third person, a
// look the advance waits on, telegrams and answers written in capitals, verbs done to nothing,
// signals left unwatched or said to be gated. Every sentence is our own.
const service = fixtureScenario({ changeKind: 'backend' });
const model = fixtureScenario();
const { credit } = gradedFor(service);
const onModel = gradedFor(model);

const NARRATED_RAMP =
  'The stages are 2 %, 20 % and 100 %, and each advances only when the night porter and I both ring the bell.';

describe('a product manager narrated in the third person', () => {
  it('hears "She owns the order, the limits and the holds" where "I" is said only in a joint act', () => {
    const narrated =
      'Here, in the cold of the morning, the product manager begins. She owns the order, the limits and the holds; engineering owns the flag and the routing. ';
    expect(credit(narrated + NARRATED_RAMP, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears "The order, the limits and the holds are hers"', () => {
    const hers =
      "Watch the product manager now. The order of guests, the limits and the holds are hers; the deploy and the flag are the engineers'. ";
    expect(credit(hers + NARRATED_RAMP, 'pm-owns')).toBeGreaterThan(0.5);
  });

  it('hears no ownership in "Watch what she chooses not to do" (must not deny)', () => {
    const refused =
      'The product manager ships it to everyone tonight. Watch what she chooses not to do: no order, no limits, no holds. ';
    expect(credit(refused + NARRATED_RAMP, 'pm-owns')).toBeLessThan(0.5);
  });
});

describe('a look the advance waits on', () => {
  it('hears "Between stages there is a gate, and it opens only when … and I both look through …"', () => {
    const look =
      'Stages: 1 %, 10 %, 100 %. Between stages there is a gate, and it opens only when the head baker and I both look through the oven door.';
    expect(credit(look, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears "she moves only when …" and "a stage only advances when …"', () => {
    const moves =
      'Stages: 1 %, 10 %, 100 %. And she moves only when the head baker and I both look through the oven door.';
    const advances =
      'Stages: 1 %, 10 %, 100 %. A stage only advances when the head baker and I both look through the oven door.';
    expect(credit(moves, 'sign-off')).toBeGreaterThan(0.5);
    expect(credit(advances, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears "No stage moves without a signature." then the joint act that signs it', () => {
    const signature =
      'Stages: 1 %, 10 %, 100 %. No stage moves without a signature. The head baker and I both ring the bell.';
    expect(credit(signature, 'sign-off')).toBeGreaterThan(0.5);
  });
});

const TELEGRAM = [
  'NEW CHECKOUT SERVICE FOR THE BAKERY STOP',
  'I OWN THE ORDER THE LIMITS AND THE HOLDS STOP ENGINEERING OWNS ROUTING AND FLAGS STOP',
  'OUR OWN FLORISTS FIRST STOP THEN EARLY ACCESS CUSTOMERS STOP NEW CUSTOMERS LAST STOP',
  'STAGES 1 PERCENT THEN 10 THEN 100 STOP',
  'NO ADVANCE BEFORE THE HEAD BAKER AND I BOTH RING THE BELL STOP',
].join('\n');

describe('a telegram written in capitals', () => {
  it('hears the joint act after "NO ADVANCE BEFORE", its STOPs read as full stops', () => {
    expect(credit(TELEGRAM, 'sign-off')).toBeGreaterThan(0.5);
  });

  it('hears "OUR OWN FLORISTS FIRST" as the company\'s own staff', () => {
    expect(credit(TELEGRAM, 'cohort-order')).toBeGreaterThan(0.5);
  });
});

describe('what is denied without "not"', () => {
  it('holds nothing for "I hold nothing through the weekend peak" (must not deny)', () => {
    const nothing = 'Stages: 1 %, 10 %, 100 %. I hold nothing through the weekend peak.';
    expect(credit(nothing, 'holds')).toBeLessThan(0.5);
  });

  it('hears no model signal the answer leaves unwatched (must not deny)', () => {
    const unwatched =
      'For the new model, the hallucination rate and the thumbs-down rate go unwatched, and so does the token cost per answer.';
    expect(onModel.credit(unwatched, 'model-metrics')).toBeLessThan(0.5);
  });

  it('hears no hold in "switching it off takes two minutes" (must not deny)', () => {
    const speed =
      'Stages: 1 %, 10 %, 100 %. The page sits behind a flag, and switching it off takes two minutes.';
    expect(credit(speed, 'holds')).toBeLessThan(0.5);
  });
});

describe('model signals said to be gated', () => {
  it('hears two signals by their role when the answer says they are gated', () => {
    const gated =
      "Two of the model's own signals are gated too: click-through on recommended dishes more than 3 % worse than now, and the share of requests where the model falls back to its default list more than 1 point worse than now.";
    expect(onModel.credit(gated, 'model-metrics')).toBeGreaterThan(0.5);
  });
});
