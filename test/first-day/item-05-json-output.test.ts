/**
 * Issue 17 item 5: with `--format json`, stdout is exactly one JSON document, for every command
 * and outcome (success, diagnostics, stale outputs, usage mistakes), and its exitCode is the
 * process's.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/paths.js';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
beforeAll(() => {
  project = scratchProject();
  cpSync(join(repoRoot, 'test/fixtures/made/hello.flow.ts'), join(project.root, 'hello.flow.ts'));
  cpSync(join(repoRoot, 'test/fixtures/made/unwired-menu.flow.ts'), join(project.root, 'unwired.flow.ts'));
  writeFileSync(join(project.root, 'export.json'), '{ "not": "a flow" }');
});
afterAll(() => project.remove());

/** Runs the CLI and parses its stdout as one document (throws if it is anything else). */
function jsonRun(...args: string[]): { code: number | null; document: Record<string, any> } {
  const result = project.flowgen([...args, '--format', 'json']);
  const document = JSON.parse(result.stdout) as Record<string, any>;
  expect(document.exitCode, result.stdout).toBe(result.code);
  expect(Array.isArray(document.diagnostics)).toBe(true);
  return { code: result.code, document };
}

describe('item 5: --format json prints one JSON document on stdout', () => {
  it('item 5: build, success and failure', () => {
    expect(jsonRun('build', 'hello.flow.ts', '-o', 'out').document).toMatchObject({ command: 'build', exitCode: 0, written: ['out/Hello_World.json', 'out/Hello_World.connectors.json'] });
    const failed = jsonRun('build', 'unwired.flow.ts', '-o', 'out');
    expect(failed.code).toBe(1);
    expect(failed.document.diagnostics[0].code).toBe('FG102');
    expect(failed.document.messages).toEqual(['flowgen: nothing was written.']);
  });

  it('item 5: build --check, up to date and stale', () => {
    expect(jsonRun('build', 'hello.flow.ts', '-o', 'out', '--check').document).toMatchObject({ exitCode: 0, checked: 2 });
    writeFileSync(join(project.root, 'out/Hello_World.json'), '{}\n');
    const stale = jsonRun('build', 'hello.flow.ts', '-o', 'out', '--check');
    expect(stale.document.diagnostics.map((d: { code: string }) => d.code)).toEqual(['FG610']);
  });

  it('item 5: import, validate, diff (equal, different, failing) and tenants', () => {
    const exported = join(repoRoot, 'test/golden/Zendesk_IVR.json');
    expect(jsonRun('import', exported, '-o', 'imported/z.flow.ts').document).toMatchObject({ command: 'import', exitCode: 0, written: ['imported/z.flow.ts', 'imported/z.webex.json'] });
    expect(jsonRun('import', exported, '--stdout').document.definition).toContain('defineFlow(');
    expect(jsonRun('validate', 'hello.flow.ts').document).toMatchObject({ command: 'validate', exitCode: 0, files: ['hello.flow.ts'] });
    expect(jsonRun('validate', 'export.json').code).toBe(1);
    expect(jsonRun('diff', 'hello.flow.ts', 'hello.flow.ts').document).toMatchObject({ command: 'diff', exitCode: 0, reports: [{ changes: [] }] });
    expect(jsonRun('diff', 'hello.flow.ts', 'unwired.flow.ts').code).toBe(2);
    const notAFlow = jsonRun('diff', 'export.json', 'hello.flow.ts');
    expect(notAFlow.code).toBe(2);
    expect(notAFlow.document.diagnostics[0].location.file).toBe('export.json');
    expect(jsonRun('build', '--all-tenants', '-o', 'tenant-out').document.written).toHaveLength(4);
  });

  it('item 5: a usage mistake is a JSON document too (FG015, exit 2)', () => {
    const result = jsonRun('build', '--no-such-option');
    expect(result.code).toBe(2);
    expect(result.document.diagnostics[0]).toMatchObject({ code: 'FG015', message: "unknown option '--no-such-option'" });
  });
});
