/**
 * `flowgen validate [paths...]`: check flow definitions and Flow Designer exports without writing
 * anything. Exit 0 clean, 1 when a diagnostic is an error (or a warning, with `--strict`), 2 on
 * usage errors or a bug in flowgen (FG9xx).
 */
import type { Command } from 'commander';
import { validateFiles } from '../../api/validate-files.js';
import { CommandOutput, exitCodeFor, formatOption, strictened, type OutputFormat } from '../output.js';
import { projectPaths } from '../project.js';

interface ValidateFlags {
  format: OutputFormat;
  strict?: boolean;
  quiet?: boolean;
}

export function registerValidate(program: Command, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check flow definitions (*.flow.ts, *.flow.yaml) and Flow Designer exports (*.json) without building them')
    .argument('[paths...]', 'files or folders (default: flows/ in the project root)')
    .addOption(formatOption(['text', 'json', 'github']))
    .option('--strict', 'fail on warnings too')
    .option('-q, --quiet', 'print only diagnostics')
    .action(async (paths: string[], flags: ValidateFlags) => {
      const output = new CommandOutput('validate', flags.format, flags.quiet || flags.format !== 'text');
      const project = projectPaths(paths, undefined, 'dist');
      const result = await validateFiles({ paths: project.paths, cwd: project.root });
      const diagnostics = strictened(result.diagnostics, flags.strict);
      output.report(diagnostics);
      output.result('files', result.files);
      const exitCode = exitCodeFor(diagnostics);
      if (exitCode !== 0) return setExit(output.finish(exitCode));
      output.info(`${result.files.length} file${result.files.length === 1 ? '' : 's'} checked${diagnostics.length ? '' : ', no problems'}.`);
      return setExit(output.finish(0));
    });
}
