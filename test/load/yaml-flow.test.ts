/**
 * YAML flow definitions (src/load/yaml-flow.ts): the YAML twin of the Zendesk flow builds to the
 * same bytes as flows/zendesk-ivr.flow.ts, and every mistake is a diagnostic at the YAML line and
 * column (asserted as code + line + column + data, not prose).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFlowFiles } from '../../src/api/build-files.js';
import { compileIr } from '../../src/api/compile-flow.js';
import { validateFiles } from '../../src/api/validate-files.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadYamlFlow } from '../../src/load/yaml-flow.js';
import { repoRoot } from '../harness/paths.js';

const twin = join(repoRoot, 'test/fixtures/made/zendesk-ivr.flow.yaml');

/** A small valid flow; tests change one line of it. */
const base = `name: Tiny
params:
  company: { type: string, default: Acme }
  queue: { type: resource, default: { id: q1, name: Main } }
variables:
  userName: { type: string, initial: 'null' }
start: Greeting
activities:
  Greeting:
    kind: play-message
    options:
      tts: ['Welcome to \${params.company}, {{userName}}.']
    links: { default: Menu }
  Menu:
    kind: menu
    options:
      tts: [Press 1 for an agent.]
      choices: { 1: agent }
    links: { 1: Queue, timeout: Queue, invalid: Queue }
  Queue:
    kind: queue-contact
    options: { queue: '\${params.queue}' }
    links: { default: Music, failure: Bye }
  Music:
    kind: play-music
    links: { default: Music }
  Bye:
    kind: disconnect-contact
`;

async function diagnosticsOf(source: string): Promise<Diagnostic[]> {
  const loaded = loadYamlFlow('tiny.flow.yaml', source);
  if (!loaded.ir || loaded.diagnostics.some((d) => d.severity === 'error')) return loaded.diagnostics;
  return (await compileIr(loaded.ir, {}, loaded.diagnostics)).diagnostics;
}

const errors = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => ({ code: d.code, line: 'line' in d.location ? d.location.line : undefined, column: 'column' in d.location ? d.location.column : undefined, data: d.data }));

const lineOf = (source: string, needle: string): number => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the YAML twin of the Zendesk flow', () => {
  it('builds to the same bytes as flows/zendesk-ivr.flow.ts (the golden output)', async () => {
    // WHEN flowgen build compiles the YAML twin
    const result = await buildFlowFiles({ paths: [twin], outDir: 'out', cwd: repoRoot });
    // THEN it has no diagnostics and writes exactly the golden files
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const byName = Object.fromEntries(result.files.map((f) => [f.path.split('/').pop()!, f.contents]));
    expect(byName['Zendesk_IVR.json']).toBe(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'));
    expect(byName['Zendesk_IVR.connectors.json']).toBe(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.connectors.json'), 'utf8'));
  });

  it('passes flowgen validate', async () => {
    const result = await validateFiles({ paths: [twin], cwd: repoRoot });
    expect(result.files).toEqual(['test/fixtures/made/zendesk-ivr.flow.yaml']);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('takes tenant parameter values, which change exactly what they feed', async () => {
    const source = readFileSync(twin, 'utf8');
    const acme = loadYamlFlow(twin, source);
    const globex = loadYamlFlow(twin, source, { params: { companyName: 'Globex', voice: 'en-GB-Standard-A' } });
    expect(globex.diagnostics).toEqual([]);
    const greeting = (ir: typeof acme.ir) => ir!.activities.find((a) => a.name === 'Greeting')!.options;
    expect(greeting(acme.ir)).toMatchObject({ voice: 'en-US-Standard-C', tts: [{ parts: [{ text: 'Welcome to ' }, { value: 'Acme Support' }, { text: expect.any(String) }] }] });
    expect(greeting(globex.ir)).toMatchObject({ voice: 'en-GB-Standard-A', tts: [{ parts: [{ text: 'Welcome to ' }, { value: 'Globex' }, { text: expect.any(String) }] }] });
  });

  it('reports a wrong tenant value (FG012) naming the parameter', () => {
    const loaded = loadYamlFlow(twin, readFileSync(twin, 'utf8'), { params: { nationalNumberDigits: 'ten' } });
    expect(errors(loaded.diagnostics)).toEqual([{ code: 'FG012', line: lineOf(readFileSync(twin, 'utf8'), 'name: Zendesk_IVR'), column: 7, data: { parameter: 'nationalNumberDigits' } }]);
  });
});

describe('a small YAML flow', () => {
  it('the YAML guide\'s example (docs/yaml-flows.md, once README\'s) compiles without a diagnostic', async () => {
    const guide = readFileSync(join(repoRoot, 'docs/yaml-flows.md'), 'utf8');
    const example = /# YAML flows[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)![1]!;
    expect(await diagnosticsOf(example)).toEqual([]);
  });

  it('compiles without errors', async () => {
    expect(errors(await diagnosticsOf(base))).toEqual([]);
  });

  it('request bodies escape runtime values for JSON; plain references become typed references', () => {
    const source = base.replace('  Bye:\n', `  Note:
    kind: http-request
    options:
      url: https://example.com/notes
      method: POST
      body: { json: { note: "Hi {{userName}} at {{now() | epoch(format='HH:mm')}}", n: 2 } }
    links: { default: Bye }
  Bye:
`);
    const loaded = loadYamlFlow('tiny.flow.yaml', source);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.ir!.activities.find((a) => a.name === 'Note')!.options['body']).toEqual({
      object: {
        note: { template: { parts: [{ text: 'Hi ' }, { ref: 'userName' }, { text: ' at ' }, { raw: "now() | epoch(format='HH:mm')" }] } },
        n: { literal: 2 },
      },
    });
  });
});

describe('mistakes in YAML flows are reported at their line and column', () => {
  const cases: { name: string; source: string; want: { code: string; line: number; column: number; data?: Record<string, string> }[] }[] = [
    {
      name: 'malformed YAML (an unclosed flow sequence)',
      source: base.replace("tts: [Press 1 for an agent.]", 'tts: [Press 1 for an agent.'),
      want: [{ code: 'FG040', line: lineOf(base, 'choices: { 1: agent }'), column: 7, data: { yaml: 'BAD_INDENT' } }],
    },
    {
      name: 'a key defined twice',
      source: base.replace('  Bye:\n    kind: disconnect-contact\n', '  Bye:\n    kind: disconnect-contact\n  Bye:\n    kind: end\n'),
      want: [{ code: 'FG040', line: lineOf(base, '  Bye:') + 2, column: 3, data: { yaml: 'DUPLICATE_KEY' } }],
    },
    {
      name: 'an unknown kind, with a suggestion',
      source: base.replace('kind: play-music', 'kind: play-musik'),
      want: [{ code: 'FG011', line: lineOf(base, 'kind: play-music'), column: 11, data: { activity: 'Music', kind: 'play-musik' } }],
    },
    {
      name: 'an option of the wrong type',
      source: base.replace("choices: { 1: agent }", "choices: { 1: agent }\n      entryTimeoutSeconds: soon"),
      want: [{ code: 'FG010', line: lineOf(base, 'choices: { 1: agent }') + 1, column: 28, data: { activity: 'Menu', path: 'entryTimeoutSeconds' } }],
    },
    {
      name: 'an option the kind does not have',
      source: base.replace("choices: { 1: agent }", "choices: { 1: agent }\n      timeout: 5"),
      want: [{ code: 'FG010', line: lineOf(base, 'choices: { 1: agent }') + 1, column: 7, data: { activity: 'Menu', path: 'timeout' } }],
    },
    {
      name: 'a port the activity does not have',
      source: base.replace('links: { 1: Queue, timeout: Queue, invalid: Queue }', 'links: { 1: Queue, 2: Bye, timeout: Queue, invalid: Queue }'),
      want: [{ code: 'FG105', line: lineOf(base, 'links: { 1: Queue'), column: 24, data: { activity: 'Menu', port: '2' } }],
    },
    {
      name: 'a link to an activity that does not exist',
      source: base.replace('failure: Bye', 'failure: Byee'),
      want: [{ code: 'FG103', line: lineOf(base, 'failure: Bye'), column: expect.any(Number) as unknown as number, data: expect.anything() as unknown as Record<string, string> }],
    },
    {
      name: 'a reference to an undeclared variable',
      source: base.replace('{{userName}}', '{{userNam}}'),
      want: [{ code: 'FG201', line: lineOf(base, '  Greeting:'), column: 3, data: { activity: 'Greeting', ref: 'userNam' } }],
    },
    {
      name: 'an undeclared parameter',
      source: base.replace('${params.company}', '${params.compny}'),
      want: [{ code: 'FG042', line: lineOf(base, '${params.company}'), column: 13, data: { parameter: 'compny' } }],
    },
    {
      name: 'a parameter default of the wrong type',
      source: base.replace('company: { type: string, default: Acme }', 'company: { type: integer, default: Acme }'),
      want: [{ code: 'FG012', line: 3, column: 38, data: { parameter: 'company' } }],
    },
    {
      name: 'an unknown top-level key',
      source: `${base}colour: blue\n`,
      want: [{ code: 'FG041', line: base.split('\n').length, column: 1, data: { path: 'colour' } }],
    },
    {
      name: 'an activity without a kind',
      source: base.replace('    kind: disconnect-contact\n', '    description: bye\n'),
      want: [{ code: 'FG041', line: lineOf(base, '  Bye:'), column: 3, data: { path: 'activities.Bye.kind' } }],
    },
  ];

  for (const { name, source, want } of cases) {
    it(name, async () => {
      expect(errors(await diagnosticsOf(source))).toEqual(want);
    });
  }
});
