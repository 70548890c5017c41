/**
 * Runs a flowgen command line in this process, as `flowgen …` would in `cwd`: every command of
 * src/cli/commands registered on a fresh commander program (what src/cli/run.ts does), stdout
 * and stderr captured. Spawning the CLI per documented example would cost a node start each; the
 * examples that are about the CLI process itself (a usage error) spawn it instead.
 */
import { Command, CommanderError } from 'commander';
import { registerBuild } from '../../src/cli/commands/build.js';
import { registerDiff } from '../../src/cli/commands/diff.js';
import { registerGraph } from '../../src/cli/commands/graph.js';
import { registerDeploy, registerPlan } from '../../src/cli/commands/deploy.js';
import { registerValidate } from '../../src/cli/commands/validate.js';
import { registerImport } from '../../src/cli/commands/import.js';
import { registerInit } from '../../src/cli/commands/init.js';
import { registerSimulate } from '../../src/cli/commands/simulate.js';
import { registerTest } from '../../src/cli/commands/test.js';

export interface FlowgenRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The commands src/cli/run.ts registers (test/reference/diagnostics.test.ts checks the list is the same). */
export const registrations = [registerBuild, registerDiff, registerGraph, registerValidate, registerImport, registerInit, registerPlan, registerDeploy, registerSimulate, registerTest];

/** Replaces `stream.write` with one that collects text; returns the collected text's getter and the restorer. */
function capture(stream: NodeJS.WriteStream): { text: () => string; restore: () => void } {
  const original = stream.write;
  let text = '';
  stream.write = ((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof stream.write;
  return { text: () => text, restore: () => void (stream.write = original) };
}

/** Runs `flowgen <args>` in `cwd` with `env` added to the environment; never throws for a failed command. */
export async function runFlowgen(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<FlowgenRun> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    if (exitCode !== 2) exitCode = code;
  };
  const program = new Command().name('flowgen').exitOverride();
  for (const register of registrations) register(program, setExit);
  for (const command of program.commands) command.exitOverride();
  const previousCwd = process.cwd();
  const previousEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  try {
    Object.assign(process.env, env);
    process.chdir(cwd);
    await program.parseAsync(['node', 'flowgen', ...args]);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    process.stderr.write(`${error.message}\n`);
    exitCode = 2;
  } finally {
    process.chdir(previousCwd);
    for (const [key, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    stdout.restore();
    stderr.restore();
  }
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}
