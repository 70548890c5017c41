/**
 * `flowgen build [paths...]`: compile flow definitions into Webex flow JSON, all or nothing.
 * With `--check`, write nothing and exit 1 naming each output that is missing or differs from a
 * fresh build (CI catches a definition changed without a rebuild). Paths are taken relative to
 * where it runs; defaults (`flows/`, `dist/`, `tenants/`) relative to the project root.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { buildFlowFiles } from '../../api/build-files.js';
import { buildTenantFiles } from '../../api/build-tenants.js';
import { checkBuiltFiles } from '../../api/check-files.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { CommandOutput, exitCodeFor, formatOption, writeOutputs, type OutputFormat } from '../output.js';
import { collect, projectPaths } from '../project.js';
import { progressLine } from '../progress.js';

interface BuildFlags {
  outDir?: string;
  format: OutputFormat;
  quiet?: boolean;
  check?: boolean;
  tenant?: string[];
  allTenants?: boolean;
}

/** The command that rebuilds what `flags` checked, for hints ("Run `npx flowgen build --all-tenants`"). */
function rebuildCommand(paths: readonly string[], flags: BuildFlags): string {
  const words = ['npx flowgen build', ...paths.map((p) => (/^[\w./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`))];
  if (flags.allTenants) words.push('--all-tenants');
  for (const tenant of flags.tenant ?? []) words.push('--tenant', /^[\w.-]+$/.test(tenant) ? tenant : `'${tenant}'`);
  if (flags.outDir) words.push('-o', flags.outDir);
  return words.join(' ');
}

export function registerBuild(program: Command, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('compile flow definitions (default: every flows/*.flow.ts and *.flow.yaml) into dist/<FlowName>.json and <FlowName>.connectors.json')
    .argument('[paths...]', 'flow definition files (*.flow.ts, *.flow.js, *.flow.yaml) or directories')
    .option('-o, --out-dir <dir>', 'output directory (default: dist/ in the project root)')
    .addOption(formatOption(['text', 'json', 'github']))
    .option('-q, --quiet', 'print only diagnostics')
    .option('--check', 'write nothing; exit 1 naming each output that is missing or differs from a fresh build')
    .option('--tenant <name>', 'build for tenants/<name>.yaml into <out>/<name>/ (repeat for more tenants)', collect, [])
    .addOption(new Option('--all-tenants', 'build for every tenants/*.yaml into <out>/<tenant>/').conflicts('tenant'))
    .action(async (paths: string[], flags: BuildFlags) => {
      const output = new CommandOutput(flags.check ? 'build --check' : 'build', flags.format, flags.quiet);
      const project = projectPaths(paths, flags.outDir, 'dist');
      const tenants = flags.allTenants ? 'all' : flags.tenant?.length ? flags.tenant : undefined;
      const result = tenants
        ? await buildTenantFiles({ paths: project.paths, outDir: project.outDir, cwd: project.root, tenants, filesOnly: true, onProgress: progressLine('tenants', flags) })
        : await buildFlowFiles({ paths: project.paths, outDir: project.outDir, cwd: project.root });
      const stale = flags.check && !hasErrors(result.diagnostics) ? checkBuiltFiles(result.files, project.root, rebuildCommand(paths, flags)) : [];
      output.report([...result.diagnostics, ...stale]);
      if (hasErrors(result.diagnostics)) {
        const exitCode = exitCodeFor(result.diagnostics);
        output.warn(exitCode === 2 ? 'flowgen: nothing was written (a bug in flowgen stopped the build).' : 'flowgen: nothing was written.');
        return setExit(output.finish(exitCode));
      }
      if (flags.check) {
        output.result('checked', result.files.length);
        if (stale.length > 0) return setExit(output.finish(1));
        output.info(`${result.files.length} output files are up to date.`);
        return setExit(output.finish(0));
      }
      setExit(output.finish(writeOutputs(result.files, output, resolve(project.root, project.outDir)) ? 0 : 1));
    });
}
