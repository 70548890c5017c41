/**
 * `flowgen import --upgrade`: without the shape file, a 2022 export builds in the current (2024+)
 * shape, with the same activities and links.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFlow, type FlowDefinition } from '../../src/dsl/define-flow.js';
import { emitWebexFlow } from '../../src/emit/webex/emit.js';
import { importWebexFlow } from '../../src/import/webex/import.js';
import { printFlow } from '../../src/print/dsl.js';
import { validateFlow } from '../../src/validate/index.js';
import { hasShared, repoRoot, zd22Path } from '../harness/paths.js';

describe.skipIf(!hasShared)('import --upgrade', () => {
  it('builds Cisco\'s 2022 Zendesk export in the 2024+ shape, keeping its activities and links', async () => {
    const original = JSON.parse(readFileSync(zd22Path, 'utf8'));
    const { ir } = importWebexFlow(original, 'ZD22.json');
    const printed = await printFlow(ir!, { source: 'ZD22.json' });
    expect(printed.shape).toBeUndefined();
    expect(printed.source).not.toContain('webexShape');
    const dir = join(repoRoot, 'test/.roundtrip/upgrade');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'zd22.flow.ts'), printed.source);
    const module = (await import(pathToFileURL(join(dir, 'zd22.flow.ts')).href)) as { default: FlowDefinition };
    const { index } = validateFlow(buildFlow(module.default, {}).ir);
    const upgraded = (await emitWebexFlow(index)) as any;

    expect(original.flowType).toBeUndefined();
    expect(upgraded.flowType).toBe('FLOW');
    expect(upgraded.settings).toHaveLength(3);
    const greeting = Object.values<any>(upgraded.process.activities).find((a) => a.name === 'Greeting');
    expect(greeting.properties['connector:name']).toBe(greeting.properties['connector']);
    expect(greeting.properties['voiceLanguage:name']).toBe('en-US-Standard-C');
    const widget = upgraded.diagram.widgets[greeting.id];
    expect(widget.ports.map((p: any) => p.properties.name)).toEqual(['in', 'default', 'error']);

    const names = (d: any) => Object.values<any>(d.process.activities).map((a) => a.name).sort();
    expect(names(upgraded)).toEqual(names(original));
    const links = (d: any) => {
      const byId = new Map(Object.values<any>(d.process.activities).map((a) => [a.id, a.name]));
      return d.process.links.map((l: any) => `${byId.get(l.sourceActivityId)} -${l.conditionExpr}-> ${byId.get(l.targetActivityId)}`).sort();
    };
    expect(links(upgraded)).toEqual(links(original));
  });
});
