/**
 * Issue 10: `.then()` of a generic handle (`f.activity(kind, …)`) wires the kind's main port — the
 * factory's `mainPort`, else the first of the kind's ports — not `default`, which most kinds
 * without a factory do not have (`f.activity('subflow-start', …).then(x)` was FG105).
 */
import { describe, expect, it } from 'vitest';
import { compileFlow } from '../../src/api/compile-flow.js';
import { buildFlow, defineFlow, z } from '../../src/index.js';

const codes = (diagnostics: readonly { code: string }[]) => diagnostics.map((d) => d.code);

describe('f.activity(…).then wires the kind’s main port', () => {
  it('a subflow start chains from its `out` port, with no FG105', async () => {
    const flow = defineFlow({ name: 'Sub', params: z.object({}), flowType: 'SUBFLOW' }, (f) => {
      f.activity('subflow-start', 'Start', {}).then(f.activity('end-subflow', 'Done', {}));
    });
    const built = buildFlow(flow, {});
    expect(built.ir.activities.find((a) => a.name === 'Start')?.links).toEqual({ out: 'Done' });
    const compiled = await compileFlow(flow);
    expect(codes(compiled.diagnostics)).not.toContain('FG105');
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a kind with a typed factory chains from the factory’s main port (set-variable: `out`)', () => {
    const flow = defineFlow({ name: 'Generic', params: z.object({}) }, (f) => {
      const bye = f.disconnect('Bye');
      f.start.then(f.activity('set-variable', 'Set', { variable: 'x', variableType: 'string', value: { parts: [{ text: 'a' }] } })).then(bye);
    });
    expect(buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Set')?.links).toEqual({ out: 'Bye' });
  });

  it('a kind without a factory chains from its first port for its options (virtual agent: `ENDED`)', () => {
    const flow = defineFlow({ name: 'Generic', params: z.object({}) }, (f) => {
      f.start.then(f.activity('virtual-agent', 'Bot', { connector: 'ccai-1' })).then(f.disconnect('Bye'));
    });
    expect(buildFlow(flow, {}).ir.activities.find((a) => a.name === 'Bot')?.links).toEqual({ ENDED: 'Bye' });
  });

  it('an unknown kind still wires `default` (the build reports the kind)', () => {
    const flow = defineFlow({ name: 'Generic', params: z.object({}) }, (f) => {
      f.start.then(f.activity('no-such-kind', 'X', {})).then(f.disconnect('Bye'));
    });
    expect(buildFlow(flow, {}).ir.activities.find((a) => a.name === 'X')?.links).toEqual({ default: 'Bye' });
  });
});
