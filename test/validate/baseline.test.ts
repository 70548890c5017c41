/**
 * A flow's baseline (src/validate/baseline.ts): each entry accepts one finding, which is still
 * listed (FG060; FG061, a warning, for security findings); a new finding of the same code elsewhere
 * still fails; an entry whose finding is gone reports itself (FG062).
 */
import { describe, expect, it } from 'vitest';
import type { Suppression } from '../../src/ir/types.js';
import { compileFlow, defineFlow, text, z, type Variable } from '../../src/index.js';
import { baselineOf } from '../../src/validate/baseline.js';
import { validateFlow } from '../../src/validate/index.js';
import { activity, handFlow, literal, variable } from '../harness/rules.js';

// A handle forged in plain JS, as an imported flow's `{{ticketNo}}` with no such variable.
const stray: Variable<'string'> = { kind: 'variable', name: 'ticketNo', type: 'string' };

/** A flow whose message "Say" names `ticketNo`, which is not declared (FG201), and, if asked, a second one. */
const flow = (baseline: readonly Suppression[], { second = false, fixed = false } = {}) =>
  defineFlow({ name: 'Legacy', params: z.object({}), baseline }, (f) => {
    const bye = f.disconnect('Bye');
    const say = f.playMessage('Say', { say: fixed ? 'Your ticket.' : text`Your ticket ${stray}.` });
    if (second) f.start.then(say).then(f.playMessage('Again', { say: text`Again ${stray}.` })).then(bye);
    else f.start.then(say).then(bye);
  });

const accepted: Suppression = { code: 'FG201', data: { activity: 'Say', ref: 'ticketNo' }, message: 'recorded by flowgen import' };
const codes = async (definition: ReturnType<typeof flow>) => (await compileFlow(definition)).diagnostics.map((d) => `${d.severity} ${d.code}${d.data?.['suppressed'] && d.code !== 'FG062' ? `(${d.data['suppressed']} ${d.data['activity']})` : ''}`);

describe('baseline', () => {
  it('without it, the finding stops the build', async () => {
    expect(await codes(flow([]))).toStrictEqual(['error FG201']);
  });

  it('accepts the recorded finding: the build succeeds and the finding is listed as suppressed', async () => {
    const compiled = await compileFlow(flow([accepted]));
    expect(compiled.text).toBeDefined();
    expect(compiled.diagnostics.map((d) => [d.severity, d.code, d.data])).toStrictEqual([['info', 'FG060', { suppressed: 'FG201', activity: 'Say', ref: 'ticketNo' }]]);
    expect(compiled.diagnostics[0]!.message).toContain('FG201 undeclared-variable (accepted by the baseline): "Say" refers to "ticketNo"');
  });

  it('does not accept a new finding of the same code in another activity', async () => {
    const compiled = await compileFlow(flow([accepted], { second: true }));
    expect(compiled.text).toBeUndefined();
    expect(compiled.diagnostics.map((d) => [d.severity, d.code, d.data?.['activity']]).sort()).toStrictEqual([
      ['error', 'FG201', 'Again'],
      ['info', 'FG060', 'Say'],
    ]);
  });

  it('reports an entry whose finding was fixed as unused (FG062), without failing the build', async () => {
    const compiled = await compileFlow(flow([accepted], { fixed: true }));
    expect(compiled.text).toBeDefined();
    expect(compiled.diagnostics.map((d) => [d.severity, d.code, d.data])).toStrictEqual([['warning', 'FG062', { suppressed: 'FG201', entry: 0 }]]);
  });

  it('accepts one finding per entry: the same finding twice needs two entries', () => {
    const ir = handFlow({
      first: 'Call',
      variables: [variable('Token', 'string', 'eyJhbGciOiJSUzI1NiJ9.x.y')],
      activities: [
        activity('Call', 'http-request', { url: literal('https://api.example.com/x'), headers: { Authorization: literal('Bearer {{Token}}') } }, { default: 'Bye' }),
        activity('Bye', 'disconnect-contact'),
      ],
    });
    const found = validateFlow(ir).diagnostics;
    const baseline = baselineOf(found);
    expect(baseline.map((s) => s.code)).toStrictEqual(['FG402']);
    // A security finding stays visible on every build: a warning, not an info.
    const again = validateFlow({ ...ir, baseline }).diagnostics;
    expect(again.map((d) => [d.severity, d.code, d.data?.['suppressed']])).toStrictEqual([['warning', 'FG061', 'FG402']]);
    expect(again[0]!.hint).toContain('delete its baseline entry');
  });

  it('records only errors: warnings do not stop a build and are not baselined', () => {
    const ir = handFlow({ first: 'Bye', variables: [variable('unused')], activities: [activity('Bye', 'disconnect-contact')] });
    const found = validateFlow(ir).diagnostics;
    expect(found.some((d) => d.severity === 'warning')).toBe(true);
    expect(baselineOf(found)).toStrictEqual([]);
  });
});
