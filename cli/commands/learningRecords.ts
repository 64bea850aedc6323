import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import {
  courseStructure,
  courseStructureXml,
  historyStatements,
  nameBasedUuid,
  URL_NAMESPACE,
  xapiIri,
} from '../../contract/learningRecords/index';
import type { AttemptRecord } from '../../contract/types';
import { parseReportText } from '../../sim-engine/index';
import { InputError } from '../inputError';
import { issueLines, readInputFile } from '../inputs';
import { packFromOption } from '../packs';

// Scores for a learning platform from the command line (issue 17): an instructor turns the
// reports learners sent in into xAPI statements, and a pack into a cmi5 course structure.
// New commands, so `report`'s formats (a contract) stay as they are.

function write(out: string, text: string): void {
  try {
    writeFileSync(out, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new InputError(`${out}: cannot be written (${code})`);
  }
  process.stdout.write(`wrote ${out}\n`);
}

function iriBaseOf(value: string | undefined): string | undefined {
  if (value !== undefined && !xapiIri.safeParse(value).success)
    throw new InputError(
      `--iri-base: "${value}" is not an absolute IRI (e.g. https://school.example.org/xapi)`,
    );
  return value;
}

/**
 * A report file as an attempt: a report carries no attempt id, so one is named from its text
 * (the same report always gives the same statement ids, and a store drops a repeat).
 */
function attemptOf(path: string): AttemptRecord {
  const text = readInputFile(path, 'report');
  const parsed = parseReportText(text);
  if (!parsed.ok) throw new InputError(issueLines(parsed.issues, path));
  const id = nameBasedUuid(URL_NAMESPACE, `canary-report:${text}`);
  return { id, savedAt: parsed.value.createdAt ?? '', report: parsed.value };
}

interface XapiOptions {
  readonly out: string;
  readonly learner?: string;
  readonly account?: string;
  readonly homePage?: string;
  readonly iriBase?: string;
}

function xapiCommand(paths: readonly string[], options: XapiOptions): void {
  const iriBase = iriBaseOf(options.iriBase);
  if (options.homePage !== undefined && !xapiIri.safeParse(options.homePage).success)
    throw new InputError(`--home-page: "${options.homePage}" is not an absolute IRI`);
  const attempts = paths.map(attemptOf);
  const learner = {
    name: options.learner ?? '',
    ...(options.account ? { accountName: options.account } : {}),
    ...(options.homePage ? { homePage: options.homePage } : {}),
  };
  const statements = historyStatements(attempts, {
    ...(options.learner || options.account ? { learner } : {}),
    ...(iriBase ? { iriBase } : {}),
  });
  write(options.out, `${JSON.stringify(statements, null, 2)}\n`);
}

function courseCommand(options: {
  pack?: string;
  out: string;
  format: 'xml' | 'json';
  iriBase?: string;
}): void {
  const structure = courseStructure(packFromOption(options.pack), iriBaseOf(options.iriBase));
  write(
    options.out,
    options.format === 'xml'
      ? courseStructureXml(structure)
      : `${JSON.stringify(structure, null, 2)}\n`,
  );
}

/** Adds `xapi` and `course` to the program. */
export function addLearningRecordCommands(program: Command): void {
  program
    .command('xapi')
    .description('Turn reports into xAPI statements (one JSON array) for a learning platform')
    .argument('<reports...>', 'report files (canary-report/1)')
    .requiredOption('--out <file>', 'where to write the statements')
    .option('--learner <name>', "the actor's name when a report has none")
    .option('--account <name>', "the learner's account name on the platform")
    .option('--home-page <iri>', "the platform's address (the account's homePage)")
    .option('--iri-base <iri>', 'the base of activity and extension IRIs')
    .action(xapiCommand);

  program
    .command('course')
    .description('Write a pack as a cmi5 course structure (one assignable unit per scenario)')
    .option('--pack <file>', 'the pack (default: built-in library)')
    .requiredOption('--out <file>', 'where to write it')
    .addOption(
      new Option('--format <format>', 'courseStructure XML or its JSON')
        .choices(['xml', 'json'])
        .default('xml'),
    )
    .option('--iri-base <iri>', 'the base of activity IRIs (as for xapi)')
    .action(courseCommand);
}
