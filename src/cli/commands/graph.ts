/**
 * `flowgen graph <flow> [--format mermaid|svg|html] [-o FILE] [--tenant T]`: a picture of a flow
 * definition or export. The picture goes to stdout, or with -o to FILE (written atomically);
 * diagnostics go to stderr. Exit 0 drawn (warnings such as FG750 included), 1 diagnostics at
 * error severity (nothing written), 2 usage or internal error.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { graphFlowFile, type GraphFormat } from '../../api/graph-files.js';
import { exitCodeFor, formatOption, reportToStderr, writeOutputs } from '../output.js';

interface GraphFlags {
  format: GraphFormat;
  output?: string;
  tenant?: string;
}

export function registerGraph(program: Command, setExit: (code: number) => void): void {
  program
    .command('graph')
    .description('draw a flow (definition or export): Mermaid for markdown, a standalone SVG, or a self-contained HTML viewer')
    .argument('<flow>', 'a flow definition (*.flow.ts, *.flow.yaml) or a Flow Designer export (*.json)')
    .addOption(formatOption(['mermaid', 'svg', 'html'], 'picture format'))
    .option('-o, --output <file>', 'write the picture to FILE instead of stdout')
    .option('--tenant <name>', 'build a definition with tenants/<name>.yaml (its values and forks) first')
    .action(async (flow: string, flags: GraphFlags) => {
      const cwd = process.cwd();
      const result = await graphFlowFile({ input: flow, format: flags.format, cwd, ...(flags.tenant !== undefined ? { tenant: flags.tenant } : {}) });
      reportToStderr(result.diagnostics);
      const exitCode = exitCodeFor(result.diagnostics);
      if (exitCode !== 0 || result.text === undefined) return setExit(exitCode || 1);
      if (flags.output === undefined) {
        process.stdout.write(result.text);
        return setExit(0);
      }
      setExit(writeOutputs([{ path: resolve(cwd, flags.output), contents: result.text }]) ? 0 : 1);
    });
}
