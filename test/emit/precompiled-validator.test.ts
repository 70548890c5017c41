/**
 * `npm run build` compiles the flow schema ahead of time (scripts/compile-schema-validator.js) so
 * that no command compiles it at start-up. The precompiled validator must judge documents exactly
 * as a validator compiled now from schemas/ does: same verdict, same errors, on every corpus
 * document, the golden output and documents broken on purpose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED_VALIDATOR_FILE, schemaValidatorSource } from '../../src/emit/webex/schema-check.js';
import { corpusFiles } from '../harness/corpus.js';
import { repoRoot } from '../harness/paths.js';

const precompiledPath = join(repoRoot, 'build/emit/webex', PRECOMPILED_VALIDATOR_FILE);

function flowDocuments(): { name: string; document: Record<string, unknown> }[] {
  const documents = [{ name: 'golden', document: JSON.parse(readFileSync(join(repoRoot, 'test/golden/Zendesk_IVR.json'), 'utf8')) }];
  for (const { name, text } of corpusFiles) {
    const value = JSON.parse(text) as Record<string, unknown>;
    const flow = typeof value['flow'] === 'string' && value['flow'].trimStart().startsWith('{') ? JSON.parse(value['flow']) : value;
    if (flow && typeof flow === 'object' && 'process' in flow) documents.push({ name, document: flow });
  }
  return documents;
}

/** The same document with one activity's properties broken in several ways at once. */
function broken(document: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(document) as { process?: { activities?: Record<string, Record<string, unknown>> }; version?: unknown };
  copy.version = 'one';
  const first = Object.values(copy.process?.activities ?? {})[0];
  if (first) {
    first['properties'] = 'not an object';
    delete first['id'];
  }
  return copy as Record<string, unknown>;
}

describe('the precompiled flow-schema validator', () => {
  it('is written by npm run build', () => {
    expect(existsSync(precompiledPath), `${precompiledPath} (run npm run build)`).toBe(true);
  });

  it('gives the same verdict and errors as the schemas compiled now', () => {
    const precompiled = createRequire(import.meta.url)(precompiledPath) as ValidateFunction;
    const { ajv, entry } = schemaValidatorSource();
    const fresh = ajv.compile(entry);
    let invalid = 0;
    for (const { name, document } of flowDocuments()) {
      for (const candidate of [document, broken(document)]) {
        const verdict = precompiled(candidate);
        expect(verdict, name).toBe(fresh(candidate));
        expect(precompiled.errors ?? null, name).toEqual(fresh.errors ?? null);
        if (!verdict) invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(0);
  });
});
