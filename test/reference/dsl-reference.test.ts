/**
 * docs/dsl-reference.md is generated from the activity modules and FlowBuilder's type, and lists
 * every registered kind, each with the typed factory that makes it: a kind whose module declares
 * a factory (`factory.method`) shows it, and every FlowBuilder method either makes a kind or is
 * one of the builder's helpers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityKinds } from '../../src/activities/index.js';
import { dslReference, type DslReference } from '../../scripts/docs/dsl-reference.js';
import { repoRoot } from '../harness/paths.js';

let reference: DslReference;
// Building the TypeScript program of src/ takes seconds.
beforeAll(async () => {
  reference = await dslReference(repoRoot);
}, 180_000);

describe('docs/dsl-reference.md', () => {
  it('is what `npm run docs` generates from the activity modules and FlowBuilder', () => {
    expect(readFileSync(join(repoRoot, 'docs/dsl-reference.md'), 'utf8')).toBe(reference.text);
  });

  it('has a section for every registered kind, in registry order', () => {
    const sections = [...reference.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(sections).toStrictEqual(activityKinds.map((k) => k.kind));
  });

  it("shows the factory each kind's module declares", () => {
    const declared = activityKinds.flatMap((k) => {
      const method = (k as { factory?: { method?: string } }).factory?.method;
      return method ? [[k.kind, method] as const] : [];
    });
    for (const [kind, method] of declared) expect(reference.factories.get(kind), kind).toBe(method);
    for (const [kind, method] of reference.factories) expect(reference.text, kind).toContain(`**DSL:** \`f.${method}`);
  });

  it('attributes every FlowBuilder method to a kind, except the builder helpers', () => {
    expect(reference.otherMethods).toStrictEqual(['activity', 'connector', 'renderBody', 'renderText', 'variable']);
  });
});
