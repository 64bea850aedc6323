import { Command, CommanderError, Option } from 'commander';
import { calibrateCommand } from './commands/calibrate';
import { generateCommand } from './commands/generate';
import type { GradeOptions } from './commands/grade';
import { addLearningRecordCommands } from './commands/learningRecords';
import { listCommand } from './commands/list';
import { REPORT_FORMATS, reportCommand } from './commands/report';
import { runCommand } from './commands/run';
import { validateCommand } from './commands/validate';
import { EXIT_INVALID_INPUT, EXIT_OK, EXIT_USAGE } from './exitCodes';
import { CHANGE_KINDS, GENERATOR_CALIBRATION_SEEDS, GENERATOR_LEVELS } from '../sim-engine/index';
import { InputError } from './inputError';

export { InputError } from './inputError';

/** Set by a command whose check failed without bad input (an unfair scenario). */
let failedCheck = false;

function buildProgram(): Command {
  const program = new Command('canary-coach')
    .description('Practise, check and grade canary release plans from the command line.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('list')
    .description('List the packs and scenarios available')
    .option('--pack <file>', 'also list the scenarios of this pack')
    .option('--json', 'print an array of { pack, id, title, changeKind }')
    .action(listCommand);

  program
    .command('validate')
    .description('Check a scenario pack; print one line per problem')
    .argument('<pack>', 'the pack file (canary-pack/1)')
    .action(validateCommand);

  program
    .command('run')
    .description('Simulate a plan on a scenario and score it')
    .requiredOption('--scenario <id>', 'the scenario to play')
    .option('--pack <file>', 'a pack that holds the scenario (default: built-in library)')
    .requiredOption('--plan <file>', 'the plan file (canary-plan/1)')
    .option('--seed <n>', 'the seed of the simulated traffic, 0 to 2147483647', '1')
    .option('--json', 'print the report (canary-report/1) as JSON')
    .action(runCommand);

  program
    .command('calibrate')
    .description('Check every scenario is fair: strong plan catches, weak plan misses')
    .option('--pack <file>', 'a pack to calibrate (default: built-in library)')
    .option('--seeds <n>', 'seeds per scenario and plan', '200')
    .action(async (options: { pack?: string; seeds: string }) => {
      failedCheck = !(await calibrateCommand(options));
    });

  program
    .command('report')
    .description('Turn a report JSON into HTML, PDF, CSV or Markdown')
    .argument('<result>', 'a report file (canary-report/1)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(REPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'where to write it')
    .action(reportCommand);

  program
    .command('grade')
    .description("Grade a written interview answer against a strong answer's points")
    .requiredOption('--scenario <id>', 'the scenario the answer is about')
    .option('--pack <file>', 'a pack that holds the scenario (default: built-in library)')
    .requiredOption(
      '--answer <file>',
      'a text file with the answer (UTF-8, or UTF-16 with a byte-order mark; at most 20,000 characters)',
    )
    .option('--json', 'print { score, covered, missed, points, misconceptions, notices }')
    // Loaded on use: the grader reads a 3.6 MB language model that no other command needs.
    .action(async (options: GradeOptions) => {
      const { gradeCommand } = await import('./commands/grade');
      await gradeCommand(options);
    });

  program
    .command('generate')
    .description('Write a pack of generated scenarios, each calibrated fair')
    .addOption(
      new Option('--level <level>', 'difficulty of the scenarios')
        .choices(GENERATOR_LEVELS)
        .default('standard'),
    )
    .addOption(
      new Option('--change-kind <kind>', 'only this kind of change (default: any)').choices(
        CHANGE_KINDS,
      ),
    )
    .option('--count <n>', 'how many scenarios, 1 to 200', '10')
    .option('--seed <n>', 'the generator seed: the same seed gives the same pack', '1')
    .option(
      '--seeds <n>',
      'calibration seeds per scenario and plan, 10 to 1000',
      String(GENERATOR_CALIBRATION_SEEDS),
    )
    .requiredOption('--out <file>', 'where to write the pack (canary-pack/1)')
    .action(generateCommand);

  addLearningRecordCommands(program);
  return program;
}

/** Runs the command line and returns its exit code; it never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  failedCheck = false;
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_OK;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return failedCheck ? EXIT_INVALID_INPUT : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      const isHelp = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return isHelp || error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_INVALID_INPUT;
    }
    // Never a stack trace: one line, and exit 1.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`canary-coach: unexpected failure: ${message}\n`);
    return EXIT_INVALID_INPUT;
  }
}
