/**
 * Adding an activity kind = its module, its test and one registry line (issue 10): every module in
 * src/activities/ (but define-activity.ts and index.ts) declares one kind and is in the registry;
 * every module has its test, test/activities/<module>.test.ts, which imports it; every kind with a
 * factory is a FlowBuilder method, and that method reports options its input does not take (FG016).
 * The type-level half (each factory's method is a key of FlowBuilder) is test/types/registry.test-d.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityKinds } from '../../src/activities/index.js';
import type { ActivityDefinition } from '../../src/activities/define-activity.js';
import { buildFlow, defineFlow, z, type FlowBuilder } from '../../src/index.js';
import { repoRoot } from '../harness/paths.js';

const activitiesDir = join(repoRoot, 'src', 'activities');
const notKindModules = new Set(['define-activity', 'index']);
const moduleNames = readdirSync(activitiesDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .filter((name) => !notKindModules.has(name));

const isDefinition = (value: unknown): value is ActivityDefinition =>
  typeof value === 'object' && value !== null && typeof (value as ActivityDefinition).kind === 'string' && typeof (value as ActivityDefinition).toWebex === 'function';

async function definitionsOf(module: string): Promise<ActivityDefinition[]> {
  const exports = (await import(pathToFileURL(join(activitiesDir, `${module}.ts`)).href)) as Record<string, unknown>;
  return Object.values(exports).filter(isDefinition);
}

/** The builder a build function receives. */
function builder(): FlowBuilder {
  let captured: FlowBuilder | undefined;
  buildFlow(defineFlow({ name: 'Registry', params: z.object({}) }, (f) => (captured = f)), {});
  return captured!;
}

describe('the activity registry', () => {
  it('finds the kind modules (the check below is not vacuous)', () => {
    expect(moduleNames.length).toBeGreaterThanOrEqual(40);
    expect(moduleNames).toContain('wait');
  });

  it.each(moduleNames)('%s declares exactly one kind, and the registry lists it', async (module) => {
    const definitions = await definitionsOf(module);
    expect(definitions.map((d) => d.kind)).toHaveLength(1);
    expect(activityKinds as readonly unknown[]).toContain(definitions[0]);
  });

  it('lists nothing but the modules’ kinds, each once', async () => {
    const declared = (await Promise.all(moduleNames.map(definitionsOf))).flat();
    expect(new Set(activityKinds).size).toBe(activityKinds.length);
    for (const definition of activityKinds) expect(declared, definition.kind).toContain(definition);
  });

  it.each(moduleNames)('%s has its test, test/activities/%s.test.ts, which imports the module', (module) => {
    const test = join(repoRoot, 'test', 'activities', `${module}.test.ts`);
    expect(existsSync(test), `test/activities/${module}.test.ts`).toBe(true);
    expect(readFileSync(test, 'utf8')).toContain(`src/activities/${module}.js'`);
  });
});

describe('the kinds’ factories', () => {
  const factories = activityKinds.flatMap((d) => (d.factory ? [{ kind: d.kind, factory: d.factory }] : []));
  const core = ['start', 'call', 'variable', 'connector', 'onEvent', 'activity', 'raw', 'renderText', 'renderBody'];

  it('each has a method of its own, none a core member', () => {
    const methods = factories.map((f) => f.factory.method);
    expect(new Set(methods).size).toBe(methods.length);
    for (const method of methods) expect(core, method).not.toContain(method);
  });

  it.each(factories.map((f) => [f.factory.method, f] as const))('%s is a FlowBuilder method', (method) => {
    expect(typeof (builder() as unknown as Record<string, unknown>)[method]).toBe('function');
  });

  it.each(factories.map((f) => [f.factory.method, f] as const))('%s reports an option its input does not take (FG016)', (method, { factory }) => {
    expect(new Set(factory.inputKeys).size).toBe(factory.inputKeys.length);
    const built = buildFlow(
      defineFlow({ name: 'Typo', params: z.object({}) }, (f) => {
        (f as unknown as Record<string, (name: string, input: object) => unknown>)[method]!('X', { notAnOption: 1 });
      }),
      {},
    );
    const typo = built.diagnostics.find((d) => d.code === 'FG016');
    expect(typo?.message).toBe(`${method} "X": unknown option "notAnOption".`);
  });
});
