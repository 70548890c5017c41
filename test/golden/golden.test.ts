/**
 * Byte-exact goldens of the bundled flow's outputs. They change only on explicit request:
 * `UPDATE_GOLDEN=1 npx vitest run test/golden`, and the diff is then reviewed like code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../src/index.js';
import { compiledZendesk, zendeskIvr } from '../harness/zendesk.js';

const golden = (name: string) => new URL(`./${name}`, import.meta.url);

function expectGolden(name: string, actual: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('Zendesk IVR goldens', () => {
  it('compiles without diagnostics', async () => {
    const compiled = await compiledZendesk();
    expect(compiled.diagnostics).toEqual([]);
  });

  it('Zendesk_IVR.json is byte-identical to the golden', async () => {
    expectGolden('Zendesk_IVR.json', (await compiledZendesk()).text!);
  });

  it('Zendesk_IVR.connectors.json is byte-identical to the golden', async () => {
    expectGolden('Zendesk_IVR.connectors.json', (await compiledZendesk()).connectorsText!);
  });

  it('two independent builds give the same bytes', async () => {
    const first = await compileFlow(zendeskIvr, { file: 'flows/zendesk-ivr.flow.ts' });
    const second = await compileFlow(zendeskIvr, { file: 'elsewhere/zendesk-ivr.flow.ts' });
    expect(second.text).toBe(first.text);
    expect(second.connectorsText).toBe(first.connectorsText);
  });

  it('no absolute path, clock value or credential reaches the outputs', async () => {
    const { text, connectorsText } = await compiledZendesk();
    for (const output of [text!, connectorsText!]) {
      expect(output).not.toContain(process.cwd());
      expect(output).not.toMatch(/"(created|lastModified)Date": "\d/);
      expect(output).not.toMatch(/"Authorization"|Basic [A-Za-z0-9+/]{20,}|"password"|api_token/i);
    }
  });
});
