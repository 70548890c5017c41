/** FG012 invalid-flow-settings (src/validate/schema.ts): a flow name Flow Designer accepts. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { diagnosticsOf, essentials, handFlow, validateIr, withCode, HAND_FILE, activity, site } from '../../harness/rules.js';

const here = import.meta.url;

describe('invalid-flow-settings (FG012)', () => {
  it('reports a flow name with a space at the defineFlow call', () => {
    const flow = defineFlow({ name: 'My IVR', params: z.object({}) }, (f) => { // @define
      f.start.then(f.disconnect('Bye'));
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG012'))).toStrictEqual([{ code: 'FG012', data: { name: 'My IVR' }, location: site(here, 'define', 'defineFlow') }]);
  });

  it.each(['', 'a'.repeat(81), 'Flow-1', 'Flüsse'])('reports the name %j in hand-written IR at the file', (name) => {
    const ir = handFlow({ name, first: 'Bye', activities: [activity('Bye', 'disconnect-contact')] });
    expect(essentials(withCode(validateIr(ir), 'FG012'))).toStrictEqual([{ code: 'FG012', data: { name }, location: { file: HAND_FILE } }]);
  });

  it.each(['Zendesk_IVR', 'a'.repeat(80), '2024_Flow'])('passes the name %j', (name) => {
    const ir = handFlow({ name, first: 'Bye', activities: [activity('Bye', 'disconnect-contact')] });
    expect(validateIr(ir)).toStrictEqual([]);
  });
});
