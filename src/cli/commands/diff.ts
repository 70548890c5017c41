/**
 * `flowgen diff A B` and `flowgen diff --git REV -- paths…`: what changes for a caller between two
 * flows, as text, markdown (with a Mermaid picture of the change), JSON or an HTML viewer (the
 * full flow, changes marked) on stdout. Exit 0 when equal, 1 when different (like diff(1)), 2 on
 * errors (a bad file, not a flow, a definition with errors, a git failure, bad usage).
 */
import type { Command } from 'commander';
import { diffAtRevision, diffFlowFiles } from '../../api/diff-files.js';
import { diffHtml, diffMarkdownWithPictures } from '../../api/diff-pictures.js';
import { formatDiffText } from '../../diff/format/text.js';
import { CommandOutput, formatOption, useColor } from '../output.js';
import { projectPaths } from '../project.js';

interface DiffFlags {
  git?: string;
  tenant?: string;
  format: 'text' | 'markdown' | 'json' | 'html';
}

export function registerDiff(program: Command, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('show what changes for a caller between two flows (exports or definitions), or a definition since a git revision')
    .argument('[paths...]', 'two flows (A B), or with --git the definitions to compare with their committed version')
    .option('--git <rev>', 'compare each path as committed at <rev> with the working tree')
    .option('--tenant <name>', 'build flow definitions with tenants/<name>.yaml (its values and forks) before comparing')
    .addOption(formatOption(['text', 'markdown', 'json', 'html'], 'output format'))
    .action(async (paths: string[], flags: DiffFlags, command: Command) => {
      if (flags.git === undefined && paths.length !== 2) command.error('flowgen diff needs two flows: flowgen diff A B (or --git REV -- paths…)', { exitCode: 2 });
      if (flags.git !== undefined && paths.length === 0) command.error('flowgen diff --git needs at least one path: flowgen diff --git REV -- flows/x.flow.ts', { exitCode: 2 });
      const output = new CommandOutput('diff', flags.format);
      const project = projectPaths(paths, undefined, 'dist');
      const [a, b] = project.paths;
      const outcome = flags.git !== undefined ? await diffAtRevision(flags.git, project.paths, project.root, flags.tenant) : await diffFlowFiles(a!, b!, project.root, flags.tenant);
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        output.report(errors);
        return setExit(output.finish(2));
      }
      const text =
        flags.format === 'markdown'
          ? await diffMarkdownWithPictures(outcome)
          : flags.format === 'html'
            ? await diffHtml(outcome)
            : formatDiffText(outcome.reports, { color: useColor(process.stdout) });
      output.result('reports', outcome.reports, text);
      setExit(output.finish(outcome.reports.some((r) => r.changes.length > 0) ? 1 : 0));
    });
}
