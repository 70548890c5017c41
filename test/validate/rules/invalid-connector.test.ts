/** FG014 invalid-connector (src/validate/schema.ts): an https base URL without credentials, and an id. */
import { describe, expect, it } from 'vitest';
import { defineFlow, z } from '../../../src/index.js';
import { activity, connector, diagnosticsOf, essentials, handFlow, HAND_FILE, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;

describe('invalid-connector (FG014)', () => {
  it('reports an http base URL at the connector call', () => {
    const flow = defineFlow({ name: 'Plain_Http', params: z.object({}) }, (f) => {
      const api = f.connector({ id: 'conn-1', name: 'Zendesk', baseUrl: 'http://acme.zendesk.com' }); // @api
      f.start.then(f.httpRequest('Lookup', { connector: api, path: '/x' })).then(f.disconnect('Bye'));
    });
    expect(essentials(withCode(diagnosticsOf(flow), 'FG014'))).toStrictEqual([{ code: 'FG014', data: { connector: 'Zendesk' }, location: site(here, 'api', 'connector') }]);
  });

  it.each([
    { baseUrl: 'acme.zendesk.com' },
    { baseUrl: 'https://agent%40acme.com:secret@acme.zendesk.com' },
    { baseUrl: 'https://acme.zendesk.com/?token=abc' },
    { baseUrl: 'https://acme.zendesk.com/#x' },
    { id: '' },
  ])('reports %o in hand-written IR by its path', (overrides) => {
    const ir = handFlow({ first: 'Bye', activities: [activity('Bye', 'disconnect-contact')], connectors: [connector(overrides)] });
    expect(essentials(withCode(validateIr(ir), 'FG014'))).toStrictEqual([{ code: 'FG014', data: { connector: 'Zendesk' }, location: { file: HAND_FILE, path: 'connectors.Zendesk' } }]);
  });

  it('never repeats a password from the URL in its message', () => {
    const ir = handFlow({ first: 'Bye', activities: [activity('Bye', 'disconnect-contact')], connectors: [connector({ baseUrl: 'https://agent:s3cret@acme.zendesk.com' })] });
    expect(JSON.stringify(validateIr(ir))).not.toContain('s3cret');
  });

  it('passes an https domain URL, with or without a path', () => {
    const ir = handFlow({
      first: 'Bye',
      activities: [activity('Bye', 'disconnect-contact')],
      connectors: [connector(), connector({ id: 'conn-2', name: 'Other', baseUrl: 'https://api.example.com/v2' })],
    });
    expect(validateIr(ir)).toStrictEqual([]);
  });
});
