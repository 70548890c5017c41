/**
 * `flowgen build [paths...]`: compile flow definitions into Webex flow JSON, all or nothing.
 * With `--check`, write nothing and exit 1 naming each output that is missing or differs from a
 * fresh build (CI catches a definition changed without a rebuild).
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { buildFlowFiles } from '../../api/build-files.js';
import { buildTenantFiles } from '../../api/build-tenants.js';
import { checkBuiltFiles } from '../../api/check-files.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { renderDiagnostics, writeOutputs, type OutputFormat } from '../output.js';

interface BuildFlags {
  outDir: string;
  format: OutputFormat;
  quiet?: boolean;
  check?: boolean;
  tenant?: string[];
  allTenants?: boolean;
}

export function registerBuild(program: Command, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('compile flow definitions (default: every flows/*.flow.ts) into dist/<FlowName>.json and <FlowName>.connectors.json')
    .argument('[paths...]', 'flow definition files or directories')
    .option('-o, --out-dir <dir>', 'output directory', 'dist')
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'github']).default('text'))
    .option('-q, --quiet', 'print only diagnostics')
    .option('--check', 'write nothing; exit 1 naming each output that is missing or differs from a fresh build')
    .option('--tenant <name...>', 'build for tenants/<name>.yaml into <out>/<name>/ (repeatable)')
    .addOption(new Option('--all-tenants', 'build for every tenants/*.yaml into <out>/<tenant>/').conflicts('tenant'))
    .action(async (paths: string[], flags: BuildFlags) => {
      const tenants = flags.allTenants ? 'all' : flags.tenant;
      const result = tenants
        ? await buildTenantFiles({ paths, outDir: flags.outDir, cwd: process.cwd(), tenants })
        : await buildFlowFiles({ paths, outDir: flags.outDir, cwd: process.cwd() });
      // One rendering for both, so `--format json` prints a single array.
      const stale = flags.check && !hasErrors(result.diagnostics) ? checkBuiltFiles(result.files, process.cwd()) : [];
      const rendered = renderDiagnostics([...result.diagnostics, ...stale], flags.format, process.stderr);
      // Machine-readable formats go to stdout, as `validate` does; text diagnostics to stderr.
      if (rendered) (flags.format === 'text' ? process.stderr : process.stdout).write(rendered);
      if (hasErrors(result.diagnostics)) {
        if (result.diagnostics.some((d) => d.code.startsWith('FG9'))) return setExit(2);
        process.stderr.write('flowgen: nothing was written.\n');
        return setExit(1);
      }
      if (flags.check) {
        if (stale.length > 0) return setExit(1);
        if (!flags.quiet) process.stdout.write(`${result.files.length} output files are up to date.\n`);
        return setExit(0);
      }
      if (!writeOutputs(result.files, flags.quiet, resolve(flags.outDir))) return setExit(1);
      setExit(0);
    });
}
