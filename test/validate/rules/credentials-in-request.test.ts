/** FG401 credentials-in-request: the connector authenticates; a literal secret in a request is reported. */
import { describe, expect, it } from 'vitest';
import { defineFlow, text, z } from '../../../src/index.js';
import { activity, connector, diagnosticsOf, essentials, handFlow, HAND_FILE, literal, site, validateIr, withCode } from '../../harness/rules.js';

const here = import.meta.url;
const zendesk = { id: 'conn-1', name: 'Zendesk', baseUrl: 'https://acme.zendesk.com' };

describe('credentials-in-request (FG401)', () => {
  it('reports a literal Authorization header and a literal token query parameter', () => {
    const flow = defineFlow({ name: 'Creds', params: z.object({}) }, (f) => {
      const api = f.connector(zendesk);
      const lookup = f.httpRequest('Lookup', { // @lookup
        connector: api,
        path: '/api/v2/users/me.json',
        headers: { Authorization: 'Basic dXNlcjpwYXNz', Accept: 'application/json' },
        query: { access_token: 'abc123', per_page: '1' },
      });
      f.start.then(lookup).then(f.disconnect('Bye'));
    });
    const at = site(here, 'lookup', 'httpRequest');
    expect(essentials(withCode(diagnosticsOf(flow), 'FG401'))).toStrictEqual([
      { code: 'FG401', data: { activity: 'Lookup', header: 'Authorization' }, location: at },
      { code: 'FG401', data: { activity: 'Lookup', parameter: 'access_token' }, location: at },
    ]);
  });

  it.each(['authorization', 'X-API-Key', 'Cookie', 'proxy-authorization', 'x-auth-token'])('reports the header %s case-insensitively', (header) => {
    const ir = handFlow({
      first: 'Lookup',
      connectors: [connector()],
      activities: [
        activity('Lookup', 'http-request', { connector: { id: 'conn-1', name: 'Zendesk' }, path: literal('/x'), headers: { [header]: literal('secret') } }, { default: 'Bye' }),
        activity('Bye', 'disconnect-contact'),
      ],
    });
    expect(essentials(withCode(validateIr(ir), 'FG401'))).toStrictEqual([
      { code: 'FG401', data: { activity: 'Lookup', header }, location: { file: HAND_FILE, activity: 'Lookup' } },
    ]);
  });

  it('passes a secret header whose value is a runtime reference (nothing secret is written)', () => {
    const flow = defineFlow({ name: 'Runtime_Token', params: z.object({}) }, (f) => {
      const token = f.variable('token', 'string', { secure: true });
      const api = f.connector(zendesk);
      const lookup = f.httpRequest('Lookup', { connector: api, path: '/x', headers: { Authorization: text`Bearer ${token}` }, query: { token: text`${token}` } });
      f.start.then(lookup).then(f.disconnect('Bye'));
    });
    // The variables are unused or never set on purpose (FG206/FG207 warnings); no error.
    expect(diagnosticsOf(flow).filter((d) => d.severity === 'error')).toStrictEqual([]);
  });

  // A literal token in the path's query string is a credential in the flow too.
  it('reports a literal token in the path', () => {
    const ir = handFlow({
      first: 'Lookup',
      connectors: [connector()],
      activities: [
        activity('Lookup', 'http-request', { connector: { id: 'conn-1', name: 'Zendesk' }, path: literal('/api/v2/users.json?access_token=abc123') }, { default: 'Bye' }),
        activity('Bye', 'disconnect-contact'),
      ],
    });
    expect(withCode(validateIr(ir), 'FG401')).toHaveLength(1);
  });
});
