/**
 * `flowgen init [dir]`: scaffold a new flowgen project (a flow, two tenants, a CI workflow, a
 * README) into a new or empty directory. Exit 0 when written, 1 when the directory is not empty
 * (FG050) or cannot be written, 2 on usage errors.
 */
import { Option, type Command } from 'commander';
import { initProject } from '../../api/init-project.js';
import { writeFilesAtomically } from '../../util/write-atomic.js';
import { messages } from '../messages.js';
import { renderDiagnostics, type OutputFormat } from '../output.js';

interface InitFlags {
  flowgen?: string;
  format: OutputFormat;
  quiet?: boolean;
}

export function registerInit(program: Command, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('scaffold a flowgen project (flow, two tenants, CI workflow, README) in a new or empty directory')
    .argument('[dir]', 'the project directory', '.')
    .option('--flowgen <spec>', 'the flowgen dependency for package.json (default ^<this version>; e.g. file:../flowgen-0.1.0.tgz)')
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'github']).default('text'))
    .option('-q, --quiet', 'print only diagnostics')
    .action((dir: string, flags: InitFlags) => {
      const result = initProject({ dir, cwd: process.cwd(), ...(flags.flowgen ? { flowgen: flags.flowgen } : {}) });
      if (result.diagnostics.length > 0) {
        process.stderr.write(renderDiagnostics(result.diagnostics, flags.format, process.stderr));
        return setExit(1);
      }
      try {
        writeFilesAtomically(result.files);
      } catch (error) {
        process.stderr.write(`${messages.writeFailed(error instanceof Error ? error.message : String(error))}\n`);
        return setExit(1);
      }
      if (!flags.quiet) {
        for (const file of result.files) process.stdout.write(`wrote ${file.path.replace(`${process.cwd()}/`, '')}\n`);
        process.stdout.write(`\nNext: cd ${dir} && npm install && npx flowgen build --all-tenants\n`);
      }
      return setExit(0);
    });
}
