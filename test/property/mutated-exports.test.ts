/**
 * Property: random mutations of real corpus exports never crash import or validation. Whatever a
 * hostile or broken export holds (a key deleted, a value of the wrong type, a `__proto__` key, deep
 * nesting), the result is diagnostics, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importWebexFlow, parseExportText } from '../../src/import/webex/import.js';
import { validateFlow } from '../../src/validate/index.js';
import { corpusFiles } from '../harness/corpus.js';
import { unwrap } from '../harness/document.js';

const exports = corpusFiles
  .map((f) => parseExportText(f.text, f.name).document as any)
  .filter((d) => d?.process || typeof d?.flow === 'string')
  .map(unwrap);

/** Every [container, key] pair of a JSON value, so a mutation can pick any place in it. */
function places(value: unknown, into: [any, string | number][] = []): [any, string | number][] {
  if (Array.isArray(value)) value.forEach((v, i) => (into.push([value, i]), places(v, into)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) into.push([value, k]), places(v, into);
  return into;
}

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}')),
  fc.constant('{{[broken}}'),
  fc.constant(Array.from({ length: 3 }, () => ({ deep: { deeper: [1, { x: null }] } }))),
);

const mutation = fc.record({ doc: fc.nat(Math.max(0, exports.length - 1)), picks: fc.array(fc.record({ place: fc.nat(), action: fc.constantFrom('delete', 'replace'), value: junk }), { minLength: 1, maxLength: 5 }) });

describe.skipIf(exports.length === 0)('mutated corpus exports', () => {
  it('never make import or validation throw', () => {
    fc.assert(
      fc.property(mutation, ({ doc, picks }) => {
        const copy = structuredClone(exports[doc]);
        for (const pick of picks) {
          const all = places(copy);
          if (all.length === 0) break;
          const [container, key] = all[pick.place % all.length]!;
          if (pick.action === 'delete') {
            if (Array.isArray(container)) container.splice(Number(key), 1);
            else delete container[key];
          } else container[key] = pick.value;
        }
        const imported = importWebexFlow(copy, 'mutated.json');
        if (imported.ir) validateFlow(imported.ir);
        expect(({} as any).polluted).toBeUndefined();
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });
});
