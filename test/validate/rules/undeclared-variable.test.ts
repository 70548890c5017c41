/** FG201 undeclared-variable: every runtime reference resolves, and every written variable is declared (FC1038). */
import { describe, expect, it } from 'vitest';
import { defineFlow, expr, text, z, type Variable } from '../../../src/index.js';
import { activity, connector, diagnosticsOf, essentials, handFlow, HAND_FILE, literal, ref, site, validateIr, variable, withCode } from '../../harness/rules.js';

const here = import.meta.url;
const api = { id: 'conn-1', name: 'Zendesk', baseUrl: 'https://acme.zendesk.com' };

describe('undeclared-variable (FG201)', () => {
  it('reports a reference to a variable that was never declared, at the activity that makes it', () => {
    // GIVEN a handle forged in plain JS, as a JS author could
    const stray: Variable<'string'> = { kind: 'variable', name: 'ticketNo', type: 'string' };
    const flow = defineFlow({ name: 'Stray_Ref', params: z.object({}) }, (f) => {
      f.variable('ticketId', 'string');
      const say = f.playMessage('Say', { say: text`Ticket ${stray}.` }); // @say
      f.start.then(say).then(f.disconnect('Bye'));
    });
    const found = withCode(diagnosticsOf(flow), 'FG201');
    expect(essentials(found)).toStrictEqual([{ code: 'FG201', data: { activity: 'Say', ref: 'ticketNo' }, location: site(here, 'say', 'playMessage') }]);
  });

  it('reports an output the referenced activity does not have, and a write to an undeclared variable (hand-written IR)', () => {
    const ir = handFlow({
      first: 'Lookup',
      connectors: [connector()],
      variables: [variable('userId')],
      activities: [
        activity('Lookup', 'http-request', { connector: { id: 'conn-1', name: 'Zendesk' }, path: literal('/x'), outputs: [{ variable: 'userName', path: '$.name' }] }, { default: 'Check' }),
        activity('Check', 'condition', { expression: { parts: [{ ref: 'Lookup.httpStatus' }, { text: ' == 200' }] } }, { true: 'Store', false: 'Bye' }),
        activity('Store', 'set-variable', { variable: 'userId', variableType: 'string', value: ref('Lookup.httpResponseBody') }, { out: 'Bye' }),
        activity('Bye', 'disconnect-contact'),
      ],
    });
    const found = withCode(validateIr(ir), 'FG201');
    expect(essentials(found)).toStrictEqual([
      { code: 'FG201', data: { activity: 'Check', ref: 'Lookup.httpStatus' }, location: { file: HAND_FILE, activity: 'Check' } },
      { code: 'FG201', data: { activity: 'Lookup', ref: 'userName' }, location: { file: HAND_FILE, activity: 'Lookup' } },
    ]);
    expect(found[0]!.hint).toContain('"Lookup.httpStatusCode"');
  });

  it('passes declared variables, activity outputs, call data, JSON paths into a variable and event outputs', () => {
    const flow = defineFlow({ name: 'Resolved', params: z.object({}) }, (f) => {
      const userId = f.variable('userId', 'string');
      const userJson = f.variable('userJson', 'json');
      const lookup = f.httpRequest('Lookup', { connector: f.connector(api), path: text`/users/${f.call.ani}.json`, outputs: [{ variable: userId, path: '$.id' }] });
      const check = f.condition('Check', { when: expr`${lookup.statusCode} == 200 and ${userJson}.users != null` });
      const store = f.setVariable('Store', { variable: userJson, value: text`${lookup.responseBody}` });
      const bye = f.disconnect('Bye');
      f.start.then(lookup).then(check).routes({ true: store, false: bye });
      store.then(bye);
    });
    expect(diagnosticsOf(flow)).toStrictEqual([]);
  });
});
