/**
 * Tenants through the library: two tenants of the Zendesk flow differ exactly where their values
 * differ (semantic diff), tenant files are checked with line-precise FG5xx diagnostics, and forks
 * change the flow through its hooks.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTenant } from '../../src/api/build-tenants.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diffFlows } from '../../src/diff/diff.js';
import { flowModel, unwrapFlowDocument } from '../../src/diff/model.js';
import { defineFlow, type FlowBuilder, type FlowDefinition, type Target } from '../../src/dsl/define-flow.js';
import { defineFork, forkSet } from '../../src/dsl/forks.js';
import { loadDefinitionModule } from '../../src/load/definition-module.js';
import { loadTemplates } from '../../src/load/templates.js';
import { parseTenantText, tenantSchemaFor, type TenantFile } from '../../src/load/tenant-file.js';
import { z } from 'zod';
import { repoRoot } from '../harness/paths.js';

const zendesk = (await loadDefinitionModule(resolve(repoRoot, 'flows/zendesk-ivr.flow.ts'))).definition!;
const templates = loadTemplates(resolve(repoRoot, 'templates'), repoRoot);
const flows = new Map([['Zendesk_IVR', { definition: zendesk, file: resolve(repoRoot, 'flows/zendesk-ivr.flow.ts') }]]);

function tenant(text: string, file = 'tenants/t.yaml'): TenantFile {
  const loaded = parseTenantText(text, file);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.tenant!;
}

async function compile(text: string, definitions: ReadonlyMap<string, { definition: FlowDefinition; file: string }> = flows, file = 'tenants/t.yaml') {
  const loaded = parseTenantText(text, file);
  if (!loaded.tenant) return { flows: [], diagnostics: loaded.diagnostics };
  return compileTenant(loaded.tenant, definitions, templates);
}

const at = (d: Diagnostic) => ({ code: d.code, line: (d.location as { line?: number }).line, column: (d.location as { column?: number }).column });

describe('two tenants of the Zendesk flow', () => {
  it('differ exactly where their parameters differ', async () => {
    // GIVEN two tenants that differ in queues, connector, subdomain, voice, company name and greeting
    const a = await compileTenant(tenant(`flows:\n  Zendesk_IVR:\n    params: { companyName: Acme }\n`), flows, templates);
    const b = await compileTenant(
      tenant(`flows:
  Zendesk_IVR:
    params:
      companyName: Globex
      greetingMessage: One moment please.
      zendeskSubdomain: globex
      zendeskConnectorName: Zendesk Globex
      standardQueue: { id: q-std, name: Globex_Standard }
      priorityQueue: { id: q-vip, name: Globex_VIP }
      voice: en-GB-Standard-A
`),
      flows,
      templates,
    );
    expect([...a.diagnostics, ...b.diagnostics].filter((d) => d.severity === 'error')).toEqual([]);
    // WHEN the two documents are compared semantically
    const changes = diffFlows(flowModel(unwrapFlowDocument(a.flows[0]!.document!)!), flowModel(unwrapFlowDocument(b.flows[0]!.document!)!));
    // THEN only settings changed, and exactly those that use the changed parameters
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['setting-changed']));
    const touched = new Set(changes.map((c) => c.activity));
    const voiced = ['ErrorMessage', 'Goodbye', 'Greeting', 'MainMenu', 'NoPriorityAgent', 'NoTicketMessage', 'NoUserMessage', 'QueueUnavailable', 'TicketDetails', 'ZendeskUnavailable'];
    const connector = ['LookupTicket', 'LookupUser', 'PostCallComment', 'PostHangUpComment'];
    const queues = ['ErrorQueue', 'QueuePriority', 'QueueStandard'];
    expect(touched).toEqual(new Set([...voiced, ...connector, ...queues, 'ScreenPopTicket']));
    const greeting = changes.filter((c) => c.activity === 'Greeting').map((c) => c.description).join('\n');
    expect(greeting).toContain('"Welcome to Acme. Please give us a moment to fetch your details." → "Welcome to Globex. One moment please."');
    expect(changes.find((c) => c.activity === 'ScreenPopTicket')!.description).toContain('https://globex.zendesk.com/agent/tickets/{{ticketID}}');
  });

  it('the same tenant twice gives the same bytes, and the flowName template names the flow and seeds its ids', async () => {
    const text = `flowName: "{flow}_{tenant}"\nflows:\n  Zendesk_IVR: { params: { companyName: Acme } }\n`;
    const [one, two] = [await compile(text, flows, 'tenants/acme.yaml'), await compile(text, flows, 'tenants/acme.yaml')];
    expect(one.flows[0]!.name).toBe('Zendesk_IVR_acme');
    expect(one.flows[0]!.text).toBe(two.flows[0]!.text);
    const plain = await compile(`flows:\n  Zendesk_IVR: { params: { companyName: Acme } }\n`);
    const ids = (doc: unknown) => Object.keys((unwrapFlowDocument(doc)! as { process: { activities: object } }).process.activities).sort();
    expect(ids(one.flows[0]!.document)).not.toEqual(ids(plain.flows[0]!.document));
  });

  it('an empty params mapping builds the flow with its documented defaults (the golden)', async () => {
    const built = await compile(`flows:\n  Zendesk_IVR: {}\n`);
    const { readFileSync } = await import('node:fs');
    expect(built.flows[0]!.text).toBe(readFileSync(resolve(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8'));
  });
});

describe('forks', () => {
  it('language-menu puts a menu before the greeting and vip-only-severity replaces the severity rule', async () => {
    const base = await compile(`flows:\n  Zendesk_IVR: {}\n`);
    const forked = await compile(`flows:
  Zendesk_IVR:
    forks:
      language-menu: { languages: [{ digit: "1", name: English }, { digit: "2", name: Spanish }] }
      vip-only-severity: true
`);
    expect(forked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const changes = diffFlows(flowModel(unwrapFlowDocument(base.flows[0]!.document!)!), flowModel(unwrapFlowDocument(forked.flows[0]!.document!)!));
    const described = changes.map((c) => c.description);
    expect(described).toContain('NewPhoneContact now goes to LanguageMenu, was Greeting');
    expect(changes.filter((c) => c.kind === 'activity-added').map((c) => c.activity).sort()).toEqual(['LanguageMenu', 'Language_1', 'Language_2']);
    expect(described.some((d) => /RouteBySeverity case "high" is no longer wired/.test(d))).toBe(true);
    expect(changes.filter((c) => c.kind === 'variable-added').map((c) => c.variable)).toEqual(['callerLanguage']);
  });

  it('an unknown fork, bad fork options and a fork given options it does not take are FG508/FG504 at their lines', async () => {
    const result = await compile(`flows:
  Zendesk_IVR:
    forks:
      language-menus: true
      vip-only-severity: { priorities: [critical] }
`);
    expect(result.diagnostics.map(at)).toEqual([
      { code: 'FG508', line: 4, column: 7 },
      { code: 'FG504', line: 5, column: 41 },
    ]);
    expect(result.diagnostics[0]!.hint).toBe('Did you mean "language-menu"?');
    expect(result.diagnostics[1]!.message).toBe(
      'Option of fork "vip-only-severity" "priorities.0" of flow "Zendesk_IVR" for tenant "t" expects one of "urgent", "high", "normal", "low", got "critical".',
    );
  });

  it('two forks implementing the same hook are FG509', async () => {
    interface Hooks {
      first(context: { f: FlowBuilder }): Target;
    }
    const a = defineFork<Hooks>()({ description: 'a', hooks: { first: ({ f }) => f.playMessage('A', { say: 'A' }) } });
    const b = defineFork<Hooks>()({ description: 'b', hooks: { first: ({ f }) => f.playMessage('B', { say: 'B' }) } });
    const flow = defineFlow({ name: 'Forked', params: z.object({}), forks: forkSet<Hooks>({ a, b }) }, (f, _p, hooks) => {
      const hi = f.playMessage('Hi', { say: 'Hi' });
      f.start.then(hooks.first?.({ f }) ?? hi);
      hi.then(f.disconnect('Bye'));
    });
    const result = await compile(`flows:\n  Forked:\n    forks: { a: true, b: true }\n`, new Map([['Forked', { definition: flow as FlowDefinition, file: 'x.flow.ts' }]]));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['FG509']);
  });
});

describe('bad tenant files', () => {
  it.each([
    ['wrong type', `flows:\n  Zendesk_IVR:\n    params:\n      nationalNumberDigits: ten\n`, 'FG504', 4, 29, 'Parameter "nationalNumberDigits" (Digits of a national phone number (10 in North America)) of flow "Zendesk_IVR" expects a number, got "ten".'],
    ['value out of range', `flows:\n  Zendesk_IVR:\n    params:\n      minimumPhoneDigits: 2\n`, 'FG504', 4, 27, 'Parameter "minimumPhoneDigits" (Shorter caller numbers (withheld, internal) are not searched) of flow "Zendesk_IVR" expects a number of at least 3, got 2.'],
    ['nested field', `flows:\n  Zendesk_IVR:\n    params:\n      standardQueue:\n        id: ""\n        name: Q\n`, 'FG504', 5, 13, 'Parameter "standardQueue.id" (Queue id in Control Hub) of flow "Zendesk_IVR" expects a non-empty text, got "".'],
    ['author-written expectation', `flows:\n  Zendesk_IVR:\n    params:\n      zendeskSubdomain: "acme.zendesk.com"\n`, 'FG504', 4, 25, 'Parameter "zendeskSubdomain" (acme for https://acme.zendesk.com) of flow "Zendesk_IVR" expects a Zendesk subdomain such as "acme" (letters, digits and "-"), got "acme.zendesk.com".'],
    // A queue may be given by name alone (plan/deploy resolve it), so the name is the required part.
    ['missing nested field', `flows:\n  Zendesk_IVR:\n    params:\n      priorityQueue: { id: q-1 }\n`, 'FG505', 4, 7, 'Parameter "priorityQueue.name" (Queue name as Control Hub shows it) of flow "Zendesk_IVR" has no default, and the tenant file does not give it: it expects a text.'],
    ['unknown key', `flows:\n  Zendesk_IVR:\n    params:\n      companyNme: Acme\n`, 'FG506', 4, 7, 'Flow "Zendesk_IVR" has no parameter "companyNme".'],
    ['unknown nested key', `flows:\n  Zendesk_IVR:\n    params:\n      standardQueue: { id: a, name: b, colour: red }\n`, 'FG506', 4, 40, 'Flow "Zendesk_IVR" has no parameter "standardQueue.colour".'],
    ['unknown flow', `flows:\n  Zendesk_IRV: {}\n`, 'FG503', 2, 3, 'Tenant "t" gives values to flow "Zendesk_IRV", which no definition builds.'],
    ['malformed YAML', `flows:\n  Zendesk_IVR:\n    params: { companyName: Acme\n`, 'FG501', 4, 1, undefined],
    ['duplicate key', `flows:\n  Zendesk_IVR:\n    params:\n      voice: a\n      voice: b\n`, 'FG501', 5, 7, 'Tenant file is not valid YAML: a key appears twice in the same mapping.'],
    ['unknown top-level key', `flow: Zendesk_IVR\nflows:\n  Zendesk_IVR: {}\n`, 'FG502', 1, 1, 'Tenant files have no key "flow".'],
    ['runtime syntax in a value', `flows:\n  Zendesk_IVR:\n    params:\n      companyName: "{{ userName }}"\n`, 'FG507', 4, 20, 'The value of "flows.Zendesk_IVR.params.companyName" contains runtime expression syntax ({{ }} or {% %}).'],
    ['bad flowName', `flowName: "{flow}-{customer}"\nflows:\n  Zendesk_IVR: {}\n`, 'FG511', 1, 11, 'flowName has an unknown placeholder "{customer}".'],
  ])('%s is reported at its line and column', async (_label, text, code, line, column, message) => {
    const result = await compile(text);
    expect(result.diagnostics.map(at)).toEqual([{ code, line, column }]);
    if (message) expect(result.diagnostics[0]!.message).toBe(message);
    expect(result.diagnostics[0]!.hint).toBeTruthy();
    expect(result.flows).toEqual([]);
  });

  it('a missing required value is FG505 at the params key', async () => {
    const flow = defineFlow({ name: 'Needs', params: z.object({ queueId: z.string().describe('Queue id'), other: z.string().default('x') }) }, (f) => {
      f.start.then(f.playMessage('Hi', { say: 'Hi' })).then(f.disconnect('Bye'));
    });
    const result = await compile(`flows:\n  Needs:\n    params:\n      other: y\n`, new Map([['Needs', { definition: flow as FlowDefinition, file: 'x.flow.ts' }]]));
    expect(result.diagnostics.map(at)).toEqual([{ code: 'FG505', line: 3, column: 5 }]);
    expect(result.diagnostics[0]!.message).toBe('Parameter "queueId" (Queue id) of flow "Needs" has no default, and the tenant file does not give it: it expects a text.');
  });

  it('never shows zod\'s own wording', async () => {
    const result = await compile(`flows:\n  Zendesk_IVR:\n    params:\n      voice: 3\n      nationalNumberDigits: 2.5\n      standardQueue: []\n`);
    expect(result.diagnostics.length).toBe(3);
    for (const d of result.diagnostics) expect(d.message).not.toMatch(/Invalid input|received|Too small|expected int/);
  });
});

describe('tenantSchemaFor', () => {
  it('describes a tenant file of a flow as a JSON Schema with its params and forks', () => {
    const schema = z.toJSONSchema(tenantSchemaFor(zendesk), { io: 'input' }) as unknown as { properties: { flows: { properties: Record<string, { properties: { params: unknown; forks: { properties: object } } }> } } };
    const entry = schema.properties.flows.properties['Zendesk_IVR']!;
    expect(Object.keys(entry.properties.forks.properties).sort()).toEqual(['language-menu', 'vip-only-severity']);
    expect(JSON.stringify(entry.properties.params)).toContain('zendeskSubdomain');
  });
});
