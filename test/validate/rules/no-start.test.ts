/** FG108 no-start: the start node must lead somewhere (FC1002). */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('no-start (FG108)', () => {
  it('reports a flow whose start is not wired, at its defineFlow call', () => {
    const flow = defineFlow({ name: 'No_Start', params: z.object({}) }, (f) => { // @define
      f.onEvent('AgentAnswered').then(f.end('EndA'));
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG108'))).toStrictEqual([{ code: 'FG108', data: undefined, location: site(here, 'define', 'defineFlow') }]);
  });

  it('reports hand-written IR without a start node at the file', () => {
    const ir = { ...handFlow({}), activities: [] };
    expect(essentials(withCode(validateIr(ir), 'FG108'))).toStrictEqual([{ code: 'FG108', data: undefined, location: { file: HAND_FILE } }]);
  });

  // Regression: an unwired start is reported once (FG108), not also as FG102 on NewPhoneContact.out.
  it('reports an unwired start once, as FG108 only', () => {
    const flow = defineFlow({ name: 'No_Start_Once', params: z.object({}) }, (f) => {
      f.onEvent('AgentAnswered').then(f.end('EndA'));
    });
    expect(diagnosticsOf(flow).map((d) => d.code)).toStrictEqual(['FG108']);
  });

  it('passes a wired start', () => {
    const flow = defineFlow({ name: 'Has_Start', params: z.object({}) }, (f) => {
      f.start.then(f.disconnect('Bye'));
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
