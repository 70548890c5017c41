/** `flowgen import <export.json>`: a Flow Designer export → a TypeScript flow definition. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { importFile } from '../../api/import-file.js';
import { CommandOutput, exitCodeFor, formatOption, shownPath, writeOutputs, type OutputFormat } from '../output.js';
import { projectPaths } from '../project.js';

interface ImportFlags {
  output?: string;
  stdout?: boolean;
  upgrade?: boolean;
  force?: boolean;
  quiet?: boolean;
  format: OutputFormat;
}

/** "the export has 3 findings (FG201 ×2, FG402): …" — what import accepted in the baseline, and where. */
function baselineNote(codes: readonly string[], file: string): string {
  const counts = new Map<string, number>();
  for (const code of [...codes].sort()) counts.set(code, (counts.get(code) ?? 0) + 1);
  const list = [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
  return `flowgen: the export has ${codes.length} finding${codes.length === 1 ? '' : 's'} (${list}), accepted in the baseline of ${file} so it builds as published; \`flowgen validate\` lists them.`;
}

export function registerImport(program: Command, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('turn a Flow Designer export (or template) into a flow definition, flows/<name>.flow.ts plus <name>.webex.json')
    .argument('<export>', 'the exported flow JSON')
    .option('-o, --output <file>', 'the definition to write (default flows/<kebab-name>.flow.ts in the project root)')
    .option('--stdout', 'print a definition that builds on its own (in the current shape) instead of writing files')
    .option('--upgrade', 'emit the current (2024+) shape on build instead of keeping the export\'s')
    .option('--force', 'overwrite an existing definition or shape file')
    .option('-q, --quiet', 'print only diagnostics')
    .addOption(formatOption(['text', 'json', 'github']))
    .action(async (input: string, flags: ImportFlags) => {
      const output = new CommandOutput('import', flags.format, flags.quiet);
      const project = projectPaths([input, ...(flags.output ? [flags.output] : [])], undefined, 'flows');
      // A printed definition has no shape file beside it, so it is printed in the current shape.
      const upgrade = flags.upgrade || flags.stdout;
      const result = await importFile({ input: project.paths[0]!, cwd: project.root, ...(flags.output ? { output: project.paths[1]! } : {}), ...(upgrade ? { upgrade: true } : {}) });
      output.report(result.diagnostics);
      const exitCode = exitCodeFor(result.diagnostics);
      if (exitCode !== 0) return setExit(output.finish(exitCode));
      if (flags.stdout) {
        if (!flags.upgrade) output.warn('flowgen: printed in the current shape (there is no shape file beside a printed definition); import without --stdout to keep the export\'s shape.');
        output.result('definition', result.files[0]!.contents, result.files[0]!.contents);
        return setExit(output.finish(0));
      }
      const existing = result.files.filter((f) => existsSync(f.path)).map((f) => shownPath(f.path));
      if (existing.length > 0 && !flags.force) {
        output.warn(`flowgen: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Pass --force to overwrite, or -o to write elsewhere.`);
        return setExit(output.finish(1));
      }
      const written = writeOutputs(result.files, output);
      if (written && result.baseline) output.warn(baselineNote(result.baseline.map((s) => s.code), shownPath(result.files[0]!.path)));
      setExit(output.finish(written ? 0 : 1));
    });
}
