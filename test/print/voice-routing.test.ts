/**
 * `flowgen import` prints the issue-9 voice/routing kinds as their typed factories (so the
 * imported flow's ports are typed), and falls back to `f.activity(kind, …)` where a factory
 * could not rebuild the imported options exactly. The printed module is loaded and rebuilt.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFlow, defineFlow, type FlowDefinition } from '../../src/dsl/define-flow.js';
import { emitWebexFlow } from '../../src/emit/webex/emit.js';
import { importWebexFlow } from '../../src/import/webex/import.js';
import { printFlow } from '../../src/print/dsl.js';
import { validateFlow } from '../../src/validate/index.js';
import { z } from '../../src/index.js';
import { repoRoot } from '../harness/paths.js';

/** The printed source on one line, so assertions do not depend on prettier's line breaks. */
const flat = (text: string) => text.replace(/\s+/g, ' ').replace(/\( /g, '(');

const source = defineFlow({ name: 'Printed_Routing', params: z.object({}) }, (f) => {
  const dn = f.variable('transferNumber', 'string', { initial: '4001' });
  const ep = f.variable('goToEp', 'string');
  const bye = f.disconnect('Bye');
  const hours = f.businessHours('Hours', { schedule: { id: 'bh-1', name: 'Support hours' } });
  const split = f.percentAllocation('Split', { paths: [{ name: 'Main', percent: 70 }, { name: 'Off Site', percent: 30 }] });
  const bridge = f.bridgedTransfer('Bridge', { to: dn, timeoutSeconds: 25, description: 'to the IVR' });
  const toEp = f.goTo('ToEntryPoint', { entryPoint: ep });
  f.start.then(hours);
  hours.routes({ workingHours: split, holidays: bye, override: bye, default: bye });
  split.routes({ Main: bridge, 'Off Site': f.blindTransfer('Out', { to: '+15551234567' }) });
  bridge.routes({ default: toEp, failure: bye });
  toEp.on('error', bye);
});

async function exported() {
  const { index } = validateFlow(buildFlow(source, {}).ir);
  return JSON.parse(JSON.stringify(await emitWebexFlow(index)));
}

describe('printing the voice/routing kinds', () => {
  it('uses the typed factories, and the printed module builds the same flow again', async () => {
    const original = await exported();
    const { ir } = importWebexFlow(original, 'routing.json');
    const printed = await printFlow(ir!, { source: 'routing.json' });
    const text = flat(printed.source);
    for (const call of ["f.businessHours('Hours'", "f.percentAllocation('Split'", "f.bridgedTransfer('Bridge'", "f.goTo('ToEntryPoint', { entryPoint: goToEp", "f.blindTransfer('Out', { to: '+15551234567'"]) {
      expect(text).toContain(call);
    }
    expect(text).toContain("{ to: transferNumber, timeoutSeconds: 25, description: 'to the IVR'");
    expect(text).toContain("split.on('Off Site', out)");
    expect(text).not.toMatch(/f\.activity\('(business-hours|percent-allocation|bridged-transfer|blind-transfer|hand-off)'/);
    const dir = join(repoRoot, 'test/.roundtrip/print-voice-routing');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'routing.flow.ts'), printed.source);
    const module = (await import(pathToFileURL(join(dir, 'routing.flow.ts')).href)) as { default: FlowDefinition };
    const rebuilt = buildFlow(module.default, {});
    expect(rebuilt.diagnostics).toStrictEqual([]);
    const byName = (activities: typeof rebuilt.ir.activities) => Object.fromEntries(activities.map((a) => [a.name, { kind: a.kind, links: a.links }]));
    expect(byName(rebuilt.ir.activities)).toStrictEqual(byName(ir!.activities));
  });

  it('falls back to f.activity when a destination variable is not declared in the flow', async () => {
    const original = await exported();
    original.variables = original.variables.filter((v: { name: string }) => v.name !== 'transferNumber');
    const { ir } = importWebexFlow(original, 'routing.json');
    const printed = await printFlow(ir!, { source: 'routing.json' });
    expect(flat(printed.source)).toContain("f.activity('bridged-transfer', 'Bridge', { dialNumberVariable: 'transferNumber'");
  });
});
