/**
 * The flowgen command line: commander wiring only. Exit codes: 0 clean, 1 diagnostics at error
 * severity, 2 usage or internal error (a late error never downgrades a 2). `main.ts` runs it; it is
 * a function (not top-level code) so the bundle that ships it can be one script (see
 * scripts/bundle-build.js).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { messages } from './messages.js';
import { addGuideLinks } from './guides.js';
import { thrownText } from '../util/scalar-text.js';
import { earlyExitNote, failAsJson, jsonRequested } from './output.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

type Register = (program: Command, setExit: (code: number) => void) => void;
/**
 * Each command's module, in help order. Only the command being run is loaded (its module graph is
 * most of a short command's start-up); --help, a mistyped command or none loads them all.
 */
const commands: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['build', async () => (await import('./commands/build.js')).registerBuild],
  ['diff', async () => (await import('./commands/diff.js')).registerDiff],
  ['graph', async () => (await import('./commands/graph.js')).registerGraph],
  ['validate', async () => (await import('./commands/validate.js')).registerValidate],
  ['import', async () => (await import('./commands/import.js')).registerImport],
  ['init', async () => (await import('./commands/init.js')).registerInit],
  ['plan', async () => (await import('./commands/deploy.js')).registerPlan],
  ['deploy', async () => (await import('./commands/deploy.js')).registerDeploy],
  ['simulate', async () => (await import('./commands/simulate.js')).registerSimulate],
  ['test', async () => (await import('./commands/test.js')).registerTest],
];

/** The commands' names, in help order (plan and deploy share a module). */
export const COMMAND_NAMES: readonly string[] = commands.map(([name]) => name);

/** Runs one flowgen command line (`argv` as in `process.argv`: node, the script, then the arguments) and sets the process's exit code. */
export async function runCli(argv: readonly string[]): Promise<void> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    if (exitCode !== 2) exitCode = code;
  };
  const debug = argv.includes('--debug');

  function fatal(error: unknown): never {
    const detail = thrownText(error);
    if (jsonRequested(argv)) failAsJson('FG901', messages.internalError(detail), 2);
    process.stderr.write(`${messages.internalError(detail)}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    for (const note of earlyExitNote()) process.stderr.write(`${note}\n`);
    process.exit(2);
  }
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);

  const program = new Command()
    .name('flowgen')
    .description('Flow-as-code for Webex Contact Center: compile typed flow definitions into Flow Designer JSON.')
    .version(packageJson.version, '-v, --version')
    .addOption(new Option('--debug', 'show stack traces of internal errors'))
    .exitOverride()
    .showHelpAfterError('(run flowgen --help for usage)');

  const named = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const versionOnly = named === undefined && argv.some((arg) => arg === '-v' || arg === '--version');
  const running = versionOnly ? [] : commands.filter(([name]) => name === named);
  for (const [, load] of running.length === 1 || versionOnly ? running : commands) (await load())(program, setExit);
  addGuideLinks(program);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage mistakes with 2 (as one JSON document under --format json).
      if (error.exitCode !== 0 && jsonRequested(argv)) failAsJson('FG015', error.message.replace(/^error: /, ''), 2);
      if (error.exitCode !== 0) for (const note of earlyExitNote()) process.stderr.write(`${note}\n`);
      process.exit(error.exitCode === 0 ? 0 : 2);
    }
    fatal(error);
  }
  process.exitCode = exitCode;
}
