/** FG205 invalid-jsonpath: output mappings take a JSONPath that parses (Jayway syntax). */
import { describe, expect, it } from 'vitest';
import { checkJsonPath } from '../../../src/validate/jsonpath-syntax.js';
import { activity, connector, handFlow, literal, validateIr, variable, withCode } from '../../harness/rules.js';

const lookup = (path: string) =>
  handFlow({
    first: 'Lookup',
    connectors: [connector()],
    variables: [variable('userId')],
    activities: [activity('Lookup', 'http-request', { connector: { id: 'conn-1', name: 'Zendesk' }, path: literal('/x'), outputs: [{ variable: 'userId', path }] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
  });

describe('invalid-jsonpath (FG205)', () => {
  it.each(['$.users[0', '$..', '$.users[0]]', '$.a[?(@.b == 1]', "$['a]"])('reports %s', (path) => {
    expect(withCode(validateIr(lookup(path)), 'FG205').map((d) => d.data?.['variable'])).toStrictEqual(['userId']);
  });

  it.each(['$.users[0].id', '$.*', '$.results[0].status', '$.records.[0].Id', 'value[0].title', '[0].ticketID', "$['a b'][1:2]", '$..id', '$.a[?(@.b == 1)].c', '$.list.length()'])('passes %s', (path) => {
    expect(checkJsonPath(path)).toBeUndefined();
    expect(withCode(validateIr(lookup(path)), 'FG205')).toStrictEqual([]);
  });

  it("passes Flow Designer's empty mapping row on a raw activity", () => {
    const ir = handFlow({
      first: 'Parse',
      activities: [activity('Parse', 'raw', { activityId: 'x', group: 'action', properties: { outputVariableArray: [{ outputVariable: 'Select', jsonPathExp: '' }] }, ports: ['in', 'default'] }, { default: 'Bye' }), activity('Bye', 'disconnect-contact')],
    });
    expect(withCode(validateIr(ir), 'FG205')).toStrictEqual([]);
  });
});
