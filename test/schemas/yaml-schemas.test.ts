/**
 * The YAML editor schemas in schemas/ (generated from the zod schemas by scripts/build-schemas.ts;
 * schema.test.ts proves the committed files equal a fresh run). Here: they accept what the loaders
 * accept and reject what they reject, as yaml-language-server would check a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../harness/paths.js';

const ajv = new Ajv({ strict: false, allErrors: true });
const load = (name: string) => ajv.compile(JSON.parse(readFileSync(join(repoRoot, 'schemas', name), 'utf8')) as object);
const flowSchema = load('flow-yaml.schema.json');
const tenantSchema = load('tenant-yaml.schema.json');
const twin = parse(readFileSync(join(repoRoot, 'test/fixtures/made/zendesk-ivr.flow.yaml'), 'utf8')) as Record<string, any>;

describe('schemas/flow-yaml.schema.json', () => {
  it('accepts the YAML twin of the Zendesk flow', () => {
    expect(flowSchema(twin), JSON.stringify(flowSchema.errors)).toBe(true);
  });

  it('rejects an unknown kind, a wrong option type, an unknown option and an unknown top-level key', () => {
    const bad = (edit: (flow: Record<string, any>) => void) => {
      const flow = structuredClone(twin);
      edit(flow);
      return flowSchema(flow);
    };
    expect(bad((f) => (f.activities.HoldMusic.kind = 'play-musik'))).toBe(false);
    expect(bad((f) => (f.activities.MainMenu.options.entryTimeoutSeconds = 'soon'))).toBe(false);
    expect(bad((f) => (f.activities.MainMenu.options.timeout = 5))).toBe(false);
    expect(bad((f) => (f.colour = 'blue'))).toBe(false);
    // a whole parameter placeholder where a number goes is fine
    expect(bad((f) => (f.activities.MainMenu.options.entryTimeoutSeconds = '${params.menuTimeout}'))).toBe(true);
  });
});

describe('schemas/tenant-yaml.schema.json', () => {
  it('accepts a tenant giving some Zendesk parameters and rejects a wrong type', () => {
    const tenant = { flows: { Zendesk_IVR: { params: { companyName: 'Globex', nationalNumberDigits: 9, standardQueue: { id: 'q1', name: 'Main' } } } } };
    expect(tenantSchema(tenant), JSON.stringify(tenantSchema.errors)).toBe(true);
    expect(tenantSchema({ flows: { Zendesk_IVR: { params: { nationalNumberDigits: 'nine' } } } })).toBe(false);
    // An unknown parameter passes here (the flow's params object is not strict); flowgen reports it (FG506).
  });
});
