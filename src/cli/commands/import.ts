/** `flowgen import <export.json>`: a Flow Designer export → a TypeScript flow definition. */
import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { importFile } from '../../api/import-file.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { renderDiagnostics, writeOutputs, type OutputFormat } from '../output.js';

interface ImportFlags {
  output?: string;
  stdout?: boolean;
  upgrade?: boolean;
  force?: boolean;
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
    .option('-o, --output <file>', 'the definition to write (default flows/<kebab-name>.flow.ts)')
    .option('--stdout', 'print the definition instead of writing files')
    .option('--upgrade', 'emit the current (2024+) shape on build instead of keeping the export\'s')
    .option('--force', 'overwrite an existing definition or shape file')
    .addOption(new Option('--format <format>', 'diagnostics format').choices(['text', 'json', 'github']).default('text'))
    .action(async (input: string, flags: ImportFlags) => {
      const result = await importFile({ input, cwd: process.cwd(), ...(flags.output ? { output: flags.output } : {}), ...(flags.upgrade ? { upgrade: true } : {}) });
      const rendered = renderDiagnostics(result.diagnostics, flags.format, process.stderr);
      // Machine-readable formats go to stdout, as `validate` does; text diagnostics to stderr.
      if (rendered) (flags.format === 'text' ? process.stderr : process.stdout).write(rendered);
      if (hasErrors(result.diagnostics)) return setExit(1);
      if (flags.stdout) {
        process.stdout.write(result.files[0]!.contents);
        return setExit(0);
      }
      const existing = result.files.filter((f) => existsSync(f.path)).map((f) => f.path.replace(`${process.cwd()}/`, ''));
      if (existing.length > 0 && !flags.force) {
        process.stderr.write(`flowgen: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Pass --force to overwrite, or -o to write elsewhere.\n`);
        return setExit(1);
      }
      if (!writeOutputs(result.files)) return setExit(1);
      if (result.baseline) process.stderr.write(`${baselineNote(result.baseline.map((s) => s.code), result.files[0]!.path.replace(`${process.cwd()}/`, ''))}\n`);
      setExit(0);
    });
}
