#!/usr/bin/env python3
# The must-not-deny guards of sim-engine/grading/ownPlansAndSharedActs.test.ts fail under a
# mutation of the rule each guards (the hundred-and-twenty-eighth round). Three guard the
# reading, not a rule: no mutation of the adverb skip turns "we always hold" under a struck-off
# label into a draft; "I'd watch" read as "I had watch" (every word after "'d" taken for a
# participle) still commits to watching, since "had watch" is no past form; and "At every gate,
# Rosa and I" sets off no name, so the apposition's comma before "and" decides nothing there.
# Run by guard_mutations.py.
#   python3 test/robustness/guardMutations128.py   (from the repository root; about a minute)
from guard_mutations import run

MUTANTS = [
  ('tellings.ts', "OWN_PLAN_POINTERS.has(tokens[at - 1]?.text ?? '')", "true", "someone else's plan"),
  ('placesInTurn.ts', "namesGroup(name) || ourPeople(words) ? name : undefined", "name", 'things placed in turn'),
  ('namedPartner.ts', "function sharedAct(tokens: readonly Token[], i: number): boolean {", "function sharedAct(tokens: readonly Token[], i: number): boolean {\n  if (i >= 0) return true;", 'nothing makes the act one of both'),
  ('namedPartner.ts', "subject[comma - 1]?.pos === 'PROPN' ? comma : -1", "comma", 'no name is set off'),
  ('fragmentVerbs.ts', "if (verb && !(nounPhrase && ARTICLES.has(pieces[i - 1]?.text ?? ''))) return true;", "if (verb && !nounPhrase) return true;", 'verb of its own'),
  ('thresholds.ts', "|| family.limitAfter) continue;", ") continue;", 'only watched'),
  ('quantities.ts', "if (inClauseAfter && tokens[i]?.kind === 'mark') break;", "", 'past a mark'),
]

run('ownPlansAndSharedActs.test.ts', MUTANTS)
