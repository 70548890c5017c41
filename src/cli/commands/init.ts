/**
 * `flowgen init [dir]`: scaffold a new flowgen project (a flow, two tenants, a tsconfig, a CI
 * workflow, a README) into a new or empty directory and install its dependencies. Exit 0 when
 * written, 1 when the directory is not empty (FG050) or cannot be written, 2 on usage errors.
 */
import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { initProject } from '../../api/init-project.js';
import { CommandOutput, exitCodeFor, formatOption, writeOutputs, type OutputFormat } from '../output.js';

interface InitFlags {
  flowgen?: string;
  install: boolean;
  format: OutputFormat;
  quiet?: boolean;
}

/** A word as a POSIX shell reads it back unchanged: bare when safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Scripts off: the dependency is this checkout (`file:`), and npm would run its `prepare` (tsc)
 * in place, rewriting the checkout's build/; no other dependency of a flow project needs one.
 */
export const INSTALL_ARGS = ['install', '--ignore-scripts', '--no-audit', '--no-fund'];

export function registerInit(program: Command, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('scaffold a flowgen project (flow, two tenants, tsconfig, CI workflow, README) in a new or empty directory')
    .argument('[dir]', 'the project directory', '.')
    .option('--flowgen <spec>', 'the flowgen dependency for package.json (default: file:<this flowgen>; e.g. file:../flowgen-0.1.0.tgz)')
    .option('--no-install', 'do not run npm install in the new project')
    .addOption(formatOption(['text', 'json', 'github']))
    .option('-q, --quiet', 'print only diagnostics')
    .action((dir: string, flags: InitFlags) => {
      const output = new CommandOutput('init', flags.format, flags.quiet);
      const result = initProject({ dir, cwd: process.cwd(), ...(flags.flowgen ? { flowgen: flags.flowgen } : {}) });
      if (result.diagnostics.length > 0) {
        output.report(result.diagnostics);
        return setExit(output.finish(Math.max(exitCodeFor(result.diagnostics), 1)));
      }
      if (!writeOutputs(result.files, output, result.dir)) return setExit(output.finish(1));
      const cd = dir === '.' ? '' : `cd ${shellQuote(dir)} && `;
      if (flags.install) {
        // So that `npx flowgen init x && cd x && npx flowgen build --all-tenants` works as written.
        const npm = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', INSTALL_ARGS, { cwd: result.dir, stdio: flags.quiet || output.json ? 'ignore' : ['ignore', 2, 2] });
        if (npm.status !== 0) {
          output.warn(`flowgen: the project was written, but \`npm ${INSTALL_ARGS.join(' ')}\` failed in it; once the problem is fixed, run: ${cd}npm ${INSTALL_ARGS.join(' ')}`);
          return setExit(output.finish(1));
        }
      }
      output.info(`\nNext: ${cd}${flags.install ? '' : `npm ${INSTALL_ARGS.join(' ')} && `}npx flowgen build --all-tenants`);
      return setExit(output.finish(0));
    });
}
