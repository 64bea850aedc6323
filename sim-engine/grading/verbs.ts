/** A small verb lexicon: enough to tell a clause ("we hold for six hours") from a list of nouns. */

const AUXILIARIES = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'will',
  'would',
  'should',
  'must',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
];

// Regular verbs a spoken answer about a release uses; inflections are generated below.
// Deliberately absent: words that are mostly nouns here ("test", "flag", "release",
// "threshold", "canary"), so a keyword list never looks like a clause.
const STEMS = `own decide choose pick set define route send expose ship start begin go move advance
promote expand widen ramp increase hold wait stay keep watch monitor track measure compare check
trigger roll revert flip switch stop pause halt call approve sign agree commit write tell answer
show prove say learn need want use run follow confirm catch detect protect limit put take complete
happen mean give get make let see look add include cover breach cross exceed rise drop fall jump
spike double matter work require depend serve reach land assign randomise randomize grade score
sample report tolerate articulate reveal miss fail break affect hit expect allow authorise authorize
own page wake escalate budget plan pre-commit precommit treat read split isolate cause come find
think know believe aim gate open close return restore undo bake soak sit remain settle accept
lose cost slow degrade worsen improve win outperform beat differ replace skip ask care handle
build operate implement decide settle last continue proceed graduate bump step dial shift toggle
turn push pull wire define estimate notice surface flag-off recover bring leave`;

const IRREGULAR = `went gone held kept told shown said took taken gave given got gotten made saw seen ran
wrote written chose chosen fell fallen broke broken caught meant led put hit let cut split began begun
rose risen understood known knew thought built sent spent left brought paid lost won beaten found
came become became`;

function inflections(stem: string): string[] {
  const last = stem.at(-1) ?? '';
  const withoutE = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  const doubled = /[^aeiou][aeiou][bdgmnprt]$/.test(stem) ? stem + last : stem;
  return [
    stem,
    `${stem}s`,
    `${stem}es`,
    `${withoutE}ed`,
    `${withoutE}ing`,
    `${doubled}ed`,
    `${doubled}ing`,
    stem.endsWith('y') ? `${stem.slice(0, -1)}ies` : stem,
    stem.endsWith('y') ? `${stem.slice(0, -1)}ied` : stem,
  ];
}

const VERBS: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  ...STEMS.split(/\s+/).flatMap(inflections),
  ...IRREGULAR.split(/\s+/),
]);

/** True when a normalised word is a verb form the grader recognises. */
export function isVerb(word: string): boolean {
  return VERBS.has(word);
}
