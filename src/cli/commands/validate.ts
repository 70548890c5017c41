/**
 * `flowgen validate [paths...]`: check flow definitions and Flow Designer exports without writing
 * anything. Exit 0 clean, 1 when a diagnostic is an error (or a warning, with `--strict`), 2 on
 * usage errors or a bug in flowgen (FG9xx).
 */
import { Option, type Command } from 'commander';
import { validateFiles } from '../../api/validate-files.js';
import { renderDiagnostics, type OutputFormat } from '../output.js';

interface ValidateFlags {
  format: OutputFormat;
  strict?: boolean;
  quiet?: boolean;
}

export function registerValidate(program: Command, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check flow definitions (*.flow.ts) and Flow Designer exports (*.json) without building them')
    .argument('[paths...]', 'files or folders (default: flows/)')
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'github']).default('text'))
    .option('--strict', 'fail on warnings too')
    .option('-q, --quiet', 'print only diagnostics')
    .action(async (paths: string[], flags: ValidateFlags) => {
      const result = await validateFiles({ paths, cwd: process.cwd() });
      const diagnostics = flags.strict ? result.diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d)) : result.diagnostics;
      // Machine formats go to stdout (GitHub reads workflow commands there); text goes with build's, to stderr.
      if (flags.format !== 'text') process.stdout.write(renderDiagnostics(diagnostics, flags.format, process.stdout));
      else process.stderr.write(renderDiagnostics(diagnostics, flags.format, process.stderr));
      if (diagnostics.some((d) => d.code.startsWith('FG9'))) return setExit(2);
      if (diagnostics.some((d) => d.severity === 'error')) return setExit(1);
      if (!flags.quiet && flags.format === 'text') process.stdout.write(`${result.files.length} file${result.files.length === 1 ? '' : 's'} checked${diagnostics.length ? '' : ', no problems'}.\n`);
      return setExit(0);
    });
}
