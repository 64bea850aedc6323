"""Runs a round's guard mutations: each must-not-deny guard must fail under a mutation of the rule
it guards. Each mutant (source file under sim-engine/grading/, the exact text replaced once, its
replacement, and the guard's name as vitest -t matches it) is applied, the guard is run alone, and
the file is restored. A guard counts as killed only when exactly its test fails: a file that does
not parse fails every test and kills nothing. Exits 1 if any mutant survives."""
import re, subprocess, sys

GRADING = 'sim-engine/grading/'
ANSI = re.compile(r'\x1b\[[0-9;]*m')


def run(test_file, mutants):
    bad = 0
    for source, old, new, name in mutants:
        path = GRADING + source
        text = open(path).read()
        if text.count(old) != 1:
            print('NOT FOUND ONCE', source, repr(old[:60]))
            bad += 1
            continue
        open(path, 'w').write(text.replace(old, new))
        try:
            result = subprocess.run(
                ['npx', 'vitest', 'run', GRADING + test_file, '-t', name],
                capture_output=True, text=True)
            out = ANSI.sub('', result.stdout + result.stderr)
            killed = result.returncode != 0 and re.search(r'Tests\s+1 failed', out) is not None
            print(('KILLED ' if killed else 'SURVIVED ') + name)
            bad += 0 if killed else 1
        finally:
            open(path, 'w').write(text)
    print('all killed' if bad == 0 else f'{bad} not killed')
    sys.exit(1 if bad else 0)
