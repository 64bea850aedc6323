#!/usr/bin/env python3
# Each must-not-deny guard of sim-engine/grading/logbooksAndGateHeadings.test.ts fails under a
# mutation of the rule it guards (the hundred-and-eleventh round): each mutation is applied to one
# source file, the guard is run alone with vitest, and the file is restored. Exit 1 if any survives.
#   python3 test/robustness/guardMutations111.py   (from the repository root; about a minute)
import re, subprocess, sys
G = 'sim-engine/grading/'
T = G + 'logbooksAndGateHeadings.test.ts'
MUTANTS = [
  ('sampleHolds.ts', "  if (length.some((token) => token.text === ',' || POPULATIONS.has(token.lemma))) return false;", "  if (length.some((token) => token.text === ',')) return false;", 'sizes the stage'),
  ('jointActs.ts', "  const headed = GATE_HEADINGS.has(tokens[start]?.text ?? '') && tokens[start + 1]?.text === ':';", "  const headed = tokens[start + 1]?.text === ':';", 'any other heading'),
  ('rampEnds.ts', "    words.length === whole + 2 &&", "    words.length >= whole + 2 &&", 'longer note'),
  ('tagQuestions.ts', "const MIN_STATEMENT_TOKENS = 6;", "const MIN_STATEMENT_TOKENS = 0;", 'short line with a tag'),
  ('faultRates.ts', "    if (verb === undefined || !verb.negated) return false;", "    if (verb === undefined) return false;", 'cabins that fit the party'),
]
bad = 0
for f, old, new, name in MUTANTS:
    p = G + f
    src = open(p).read()
    if src.count(old) != 1:
        print('NOT FOUND ONCE', f, repr(old[:60])); bad += 1; continue
    open(p, 'w').write(src.replace(old, new))
    try:
        r = subprocess.run(['npx', 'vitest', 'run', T, '-t', name], capture_output=True, text=True)
        out = re.sub(r'\x1b\[[0-9;]*m', '', r.stdout + r.stderr)
        # A file that does not parse fails every test: only a named test failing counts.
        killed = r.returncode != 0 and re.search(r'Tests\s+1 failed', out) is not None
        print(('KILLED ' if killed else 'SURVIVED ') + name)
        bad += 0 if killed else 1
    finally:
        open(p, 'w').write(src)
print('all killed' if bad == 0 else f'{bad} not killed')
sys.exit(1 if bad else 0)
