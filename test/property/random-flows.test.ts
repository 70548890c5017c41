/**
 * Property: every random valid flow compiles without diagnostics to a document that matches the
 * Webex flow schema, and compiling it twice gives the same bytes. The flows are chains of random
 * steps of the kinds the DSL offers, each with random options inside Flow Designer's limits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFlowDocument, compileFlow, defineFlow, expr, text, z, type FlowBuilder, type Target } from '../../src/index.js';

const words = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.!?']{0,30}$/);
const digits = fc.subarray(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] as const, { minLength: 1, maxLength: 10 });
const step = fc.oneof(
  fc.record({ kind: fc.constant('say' as const), text: words, voice: fc.option(fc.constantFrom('en-US-Standard-C', 'en-GB-Wavenet-A'), { nil: undefined }) }),
  fc.record({ kind: fc.constant('menu' as const), text: words, digits, timeout: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('condition' as const), bound: fc.integer({ min: 0, max: 999 }) }),
  fc.record({ kind: fc.constant('set' as const), value: fc.integer({ min: -1000, max: 1000 }) }),
  fc.record({ kind: fc.constant('http' as const), path: fc.stringMatching(/^\/[a-z0-9/]{0,20}$/), timeout: fc.integer({ min: 100, max: 60000 }), retries: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('case' as const), values: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/).filter((v) => v !== 'default' && v !== 'error'), { minLength: 1, maxLength: 20 }) }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function flowOf(steps: Step[], priority: number) {
  return defineFlow({ name: 'Random_Flow', params: z.object({}) }, (f: FlowBuilder) => {
    const counter = f.variable('counter', 'integer', { initial: 0 });
    const api = f.connector({ id: 'c-1', name: 'Api', baseUrl: 'https://api.example.com' });
    const queue = f.queueContact('Queue', { queue: { id: 'q-1', name: 'Q' }, priority });
    queue.then(f.playMusic('Music').loop());
    queue.on('failure', f.disconnect('Failed'));
    // Build from the end, so each step knows where it goes next.
    let next: Target = queue;
    steps.forEach((s, i) => {
      const name = `Step_${i}`;
      const target = next;
      let created: Target;
      switch (s.kind) {
        case 'say': {
          const h = f.playMessage(`${name}_say`, { say: text`${s.text} ${counter}`, ...(s.voice ? { voice: s.voice } : {}) });
          h.then(target);
          created = h;
          break;
        }
        case 'menu': {
          const h = f.menu(`${name}_menu`, { say: s.text, choices: Object.fromEntries(s.digits.map((d) => [d, `choice ${d}`])) as Record<(typeof s.digits)[number], string>, entryTimeoutSeconds: s.timeout });
          for (const d of s.digits) h.on(d, target);
          h.on('timeout', target).on('invalid', target);
          created = h;
          break;
        }
        case 'condition': {
          const h = f.condition(`${name}_if`, { when: expr`${counter} > ${s.bound}` });
          h.routes({ true: target, false: target });
          created = h;
          break;
        }
        case 'set': {
          const h = f.setVariable(`${name}_set`, { variable: counter, value: s.value });
          h.then(target);
          created = h;
          break;
        }
        case 'http': {
          const h = f.httpRequest(`${name}_http`, { connector: api, path: s.path, timeoutMs: s.timeout, retries: s.retries, outputs: [{ variable: counter, path: '$.count' }] });
          h.then(target);
          created = h;
          break;
        }
        case 'case': {
          const h = f.case(`${name}_case`, { value: counter, cases: s.values });
          for (const v of s.values) h.on(v, target);
          h.on('default', target);
          created = h;
          break;
        }
      }
      next = created;
    });
    f.start.then(next);
  });
}

describe('random valid flows', () => {
  it('compile without diagnostics, schema-valid and byte-identical twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 9 }), async (steps, priority) => {
        const definition = flowOf(steps, priority);
        const first = await compileFlow(definition, { file: 'random.flow.ts' });
        expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(checkFlowDocument(first.document)).toEqual([]);
        const second = await compileFlow(definition, { file: 'random.flow.ts' });
        expect(second.text).toBe(first.text);
      }),
      { numRuns: 40, seed: 20261126 },
    );
  });
});
