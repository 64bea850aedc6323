import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../testing/fixtures';
import { gradeAnswer } from './gradeAnswer';
import { splitSentences } from './sentences';

// The twentieth round (corpus/README.md, twentieth protocol): list forms read as lists. Every
// sentence is our own wording; none is a corpus answer's.
const service = fixtureScenario({ changeKind: 'backend' });

describe('a checkbox opens a list item as a bullet does', () => {
  it.each([
    ['empty boxes', '[ ] Owner: me.\n[ ] Order: staff, then beta users, then everyone.'],
    ['ticked boxes', '[x] Owner: me.\n[X] Order: staff, then beta users, then everyone.'],
    ['boxes after a dash', '- [ ] Owner: me.\n- [x] Order: staff, then beta users, then everyone.'],
  ])('%s', (_form, answer) => {
    const texts = splitSentences(answer).map((sentence) => sentence.text);
    expect(texts).toEqual(['Owner: me.', 'Order: staff, then beta users, then everyone.']);
  });

  it('earns the order a checklist line gives', () => {
    const answer =
      'Release checklist\n\n[ ] Order: staff → beta users → free accounts → enterprise last, they pay the most.\n' +
      '[ ] Hold 24 h at each stage.';
    expect(gradeAnswer(answer, service).covered).toContain('cohort-order');
  });

  it('leaves brackets inside a line alone (must not split)', () => {
    const texts = splitSentences('Staff go first [ ] then beta users.').map((s) => s.text);
    expect(texts).toHaveLength(1);
  });
});

describe('a heading that refuses scopes over the list under it', () => {
  const covered = (answer: string) => gradeAnswer(answer, service).covered;
  const ITEMS =
    '\n- hold each stage for 24 hours before the next, and only with every metric flat;' +
    '\n- have the eng lead and me sign off every advance;' +
    '\n- roll back if errors pass 0.5 points over control or p99 latency 200 ms over it, limits agreed before launch.';

  it('credits the items under a heading that does not refuse (must not deny)', () => {
    expect(covered(`What I would do:${ITEMS}`)).toEqual(
      expect.arrayContaining(['holds', 'sign-off', 'thresholds']),
    );
  });

  it.each([
    ['"What I would not do for …:"', 'What I would not do for this release:'],
    ['"Things to avoid:"', 'Things to avoid:'],
    ['"Not doing:"', 'Not doing:'],
  ])('%s earns nothing for its items', (_form, heading) => {
    expect(covered(`${heading}${ITEMS}`)).toEqual([]);
  });

  it.each([
    ['a heading of limits', 'What we will not tolerate:'],
    ['a heading of a gate', 'We do not advance until:'],
    [
      'a heading whose refusals have their own objects',
      "Don't ring me first, don't wake the team:",
    ],
    ['a heading of refusals that take no object', "Don't hesitate, don't wait for the morning:"],
  ])('leaves %s as it was (must not deny)', (_form, heading) => {
    expect(covered(`${heading}${ITEMS}`)).toEqual(covered(`Plan:${ITEMS}`));
  });

  it('reads the plan after the refused list (must not deny)', () => {
    const answer = `What I would not do:\n- rush the ramp.\n\nInstead:${ITEMS}`;
    expect(covered(answer)).toEqual(covered(`Instead:${ITEMS}`));
  });
});

describe('a config’s inline list of values is not a blank to fill', () => {
  const PLAN =
    'Staff first, then beta users, then everyone, enterprise last. Each stage is held 24 hours.\n';
  const covered = (answer: string) => gradeAnswer(answer, service).covered;

  it('credits a sign-off given as "[pm, eng_lead]"', () => {
    expect(covered(`${PLAN}sign_off_before_each_advance: [pm, eng_lead]`)).toContain('sign-off');
  });

  it.each([
    ['a single slot', `${PLAN}sign_off_before_each_advance: [approver]`],
    ['slots named as placeholders', `${PLAN}sign_off_before_each_advance: [name, role]`],
  ])('still reads %s as a template (must not credit)', (_form, answer) => {
    expect(covered(answer)).not.toContain('sign-off');
  });
});

describe('a footnote marker is not a blank to fill', () => {
  const PLAN =
    'I decide the order and the limits; engineering runs the flag [1]. Staff first, then beta ' +
    'users, then everyone, enterprise last [2]. Each stage is held 24 hours [3].\n';
  const covered = (answer: string) => gradeAnswer(answer, service).covered;

  it.each([
    ['a single number', `${PLAN}The payments lead and I sign each step [4].`],
    ['two numbers', `${PLAN}The payments lead and I sign each step [4, 5].`],
    ['a range', `${PLAN}The payments lead and I sign each step [4–6].`],
  ])('credits a sentence that carries %s in brackets', (_form, answer) => {
    expect(covered(answer)).toEqual(
      expect.arrayContaining(['pm-owns', 'cohort-order', 'sign-off']),
    );
  });

  it('credits the footnote lines under the answer as sentences of the plan', () => {
    const answer = `${PLAN}[4] The payments lead and I sign each step.`;
    expect(covered(answer)).toContain('sign-off');
  });

  it.each([
    ['a letter', `${PLAN}The payments lead and I sign each step [N].`],
    ['a number in angle brackets', `${PLAN}The payments lead and I sign each step <4>.`],
  ])('still reads %s as a blank (must not credit)', (_form, answer) => {
    expect(covered(answer)).not.toContain('sign-off');
  });
});

describe('an owner section’s heading names the owner of the role lines under it', () => {
  const covered = (answer: string) => gradeAnswer(answer, service).covered;

  it('credits "ownership:" over "pm: order, limits, holds"', () => {
    const answer =
      'ownership:\npm: customer order, rollback limits, hold lengths, go/no-go\n' +
      'engineering: routing, flags, dashboards';
    expect(covered(answer)).toContain('pm-owns');
  });

  it.each([
    [
      'a section that is not about owners',
      'mechanics:\npm: customer order, rollback limits, hold lengths',
    ],
    [
      'an owner section naming another role',
      'ownership:\nengineering: customer order, rollback limits, hold lengths',
    ],
  ])('does not credit %s (must not credit)', (_form, answer) => {
    expect(covered(answer)).not.toContain('pm-owns');
  });
});

// The twenty-seventh round: a line back at the margin, opening on a capital, ends a list.
describe('a list ends where a line opens on a capital at the margin', () => {
  it('keeps the last item apart from the sentence after the list', () => {
    const texts = splitSentences(
      'Limits:\n- p95 up more than 300 ms\n- errors above 0.5 %\nA breach in one language is enough.',
    ).map((sentence) => sentence.text);
    expect(texts).toEqual([
      'Limits:',
      'p95 up more than 300 ms',
      'errors above 0.5 %',
      'A breach in one language is enough.',
    ]);
  });

  it('still joins an item wrapped onto a line in lower case (must not split)', () => {
    const texts = splitSentences('- Staff first, then beta users,\nenterprise last.').map(
      (s) => s.text,
    );
    expect(texts).toEqual(['Staff first, then beta users, enterprise last.']);
  });
});

// The twenty-ninth round: "in." read as an abbreviation no longer runs two sentences together.
describe('a sentence ending on "in." before a capital', () => {
  it('splits after "… once we are in." when the next word opens on a capital', () => {
    const texts = splitSentences(
      'We write the limits down today, not once we are in. Errors more than 0.5 points over control.',
    ).map((sentence) => sentence.text);
    expect(texts).toHaveLength(2);
  });

  it('splits in lower case too, where no capital marks the start', () => {
    const texts = splitSentences(
      'we write the limits down today, not once we are in. errors more than 0.5 points over control.',
    ).map((sentence) => sentence.text);
    expect(texts).toHaveLength(2);
  });

  it('leaves "item no. 5" whole (must not split)', () => {
    expect(splitSentences('See item no. 5 in the release doc.')).toHaveLength(1);
  });

  it('leaves "3 in. wide" whole (must not split)', () => {
    expect(splitSentences('The banner is 3 in. wide on phones.')).toHaveLength(1);
  });
});

// The thirty-second round: a plan laid out as a plain-text table of stages.
describe('a table row is read with its column headings', () => {
  const TABLE = [
    'I own the order, the limits and the pace; the platform team runs the routing.',
    '',
    'stage | who                | % traffic | hold                    | to move on',
    '------|--------------------|-----------|-------------------------|-----------------------------',
    '1     | staff accounts     | 1         | 48 h with a peak night | all green; me + eng lead sign',
    '2     | beta customers     | 5         | 48 h                    | all green; me + eng lead sign',
    '3     | everyone else      | 100       | -                       | -',
  ].join('\n');

  it('reads each row as a sentence of its own', () => {
    const texts = splitSentences(TABLE).map((sentence) => sentence.text);
    expect(texts).toContain(
      'stage: 1 | who: staff accounts | % traffic: 1 | hold: 48 h with a peak night | to move on: all green; me + eng lead sign',
    );
  });

  it('earns the holds and the sign-off the table columns give', () => {
    const covered = gradeAnswer(TABLE, service).covered;
    expect(covered).toEqual(expect.arrayContaining(['holds', 'sign-off']));
  });

  it('gives no heading to bars outside a table (must not credit)', () => {
    const texts = splitSentences('hold | 48 h\nsign | me').map((sentence) => sentence.text);
    expect(texts).toEqual(['hold | 48 h', 'sign | me']);
  });
});

// The thirty-fourth round: a checklist tagged with its status.
describe('a checklist of status tags', () => {
  const LIST = [
    '[DONE] Split agreed: I own exposure order, kill numbers, hold lengths; payments eng owns the flag.',
    '[DONE] Order: staff -> beta users -> regulars -> first-time buyers last.',
    '[TODO] Sign-off sheet per step: me + payments lead, both names before the next %.',
    '[TODO] Remind growth: canary = safe, not proof that wallets lift orders.',
    "That's the A/B test in May.",
  ].join('\n');

  it('reads "[DONE]" and "[TODO]" as status, not as template blanks', () => {
    const grade = gradeAnswer(LIST, service);
    expect(grade.notices.join('\n')).not.toContain('template');
    expect(grade.covered).toEqual(expect.arrayContaining(['pm-owns', 'cohort-order', 'sign-off']));
  });

  it('reads the note to growth as the speaker\'s own, and "That\'s the A/B test" as the test for lift', () => {
    const grade = gradeAnswer(LIST, service);
    expect(grade.misconceptions).toEqual([]);
    expect(grade.covered).toContain('canary-vs-ab');
  });

  it('still reads "[N]" as a blank (must not deny)', () => {
    const grade = gradeAnswer('[DONE] Staff first, then [N] % of beta users.', service);
    expect(grade.notices.join('\n')).toContain('template');
  });
});

// Found in the review of this session's change: a unit's abbreviation ending a sentence.
describe('a sentence ending on a unit with its full stop', () => {
  it('splits after "… 200 ms." when the next word opens on a capital', () => {
    const texts = splitSentences(
      'We roll back if p99 passes 200 ms. We hold each stage 24 h. We sign each step.',
    ).map((sentence) => sentence.text);
    expect(texts).toHaveLength(3);
  });

  it('leaves "200 ms. slower" whole when the sentence goes on in lower case (must not split)', () => {
    expect(splitSentences('We roll back at 200 ms. slower than control, not before.')).toHaveLength(
      1,
    );
  });
});

// The thirty-eighth round: a role and its verb after a heading's colon are a clause, even where
// the tagger reads the verb in -s as a noun ("call points").
describe('a role acting after a heading is a statement', () => {
  it('earns rollback for "Rollback: on-call points the proxy back, minutes, any hour"', () => {
    const answer =
      'Rollback: on-call points the proxy back at the old cluster, minutes, any hour, no need to call me.';
    expect(gradeAnswer(answer, service).covered).toContain('rollback');
  });
});
