/**
 * Issue 17 item 11: a tenant file whose name has a space is refused with a clear message, never
 * skipped or called missing; a tenant without flowName is warned about (its flow has the base
 * build's name and ids); a fork option's mistakes are reported at the tenant's YAML line, naming
 * the tenant, all in one run, in words that say what was given; a tenant that takes an example
 * connector or queue id is warned about.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchProject, type ScratchProject } from '../harness/scratch-project.js';

let project: ScratchProject;
const globexWith = (edit: (text: string) => string): string => edit(readFileSync(join(project.root, 'tenants/globex.yaml'), 'utf8'));
/** Writes tenants/<name>.yaml, builds it with --format json, removes it. */
function buildTenant(name: string, text: string): { code: number | null; diagnostics: { code: string; severity: string; message: string; location: { file: string; line?: number; column?: number }; data?: Record<string, unknown> }[] } {
  const file = join(project.root, `tenants/${name}.yaml`);
  writeFileSync(file, text);
  try {
    const result = project.flowgen(['build', '--tenant', name, '-o', `out-${name}`, '--format', 'json']);
    return { code: result.code, diagnostics: JSON.parse(result.stdout).diagnostics };
  } finally {
    rmSync(file);
  }
}

beforeAll(() => {
  project = scratchProject();
});
afterAll(() => project.remove());

describe('item 11: tenants', () => {
  it('item 11: tenants/big corp.yaml is refused by --all-tenants and --tenant "big corp" alike (FG513), with a rename hint', () => {
    const bigCorp = join(project.root, 'tenants/big corp.yaml');
    writeFileSync(bigCorp, readFileSync(join(project.root, 'tenants/acme.yaml'), 'utf8'));
    for (const args of [['--all-tenants'], ['--tenant', 'big corp']]) {
      const result = project.flowgen(['build', ...args, '--format', 'json']);
      expect(result.code).toBe(1);
      const [diagnostic] = JSON.parse(result.stdout).diagnostics;
      expect(diagnostic).toMatchObject({ code: 'FG513', location: { file: 'tenants/big corp.yaml' } });
      expect(diagnostic.hint).toContain('"big-corp.yaml"');
    }
    rmSync(bigCorp);
  });

  it('item 11: a tenant without flowName builds, with a warning naming the tenant and the fix', () => {
    const acme = join(project.root, 'tenants/acme.yaml');
    writeFileSync(acme, readFileSync(acme, 'utf8').replace('flowName: "{flow}_{tenant}"\n', ''));
    const result = project.flowgen(['build', '--tenant', 'acme', '-o', 'out']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('tenants/acme.yaml - warning FG512 tenant-flow-name-unchanged: Tenant "acme" builds flow "Zendesk_IVR" under the same name (and ids) as the build without tenants.');
    expect(result.stderr).toContain('Add flowName: "{flow}_{tenant}"');
  });

  it('item 11: a duplicate digit in a fork\'s options is reported at the tenant file\'s line, naming the tenant', () => {
    const result = buildTenant('dupe', globexWith((t) => t.replace('digit: "2", name: German', 'digit: "1", name: German')));
    expect(result.code).toBe(1);
    expect(result.diagnostics).toHaveLength(1);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic).toMatchObject({ code: 'FG504', location: { file: 'tenants/dupe.yaml', line: 24, column: 22 }, data: { tenant: 'dupe' } });
    expect(diagnostic!.message).toBe('Option of fork "language-menu" "languages.1.digit" (Key the caller presses) of flow "Zendesk_IVR" for tenant "dupe" expects a digit no other language uses, got "1".');
  });

  it('item 11: an unknown fork option is reported in the same run as the tenant file\'s other errors', () => {
    const text = globexWith((t) =>
      t.replace('companyName: Globex Corporation', 'companyName: ""').replace('vip-only-severity: true', 'vip-only-severity: { priorities: [critical] }').replace('        languages:', '        promt: Hello\n        languages:').replace('digit: "2"', 'digit: "0"'),
    );
    const result = buildTenant('staged', text);
    expect(result.code).toBe(1);
    expect(result.diagnostics.map((d) => `${d.code} ${d.location.line}`).sort()).toEqual(['FG504 25', 'FG504 26', 'FG504 7', 'FG508 22']);
    expect(result.diagnostics.find((d) => d.code === 'FG508')!.message).toBe('Fork "language-menu" has no option "promt".');
  });

  it('item 11: "expects a list of at least 2 items" says what it got: a list of 1 item', () => {
    const result = buildTenant('short', globexWith((t) => t.replace('          - { digit: "2", name: German }\n', '')));
    expect(result.code).toBe(1);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'Option of fork "language-menu" "languages" (The languages offered, one digit each) of flow "Zendesk_IVR" for tenant "short" expects a list of at least 2 items, got a list of 1 item.',
    ]);
    const mapping = buildTenant('mapping', globexWith((t) => t.replace('vip-only-severity: true', 'vip-only-severity: { priorities: { urgent: true } }')));
    expect(mapping.diagnostics.map((d) => d.message)).toContain(
      'Option of fork "vip-only-severity" "priorities" (Zendesk priorities routed to the priority queue) of flow "Zendesk_IVR" for tenant "mapping" expects a list, got a mapping with key urgent.',
    );
  });

  it('item 11: a tenant that leaves out the example connector and queue ids builds, with a warning naming each parameter', () => {
    const text = readFileSync(join(project.root, 'tenants/acme.yaml'), 'utf8')
      .split('\n')
      .filter((line) => !/zendeskConnectorId|standardQueue|priorityQueue/.test(line))
      .join('\n');
    const result = buildTenant('examples', text);
    expect(result.code).toBe(0);
    const warnings = result.diagnostics.filter((d) => d.code === 'FG514');
    expect(warnings.map((d) => d.data?.['parameter']).sort()).toEqual(['priorityQueue', 'standardQueue', 'zendeskConnectorId']);
    expect(warnings.every((d) => d.severity === 'warning' && d.location.file === 'tenants/examples.yaml')).toBe(true);
    expect(warnings.map((d) => d.message)).toContain(
      'Tenant "examples" does not give parameter "zendeskConnectorId" (Id of the Zendesk connector in Control Hub) of flow "Zendesk_IVR", so it takes the default, an example value.',
    );
    const acme = project.flowgen(['build', '--tenant', 'acme', '-o', 'out-acme', '--format', 'json']);
    expect(JSON.parse(acme.stdout).diagnostics.filter((d: { code: string }) => d.code === 'FG514')).toEqual([]);
  });

  it('item 11: an error that only the fork\'s own code finds also points at the tenant file that selected the fork', () => {
    mkdirSync(join(project.root, 'other'), { recursive: true });
    writeFileSync(
      join(project.root, 'other/forked.flow.ts'),
      `import { defineFlow, defineFork, forkSet, z, type FlowBuilder, type Target } from 'wxcc-flowgen';
interface Hooks { greeting(context: { f: FlowBuilder }): Target }
const named = defineFork<Hooks>()({
  description: 'A greeting named by the tenant',
  options: z.object({ activity: z.string().min(1) }),
  hooks: { greeting: ({ f }, options) => f.playMessage(options.activity, { say: 'Hello' }) },
});
export default defineFlow({ name: 'Forked', params: z.object({}), forks: forkSet<Hooks>({ named }) }, (f, _p, hooks) => {
  const greeting = hooks.greeting?.({ f }) ?? f.playMessage('Hello', { say: 'Hello' });
  f.start.then(greeting);
  greeting.then(f.disconnect('Bye'));
});
`,
    );
    writeFileSync(join(project.root, 'tenants/forked.yaml'), 'flowName: "{flow}_{tenant}"\nflows:\n  Forked:\n    forks:\n      named: { activity: "Main Menu-1" }\n');
    try {
      const result = project.flowgen(['build', '--tenant', 'forked', 'other/forked.flow.ts', '-o', 'out-forked', '--format', 'json']);
      expect(result.code).toBe(1);
      const [diagnostic] = JSON.parse(result.stdout).diagnostics;
      expect(diagnostic).toMatchObject({ code: 'FG017', location: { file: 'other/forked.flow.ts', line: 6 } });
      expect(diagnostic.related).toContainEqual({ message: 'built with the forks tenant "forked" selects here', location: { file: 'tenants/forked.yaml', line: 4, column: 5 } });
    } finally {
      rmSync(join(project.root, 'tenants/forked.yaml'));
      rmSync(join(project.root, 'other'), { recursive: true });
    }
  });
});
