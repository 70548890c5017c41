/**
 * `flowgen init [dir]`: scaffold a new flowgen project (a flow, two tenants, a CI workflow, a
 * README) into a new or empty directory. Exit 0 when written, 1 when the directory is not empty
 * (FG050) or cannot be written, 2 on usage errors.
 */
import { spawnSync } from 'node:child_process';
import { Option, type Command } from 'commander';
import { initProject } from '../../api/init-project.js';
import { renderDiagnostics, writeOutputs, type OutputFormat } from '../output.js';

interface InitFlags {
  flowgen?: string;
  install: boolean;
  format: OutputFormat;
  quiet?: boolean;
}

export function registerInit(program: Command, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('scaffold a flowgen project (flow, two tenants, CI workflow, README) in a new or empty directory')
    .argument('[dir]', 'the project directory', '.')
    .option('--flowgen <spec>', 'the flowgen dependency for package.json (default: file:<this flowgen>; e.g. file:../flowgen-0.1.0.tgz)')
    .option('--no-install', 'do not run npm install in the new project')
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'github']).default('text'))
    .option('-q, --quiet', 'print only diagnostics')
    .action((dir: string, flags: InitFlags) => {
      const result = initProject({ dir, cwd: process.cwd(), ...(flags.flowgen ? { flowgen: flags.flowgen } : {}) });
      if (result.diagnostics.length > 0) {
        process.stderr.write(renderDiagnostics(result.diagnostics, flags.format, process.stderr));
        return setExit(1);
      }
      if (!writeOutputs(result.files, flags.quiet, result.dir)) return setExit(1);
      if (flags.install) {
        // So that `npx flowgen init x && cd x && npx flowgen build --all-tenants` works as written.
        const npm = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund'], { cwd: result.dir, stdio: flags.quiet ? 'ignore' : 'inherit' });
        if (npm.status !== 0) {
          process.stderr.write(`flowgen: the project was written, but \`npm install\` failed in ${dir}; run it there once the problem is fixed.\n`);
          return setExit(1);
        }
      }
      if (!flags.quiet) process.stdout.write(`\nNext: cd ${dir} && ${flags.install ? '' : 'npm install && '}npx flowgen build --all-tenants\n`);
      return setExit(0);
    });
}
