#!/usr/bin/env node
/**
 * The flowgen command line: commander wiring only. Exit codes: 0 clean, 1 diagnostics at error
 * severity, 2 usage or internal error (a late error never downgrades a 2).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerDiff } from './commands/diff.js';
import { registerGraph } from './commands/graph.js';
import { registerDeploy, registerPlan } from './commands/deploy.js';
import { registerValidate } from './commands/validate.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerSimulate } from './commands/simulate.js';
import { registerTest } from './commands/test.js';
import { messages } from './messages.js';
import { addGuideLinks } from './guides.js';
import { thrownText } from '../util/scalar-text.js';
import { earlyExitNote, failAsJson, jsonRequested } from './output.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

let exitCode = 0;
const setExit = (code: number): void => {
  if (exitCode !== 2) exitCode = code;
};
const debug = process.argv.includes('--debug');

function fatal(error: unknown): never {
  const detail = thrownText(error);
  if (jsonRequested(process.argv)) failAsJson('FG901', messages.internalError(detail), 2);
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

registerBuild(program, setExit);
registerDiff(program, setExit);
registerGraph(program, setExit);
registerValidate(program, setExit);
registerImport(program, setExit);
registerInit(program, setExit);
registerPlan(program, setExit);
registerDeploy(program, setExit);
registerSimulate(program, setExit);
registerTest(program, setExit);
addGuideLinks(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage mistakes with 2 (as one JSON document under --format json).
    if (error.exitCode !== 0 && jsonRequested(process.argv)) failAsJson('FG015', error.message.replace(/^error: /, ''), 2);
    if (error.exitCode !== 0) for (const note of earlyExitNote()) process.stderr.write(`${note}\n`);
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  fatal(error);
}
process.exitCode = exitCode;
