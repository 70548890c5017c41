/**
 * Scenario files: the editor schema (schemas/flow-test.schema.json) is the zod schema's, current,
 * and accepts the Zendesk scenarios; the runner reports a wrong file at its YAML line (FG703).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readScenarioFile } from '../../src/api/test-flows.js';
import { scenarioJsonSchema } from '../../src/simulate/scenario-file.js';
import { repoRoot } from '../harness/paths.js';

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(sortKeys) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])])) : value;
const committed = JSON.parse(readFileSync(join(repoRoot, 'schemas/flow-test.schema.json'), 'utf8')) as object;

describe('schemas/flow-test.schema.json', () => {
  it('is the current zod scenario schema (regenerate with npm run schemas)', () => {
    expect(committed).toStrictEqual(sortKeys(scenarioJsonSchema()));
  });
  it('accepts the Zendesk scenarios and rejects an unknown key or a wrong outcome', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(committed);
    const zendesk = parse(readFileSync(join(repoRoot, 'flows/zendesk-ivr.test.yaml'), 'utf8')) as { cases: Record<string, any>[] };
    expect(validate(zendesk), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...zendesk, colour: 'blue' })).toBe(false);
    const wrong = structuredClone(zendesk);
    wrong.cases[0]!['expect'].outcome = 'answered';
    expect(validate(wrong)).toBe(false);
  });
});

describe('readScenarioFile', () => {
  it('reports a wrong value at its line and column (FG703)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flowgen-scenario-'));
    const file = join(dir, 'x.test.yaml');
    writeFileSync(file, 'flow: x.flow.ts\ncases:\n  - name: one\n    expect:\n      outcome: answered\n');
    const read = readScenarioFile(file, 'x.test.yaml');
    expect(read.diagnostics.map((d) => [d.code, d.location])).toStrictEqual([['FG703', { file: 'x.test.yaml', line: 5, column: 16 }]]);
    expect(read.diagnostics[0]!.message).toContain('cases[0].expect.outcome');
  });
});
